package dev.kopru.farmaborsa.client;

/**
 * UrunTalepDurum's answer ({@code urunTalepOutput}): {@code ilan} is 0 while the product-card request is pending and
 * the listing code once FarmaBorsa approved it and published the listing.
 */
public record UrunTalepDurumu(int urunTalep, int ilan, String mesaj) {

    public boolean onaylandi() {
        return ilan != 0;
    }
}
