package dev.kopru.farmaborsa.client;

/** Which of one's listings IlanlarimListesi returns: the {@code pasif} flag (farmaborsa.md §3). */
public enum IlanDurumu {
    /** {@code pasif} 0: listings on sale. */
    AKTIF(0),
    /** {@code pasif} 1: listings kept inactive ([inference] for the value 1). */
    PASIF(1);

    private final int pasif;

    IlanDurumu(int pasif) {
        this.pasif = pasif;
    }

    public int pasif() {
        return pasif;
    }
}
