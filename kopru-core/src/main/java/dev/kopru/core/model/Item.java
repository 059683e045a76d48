package dev.kopru.core.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A stock or service card (stok). {@code salePrice} is in {@code currency}; {@code salePriceVatIncluded} says which
 * way {@code vatRate} applies to it. {@code onHand} is the quantity in stock where the vendor reports one;
 * {@code expiryDate} the earliest expiry of the stock on hand (the lot that goes first), where the vendor keeps one.
 */
public record Item(String key, String code, String name, String shortName, String unit, List<String> barcodes,
                   BigDecimal vatRate, BigDecimal salePrice, Boolean salePriceVatIncluded, String currency,
                   BigDecimal onHand, String brand, String category, Boolean service, Boolean active,
                   LocalDate expiryDate, Instant changedAt) implements CanonicalRecord {
    public Item {
        barcodes = barcodes == null ? List.of() : List.copyOf(barcodes);
    }

    /** An item without an expiry date (the form before expiry dates were carried). */
    public Item(String key, String code, String name, String shortName, String unit, List<String> barcodes,
                BigDecimal vatRate, BigDecimal salePrice, Boolean salePriceVatIncluded, String currency,
                BigDecimal onHand, String brand, String category, Boolean service, Boolean active,
                Instant changedAt) {
        this(key, code, name, shortName, unit, barcodes, vatRate, salePrice, salePriceVatIncluded, currency, onHand,
                brand, category, service, active, null, changedAt);
    }

    /** The first barcode (the master barcode where the vendor marks one), or null. */
    public String firstBarcode() {
        return barcodes.isEmpty() ? null : barcodes.getFirst();
    }
}
