package dev.kopru.testkit.demodata;

import java.util.List;
import java.util.Random;

/** Word lists the demo names and addresses are built from. */
final class Words {
    static final List<String> COMPANY_PREFIXES = List.of("Ege", "Marmara", "Akdeniz", "Karadeniz", "Anadolu",
            "Toros", "Yıldız", "Kuzey", "Güney", "Başak", "Çınar", "Atlas", "Mavi", "Yeşil", "Birlik", "Güven",
            "Umut", "Kartal", "Sancak", "Deniz", "Akın", "Ufuk", "Pınar", "Doruk", "Işık", "Özgür", "Bereket",
            "Kale", "Ilgaz", "Uludağ");
    static final List<String> SECTORS = List.of("Liman Hizmetleri", "Gıda", "Tekstil", "İnşaat", "Lojistik",
            "Ecza Deposu", "Medikal", "Bilişim", "Otomotiv", "Tarım Ürünleri", "Enerji", "Kırtasiye", "Mobilya",
            "Plastik", "Makine", "Ambalaj", "Turizm", "Elektrik", "Gemi Acenteliği", "Kimya");
    static final List<String> LEGAL_FORMS = List.of("A.Ş.", "Ltd. Şti.", "San. ve Tic. A.Ş.",
            "San. ve Tic. Ltd. Şti.", "Tic. Ltd. Şti.");
    static final List<String> PHARMACY_NAMES = List.of("Şifa", "Hayat", "Merkez", "Yeni", "Sağlık", "Deva",
            "Umut", "Derman", "Çarşı", "Güneş", "Lokman", "Hekim");

    static final List<String> FEMALE_NAMES = List.of("Ayşe", "Fatma", "Emine", "Hatice", "Zeynep", "Elif",
            "Meryem", "Zehra", "Hülya", "Özlem", "Gülşen", "İrem", "Ebru", "Şule", "Derya", "Sibel", "Ilgın");
    static final List<String> MALE_NAMES = List.of("Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Hasan",
            "İbrahim", "İsmail", "Osman", "Yusuf", "Murat", "Ömer", "Emre", "Burak", "Çağlar", "Serkan", "Ilgaz");
    static final List<String> SURNAMES = List.of("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız",
            "Yıldırım", "Öztürk", "Aydın", "Özdemir", "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç",
            "Kurt", "Özkan", "Şimşek", "Polat", "Güneş", "Aksoy", "Işık", "Bulut", "Tekin", "Ünal", "Uçar");

    static final List<String> NEIGHBOURHOODS = List.of("Cumhuriyet", "Atatürk", "Fatih", "Barbaros", "Hürriyet",
            "Yıldız", "Gazi", "Mimar Sinan", "İstiklal", "Yenidoğan", "Çamlık", "Kazım Karabekir", "Esentepe");
    static final List<String> STREETS = List.of("Atatürk Cad.", "İnönü Cad.", "Cumhuriyet Cad.", "Gazi Bulvarı",
            "İstasyon Cad.", "Menekşe Sok.", "Lale Sok.", "Papatya Sok.", "Çınar Sok.", "Gül Sok.", "Okul Sok.",
            "Liman Cad.", "Sanayi Cad.");
    static final List<String> MAILBOXES = List.of("info", "muhasebe", "satis", "siparis");
    static final List<String> MOBILE_PREFIXES = List.of("501", "505", "506", "507", "530", "532", "533", "535",
            "536", "537", "538", "539", "541", "542", "543", "544", "545", "546", "551", "552", "553", "555");

    private Words() {
    }

    static String pick(Random random, List<String> words) {
        return words.get(random.nextInt(words.size()));
    }
}
