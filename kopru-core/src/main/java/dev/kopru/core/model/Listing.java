package dev.kopru.core.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A marketplace offer (FarmaBorsa ilan): a quantity of an item at a VAT-included {@code price}, with the retail
 * price {@code retailPrice} (PSF) and the expiry. {@code itemCode} is the seller's ERP code; {@code productRequest}
 * is set while the marketplace still has to approve a product card for an unknown barcode.
 */
public record Listing(String key, String itemCode, String barcode, String name, int quantity, Integer maxPerOrder,
                      BigDecimal price, BigDecimal vatRate, BigDecimal retailPrice, LocalDate expiryDate,
                      ExpiryKind expiryKind, boolean active, String productRequest, Instant changedAt)
        implements CanonicalRecord {
}
