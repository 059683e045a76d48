package dev.kopru.testkit.demodata;

import java.util.List;

/**
 * The goods demo items are drawn from. Medicines carry 10 % KDV; general goods 1 %, 10 % or 20 % by kind. The rates
 * and prices are plausible for demos, not tax advice.
 */
final class Products {
    /** A medicine by active ingredient, with strengths and packs; priced per pack in kuruş. */
    record Medicine(String ingredient, List<String> strengths, List<String> packs, int minKurus, int maxKurus) {
    }

    /** A general product with its variants (sizes); priced per unit in kuruş. */
    record Goods(String name, String category, int vatRate, List<String> variants, int minKurus, int maxKurus) {
    }

    static final int MEDICINE_VAT_RATE = 10;

    static final List<Medicine> MEDICINES = List.of(
            medicine("Parasetamol", "500 mg", "20 Tablet;30 Tablet;20 Efervesan Tablet", 2_500, 9_000),
            medicine("İbuprofen", "200 mg;400 mg", "20 Film Tablet;30 Film Tablet", 3_500, 12_000),
            medicine("Amoksisilin + Klavulanik Asit", "625 mg;1000 mg", "10 Film Tablet;14 Film Tablet", 9_000,
                    32_000),
            medicine("Metformin", "500 mg;850 mg;1000 mg", "60 Film Tablet;100 Film Tablet", 4_500, 16_000),
            medicine("Omeprazol", "20 mg;40 mg", "14 Kapsül;28 Kapsül", 5_000, 18_000),
            medicine("Pantoprazol", "20 mg;40 mg", "14 Enterik Tablet;28 Enterik Tablet", 6_000, 21_000),
            medicine("Atorvastatin", "10 mg;20 mg;40 mg", "30 Film Tablet;90 Film Tablet", 7_000, 45_000),
            medicine("Amlodipin", "5 mg;10 mg", "30 Tablet;90 Tablet", 4_000, 25_000),
            medicine("Levotiroksin Sodyum", "50 mcg;100 mcg", "50 Tablet;100 Tablet", 3_000, 9_500),
            medicine("Setirizin", "10 mg", "20 Film Tablet", 3_500, 8_000),
            medicine("Diklofenak Sodyum", "50 mg;75 mg", "20 Tablet;30 Tablet", 3_000, 11_000),
            medicine("Asetilsalisilik Asit", "100 mg", "30 Tablet", 2_000, 5_000),
            medicine("Montelukast", "4 mg;10 mg", "28 Film Tablet", 12_000, 40_000),
            medicine("Losartan Potasyum", "50 mg;100 mg", "28 Film Tablet", 8_000, 26_000),
            medicine("Sertralin", "50 mg;100 mg", "28 Film Tablet", 9_000, 30_000),
            medicine("Azitromisin", "500 mg", "3 Film Tablet", 11_000, 28_000),
            medicine("Parasetamol", "120 mg/5 ml", "150 ml Şurup", 3_000, 7_500),
            medicine("Kolekalsiferol (Vitamin D3)", "50.000 IU", "4 Kapsül", 6_000, 15_000),
            medicine("Enoksaparin Sodyum", "4000 IU", "10 Kullanıma Hazır Enjektör", 60_000, 150_000));

    static final List<Goods> GOODS = List.of(
            goods("Ekmeklik Buğday Unu", "Gıda", 1, "1 kg;5 kg;25 kg", 2_500, 60_000),
            goods("Siyah Çay", "Gıda", 10, "500 g;1 kg", 9_000, 40_000),
            goods("Türk Kahvesi", "Gıda", 10, "100 g;250 g", 4_000, 25_000),
            goods("Sızma Zeytinyağı", "Gıda", 10, "1 L;2 L;5 L", 30_000, 160_000),
            goods("Toz Şeker", "Gıda", 10, "1 kg;5 kg", 3_500, 20_000),
            goods("Kırmızı Mercimek", "Gıda", 10, "1 kg;2,5 kg", 4_500, 15_000),
            goods("Sıvı Sabun", "Temizlik", 20, "500 ml;1,5 L", 3_000, 12_000),
            goods("Bulaşık Deterjanı", "Temizlik", 20, "750 ml;1,5 L", 4_000, 14_000),
            goods("Çamaşır Deterjanı", "Temizlik", 20, "4 kg;6 kg", 15_000, 45_000),
            goods("Kağıt Havlu", "Temizlik", 20, "6'lı;12'li", 9_000, 30_000),
            goods("El Dezenfektanı", "Temizlik", 20, "100 ml;500 ml", 2_500, 12_000),
            goods("A4 Fotokopi Kağıdı", "Kırtasiye", 20, "500 Yaprak;5x500 Yaprak", 15_000, 90_000),
            goods("Tükenmez Kalem", "Kırtasiye", 20, "Mavi;Siyah;Kırmızı", 500, 3_000),
            goods("Spiral Defter", "Kırtasiye", 20, "A4 Kareli;A5 Çizgili", 4_000, 15_000),
            goods("Alkalin Pil", "Elektrik", 20, "AA 4'lü;AAA 4'lü", 6_000, 20_000),
            goods("LED Ampul", "Elektrik", 20, "9 W;12 W", 3_500, 12_000));

    private Products() {
    }

    private static Medicine medicine(String ingredient, String strengths, String packs, int minKurus, int maxKurus) {
        return new Medicine(ingredient, List.of(strengths.split(";")), List.of(packs.split(";")), minKurus,
                maxKurus);
    }

    private static Goods goods(String name, String category, int vatRate, String variants, int minKurus,
                               int maxKurus) {
        return new Goods(name, category, vatRate, List.of(variants.split(";")), minKurus, maxKurus);
    }
}
