package dev.kopru.mikro.client;

/** A barcode of a stock card ({@code stoklar[].barkodlar[]}); {@code bar_barkodtipi} 0 = standard. */
public record StokBarkod(String bar_kodu, Integer bar_barkodtipi, Integer bar_birimpntr, Integer bar_master) {
}
