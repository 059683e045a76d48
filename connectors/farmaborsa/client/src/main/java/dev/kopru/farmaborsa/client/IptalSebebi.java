package dev.kopru.farmaborsa.client;

/** Why a seller cancels an order, {@code satisDurumDegistirmeSebep} (farmaborsa.md §3). */
public enum IptalSebebi {
    /** "Ürün Stokta Kalmadı": out of stock. */
    URUN_STOKTA_KALMADI(7),
    /** "Sorun Oluştu": a problem occurred. */
    SORUN_OLUSTU(8),
    /** "Diğer": other; say what in {@code aciklama}. */
    DIGER(10);

    private final int kod;

    IptalSebebi(int kod) {
        this.kod = kod;
    }

    public int kod() {
        return kod;
    }
}
