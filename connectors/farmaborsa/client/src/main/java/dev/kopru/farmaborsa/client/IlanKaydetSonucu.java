package dev.kopru.farmaborsa.client;

/**
 * The two ways IlanKaydet succeeds (farmaborsa.md §5.1): the listing was saved under a listing code, or the barcode
 * is not in FarmaBorsa's catalogue and the listing waits in a product-card request ("Ürün Kartı Talebi") until
 * FarmaBorsa approves it; follow it with {@link FarmaBorsaClient#urunTalepDurum}.
 */
public sealed interface IlanKaydetSonucu {

    /** The vendor's {@code mesaj}, e.g. {@code BAŞARILI}. */
    String mesaj();

    /** Saved: keep {@code ilan} and send it for later updates; {@code urun} is FarmaBorsa's product id. */
    record IlanKaydedildi(int ilan, int urun, String mesaj) implements IlanKaydetSonucu {
    }

    /** Waiting for a product card: {@code ilan} was 0 and {@code urunTalep} is the request to poll. */
    record UrunTalebiAcildi(int urunTalep, String mesaj) implements IlanKaydetSonucu {
    }
}
