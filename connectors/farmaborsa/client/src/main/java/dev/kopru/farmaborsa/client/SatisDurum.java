package dev.kopru.farmaborsa.client;

import java.util.Arrays;
import java.util.Optional;

/**
 * An order's status, {@code satisDurum} (farmaborsa.md §3). {@link #ACIK} and {@link #HEPSI} exist only as filters of
 * the buyer's list (SiparisListesiAlici).
 */
public enum SatisDurum {
    YENI_SIPARIS(1, "Yeni Sipariş", false),
    ONAYLANDI(2, "Onaylandı", false),
    KARGOLANDI(3, "Kargolandı", false),
    TESLIM_EDILDI(4, "Teslim Edildi", false),
    ALICI_ONAYLADI(5, "Alıcı Onayladı", false),
    IPTAL_EDILDI(8, "İptal Edildi", false),
    /** Buyer filter: new, confirmed and shipped. */
    ACIK(0, "Yeni Sipariş, Onaylandı, Kargolandı", true),
    /** Buyer filter: all. */
    HEPSI(10, "Hepsi", true);

    private final int kod;
    private final String ad;
    private final boolean onlyBuyerFilter;

    SatisDurum(int kod, String ad, boolean onlyBuyerFilter) {
        this.kod = kod;
        this.ad = ad;
        this.onlyBuyerFilter = onlyBuyerFilter;
    }

    public int kod() {
        return kod;
    }

    /** The vendor's name of the status, as {@code satisDurumAd} shows it. */
    public String ad() {
        return ad;
    }

    /** False for {@link #ACIK} and {@link #HEPSI}, which the seller's SiparisListesi does not document. */
    public boolean sellerFilter() {
        return !onlyBuyerFilter;
    }

    /** The statuses an order can be in, in the order of the vendor's table. */
    public static SatisDurum[] states() {
        return new SatisDurum[] {YENI_SIPARIS, ONAYLANDI, KARGOLANDI, TESLIM_EDILDI, ALICI_ONAYLADI, IPTAL_EDILDI};
    }

    public static Optional<SatisDurum> ofKod(int kod) {
        return Arrays.stream(values()).filter(s -> s.kod == kod).findFirst();
    }

    /** The status named {@code ad} ({@code satisDurumAd}), compared ignoring case and Turkish dotted letters. */
    public static Optional<SatisDurum> ofAd(String ad) {
        if (ad == null) {
            return Optional.empty();
        }
        String wanted = fold(ad);
        return Arrays.stream(states()).filter(s -> fold(s.ad).equals(wanted)).findFirst();
    }

    private static String fold(String text) {
        return text.trim().replace('İ', 'i').replace('I', 'ı').toLowerCase(java.util.Locale.forLanguageTag("tr"));
    }
}
