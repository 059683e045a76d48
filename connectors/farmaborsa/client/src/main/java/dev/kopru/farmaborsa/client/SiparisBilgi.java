package dev.kopru.farmaborsa.client;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One order, FarmaBorsa's {@code siparisBilgi} (farmaborsa.md §5.4 and §5.8). The seller's list (SiparisListesi)
 * fills the buyer's party fields ({@code ad} … {@code ePosta}); the buyer's list (SiparisListesiAlici) fills
 * {@code satisDurumAd} and {@code satFaturaUrl} instead, and {@code nick} is then the seller's. {@code kdvToplam8} and
 * {@code kdvToplam18} hold VAT of 8 % and 18 % lines only, the rates before July 2023.
 */
public record SiparisBilgi(int satisKod, String tarih, String utsNo, String nick, String ad, String unvan,
                           String faturaUnvan, String adres, String tel, String vNo, String vDaire, String tc,
                           String ePosta, String kargoBarkod, String kargoAd, String satisDurumAd,
                           String satFaturaUrl, BigDecimal toplam, BigDecimal kdvToplam8, BigDecimal kdvToplam18,
                           BigDecimal genelToplam, List<SiparisIlan> ilanList) {

    public SiparisBilgi {
        ilanList = ilanList == null ? List.of() : List.copyOf(ilanList);
    }

    /** {@code tarih} read as the vendor's local time (Europe/Istanbul); {@code null} when absent. */
    public LocalDateTime tarihi() {
        return FarmaBorsaDates.tarih(tarih);
    }
}
