package dev.kopru.farmaborsa.client;

/**
 * One row of satisDurumBazindaSatisListesi: how many sales are in a status. The reference documents no output beyond
 * {@code hata}/{@code mesaj}; these names are the sandbox's [inference] (farmaborsa.md §5.5), read leniently.
 */
public record SatisDurumSayisi(Integer satisDurum, String satisDurumAd, Integer adet) {
}
