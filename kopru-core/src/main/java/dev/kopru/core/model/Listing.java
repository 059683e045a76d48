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

    /** A Listing built field by field; unset fields are {@code null}. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's fields, to change a few of them. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.key = key;
        builder.itemCode = itemCode;
        builder.barcode = barcode;
        builder.name = name;
        builder.quantity = quantity;
        builder.maxPerOrder = maxPerOrder;
        builder.price = price;
        builder.vatRate = vatRate;
        builder.retailPrice = retailPrice;
        builder.expiryDate = expiryDate;
        builder.expiryKind = expiryKind;
        builder.active = active;
        builder.productRequest = productRequest;
        builder.changedAt = changedAt;
        return builder;
    }

    /** Sets the fields of a {@link Listing} by name; {@link #build()} runs the record's own checks. */
    public static final class Builder {
        private String key;
        private String itemCode;
        private String barcode;
        private String name;
        private int quantity;
        private Integer maxPerOrder;
        private BigDecimal price;
        private BigDecimal vatRate;
        private BigDecimal retailPrice;
        private LocalDate expiryDate;
        private ExpiryKind expiryKind;
        private boolean active;
        private String productRequest;
        private Instant changedAt;

        private Builder() {
        }

        public Builder key(String key) {
            this.key = key;
            return this;
        }

        public Builder itemCode(String itemCode) {
            this.itemCode = itemCode;
            return this;
        }

        public Builder barcode(String barcode) {
            this.barcode = barcode;
            return this;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder quantity(int quantity) {
            this.quantity = quantity;
            return this;
        }

        public Builder maxPerOrder(Integer maxPerOrder) {
            this.maxPerOrder = maxPerOrder;
            return this;
        }

        public Builder price(BigDecimal price) {
            this.price = price;
            return this;
        }

        public Builder vatRate(BigDecimal vatRate) {
            this.vatRate = vatRate;
            return this;
        }

        public Builder retailPrice(BigDecimal retailPrice) {
            this.retailPrice = retailPrice;
            return this;
        }

        public Builder expiryDate(LocalDate expiryDate) {
            this.expiryDate = expiryDate;
            return this;
        }

        public Builder expiryKind(ExpiryKind expiryKind) {
            this.expiryKind = expiryKind;
            return this;
        }

        public Builder active(boolean active) {
            this.active = active;
            return this;
        }

        public Builder productRequest(String productRequest) {
            this.productRequest = productRequest;
            return this;
        }

        public Builder changedAt(Instant changedAt) {
            this.changedAt = changedAt;
            return this;
        }

        public Listing build() {
            return new Listing(key, itemCode, barcode, name, quantity, maxPerOrder, price, vatRate, retailPrice,
                    expiryDate, expiryKind, active, productRequest, changedAt);
        }
    }
}
