package dev.kopru.core.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A stock or service card (stok). {@code salePrice} is in {@code currency}; {@code salePriceVatIncluded} says which
 * way {@code vatRate} applies to it. {@code onHand} is the quantity in stock where the vendor reports one.
 */
public record Item(String key, String code, String name, String shortName, String unit, List<String> barcodes,
                   BigDecimal vatRate, BigDecimal salePrice, Boolean salePriceVatIncluded, String currency,
                   BigDecimal onHand, String brand, String category, Boolean service, Boolean active,
                   Instant changedAt) {
    public Item {
        barcodes = barcodes == null ? List.of() : List.copyOf(barcodes);
    }
}
