package dev.kopru.mikro.client;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The wire records of the golden examples (mikro.md §10), written out as a caller of the client would. */
final class GoldenRecords {

    private GoldenRecords() {
    }

    static CariKaydi testCari() {
        CariYetkili ayse = new CariYetkili("Ayşe", "Yılmaz", null, null, "05551234567");
        CariAdres adres = new CariAdres("Atatürk Cd.", null, null, "Aliağa", "İzmir", "TÜRKİYE", 35800, null,
                List.of(ayse));
        return new CariKaydi(null, "120.01.999", "Test Cari A.Ş.", "", "KONAK", "1234567890", 0, 255, 255, null,
                null, 0, null, List.of(adres));
    }

    static FaturaEvragi fatura(String cariKod) {
        return fatura(cariKod, "BAR-001");
    }

    static FaturaEvragi fatura(String cariKod, String stokKod) {
        StokHareketSatiri satir = new StokHareketSatiri("22.11.2025", 1, 0, 0, 4, "ALP", stokKod, 0, cariKod,
                BigDecimal.ONE, 1, new BigDecimal("50000.00"), new BigDecimal("10000.00"), null, 1, 1, Map.of());
        return new FaturaEvragi(0, 7, 0, 63, 0, 0, BigDecimal.ONE, "22.11.2025", "ALP", null, cariKod, 0, 0,
                "Kasım barınma", null, List.of(satir), null, Map.of());
    }

    static TahsilatTediyeEvragi tahsilat() {
        TahsilatTediyeSatiri satir = new TahsilatTediyeSatiri("22.11.2025", 1, 0, 0, 1, "THS", 0, "120.01.001", 0,
                BigDecimal.ONE, 4, "NK", "20251122", "60000", null, Map.of());
        return new TahsilatTediyeEvragi(List.of(new EvrakAciklamasi("Kasım tahsilatı")), List.of(satir));
    }
}
