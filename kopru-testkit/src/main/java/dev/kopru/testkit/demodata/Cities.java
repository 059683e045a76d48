package dev.kopru.testkit.demodata;

import java.util.List;

/**
 * Real Turkish provinces with their licence-plate code (the first two digits of their postal codes), telephone area
 * code and a few real districts. For İstanbul only European-side districts are listed, since the table holds one
 * area code per city (0212).
 */
final class Cities {
    record City(String plate, String name, String areaCode, List<String> districts) {
    }

    static final List<City> ALL = List.of(
            city("01", "Adana", "322", "Seyhan", "Çukurova", "Yüreğir", "Sarıçam", "Ceyhan", "Kozan"),
            city("06", "Ankara", "312", "Çankaya", "Keçiören", "Yenimahalle", "Mamak", "Etimesgut", "Sincan"),
            city("07", "Antalya", "242", "Muratpaşa", "Konyaaltı", "Kepez", "Alanya", "Manavgat"),
            city("09", "Aydın", "256", "Efeler", "Nazilli", "Söke", "Kuşadası", "Didim"),
            city("10", "Balıkesir", "266", "Karesi", "Altıeylül", "Bandırma", "Edremit", "Ayvalık"),
            city("16", "Bursa", "224", "Osmangazi", "Nilüfer", "Yıldırım", "İnegöl", "Mudanya"),
            city("17", "Çanakkale", "286", "Merkez", "Biga", "Çan", "Gelibolu"),
            city("20", "Denizli", "258", "Merkezefendi", "Pamukkale", "Çivril", "Sarayköy"),
            city("21", "Diyarbakır", "412", "Bağlar", "Kayapınar", "Sur", "Yenişehir"),
            city("25", "Erzurum", "442", "Yakutiye", "Palandöken", "Aziziye", "Oltu"),
            city("26", "Eskişehir", "222", "Odunpazarı", "Tepebaşı", "Sivrihisar"),
            city("27", "Gaziantep", "342", "Şahinbey", "Şehitkamil", "Nizip", "İslahiye"),
            city("31", "Hatay", "326", "Antakya", "İskenderun", "Defne", "Dörtyol"),
            city("32", "Isparta", "246", "Merkez", "Eğirdir", "Yalvaç"),
            city("33", "Mersin", "324", "Yenişehir", "Mezitli", "Toroslar", "Akdeniz", "Tarsus", "Erdemli"),
            city("34", "İstanbul", "212", "Beşiktaş", "Şişli", "Bakırköy", "Fatih", "Beyoğlu", "Esenyurt",
                    "Başakşehir"),
            city("35", "İzmir", "232", "Konak", "Karşıyaka", "Bornova", "Buca", "Çiğli", "Torbalı"),
            city("38", "Kayseri", "352", "Melikgazi", "Kocasinan", "Talas", "Develi"),
            city("41", "Kocaeli", "262", "İzmit", "Gebze", "Darıca", "Körfez", "Gölcük"),
            city("42", "Konya", "332", "Selçuklu", "Meram", "Karatay", "Ereğli", "Akşehir"),
            city("43", "Kütahya", "274", "Merkez", "Tavşanlı", "Simav"),
            city("44", "Malatya", "422", "Battalgazi", "Yeşilyurt", "Darende"),
            city("45", "Manisa", "236", "Yunusemre", "Şehzadeler", "Akhisar", "Turgutlu", "Salihli"),
            city("46", "Kahramanmaraş", "344", "Onikişubat", "Dulkadiroğlu", "Elbistan", "Afşin"),
            city("48", "Muğla", "252", "Menteşe", "Bodrum", "Fethiye", "Marmaris", "Milas"),
            city("52", "Ordu", "452", "Altınordu", "Ünye", "Fatsa"),
            city("54", "Sakarya", "264", "Adapazarı", "Serdivan", "Erenler", "Hendek"),
            city("55", "Samsun", "362", "İlkadım", "Atakum", "Canik", "Bafra", "Çarşamba"),
            city("58", "Sivas", "346", "Merkez", "Şarkışla", "Zara", "Suşehri"),
            city("59", "Tekirdağ", "282", "Süleymanpaşa", "Çorlu", "Çerkezköy", "Ergene"),
            city("61", "Trabzon", "462", "Ortahisar", "Akçaabat", "Of", "Araklı"),
            city("63", "Şanlıurfa", "414", "Haliliye", "Eyyübiye", "Karaköprü", "Siverek", "Viranşehir"),
            city("65", "Van", "432", "İpekyolu", "Tuşba", "Edremit", "Erciş"),
            city("76", "Iğdır", "476", "Merkez", "Tuzluca", "Aralık"));

    private Cities() {
    }

    private static City city(String plate, String name, String areaCode, String... districts) {
        return new City(plate, name, areaCode, List.of(districts));
    }
}
