package dev.kopru.farmaborsa.sandbox;

import java.time.LocalDateTime;
import java.util.List;

/**
 * An order ("satış") of one seller's listings by one buyer.
 *
 * @param tarih        when the buyer ordered, Istanbul time
 * @param kargoBarkod  the cargo barcode once KargoLinkiOlusturma made a label, else empty
 * @param satFaturaUrl the seller's invoice URL (SatFaturaKaydet), or null
 * @param cancelReason {@code satisDurumDegistirmeSebep} of a cancellation (7, 8, 10), else 0
 */
record Order(long satisKod, String seller, Buyer buyer, LocalDateTime tarih, OrderStatus status,
             List<OrderLine> lines, String utsNo, String kargoBarkod, String kargoAd, String satFaturaUrl,
             int cancelReason, String aciklama) {

    Order {
        lines = List.copyOf(lines);
    }

    static Order placed(long satisKod, String seller, Buyer buyer, LocalDateTime tarih, List<OrderLine> lines) {
        return new Order(satisKod, seller, buyer, tarih, OrderStatus.NEW, lines, "", "", "", null, 0, null);
    }

    /** Whether KargoLinkiOlusturma made its label (the link is then stable). */
    boolean hasCargoLabel() {
        return !kargoBarkod.isEmpty();
    }

    Order withStatus(OrderStatus next) {
        return new Order(satisKod, seller, buyer, tarih, next, lines, utsNo, kargoBarkod, kargoAd, satFaturaUrl,
                cancelReason, aciklama);
    }

    Order withLines(List<OrderLine> newLines) {
        return new Order(satisKod, seller, buyer, tarih, status, newLines, utsNo, kargoBarkod, kargoAd, satFaturaUrl,
                cancelReason, aciklama);
    }

    Order withCargo(String barcode, String carrier) {
        return new Order(satisKod, seller, buyer, tarih, status, lines, utsNo, barcode, carrier, satFaturaUrl,
                cancelReason, aciklama);
    }

    Order withInvoice(String url) {
        return new Order(satisKod, seller, buyer, tarih, status, lines, utsNo, kargoBarkod, kargoAd, url,
                cancelReason, aciklama);
    }

    Order cancelled(int reason, String note) {
        return new Order(satisKod, seller, buyer, tarih, OrderStatus.CANCELLED, lines, utsNo, kargoBarkod, kargoAd,
                satFaturaUrl, reason, note);
    }
}
