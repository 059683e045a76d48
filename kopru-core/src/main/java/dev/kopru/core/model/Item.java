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

    /** A Item built field by field; unset fields are {@code null}. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's fields, to change a few of them. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.key = key;
        builder.code = code;
        builder.name = name;
        builder.shortName = shortName;
        builder.unit = unit;
        builder.barcodes = barcodes;
        builder.vatRate = vatRate;
        builder.salePrice = salePrice;
        builder.salePriceVatIncluded = salePriceVatIncluded;
        builder.currency = currency;
        builder.onHand = onHand;
        builder.brand = brand;
        builder.category = category;
        builder.service = service;
        builder.active = active;
        builder.expiryDate = expiryDate;
        builder.changedAt = changedAt;
        return builder;
    }

    /** Sets the fields of a {@link Item} by name; {@link #build()} runs the record's own checks. */
    public static final class Builder {
        private String key;
        private String code;
        private String name;
        private String shortName;
        private String unit;
        private List<String> barcodes;
        private BigDecimal vatRate;
        private BigDecimal salePrice;
        private Boolean salePriceVatIncluded;
        private String currency;
        private BigDecimal onHand;
        private String brand;
        private String category;
        private Boolean service;
        private Boolean active;
        private LocalDate expiryDate;
        private Instant changedAt;

        private Builder() {
        }

        public Builder key(String key) {
            this.key = key;
            return this;
        }

        public Builder code(String code) {
            this.code = code;
            return this;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder shortName(String shortName) {
            this.shortName = shortName;
            return this;
        }

        public Builder unit(String unit) {
            this.unit = unit;
            return this;
        }

        public Builder barcodes(List<String> barcodes) {
            this.barcodes = barcodes;
            return this;
        }

        public Builder vatRate(BigDecimal vatRate) {
            this.vatRate = vatRate;
            return this;
        }

        public Builder salePrice(BigDecimal salePrice) {
            this.salePrice = salePrice;
            return this;
        }

        public Builder salePriceVatIncluded(Boolean salePriceVatIncluded) {
            this.salePriceVatIncluded = salePriceVatIncluded;
            return this;
        }

        public Builder currency(String currency) {
            this.currency = currency;
            return this;
        }

        public Builder onHand(BigDecimal onHand) {
            this.onHand = onHand;
            return this;
        }

        public Builder brand(String brand) {
            this.brand = brand;
            return this;
        }

        public Builder category(String category) {
            this.category = category;
            return this;
        }

        public Builder service(Boolean service) {
            this.service = service;
            return this;
        }

        public Builder active(Boolean active) {
            this.active = active;
            return this;
        }

        public Builder expiryDate(LocalDate expiryDate) {
            this.expiryDate = expiryDate;
            return this;
        }

        public Builder changedAt(Instant changedAt) {
            this.changedAt = changedAt;
            return this;
        }

        public Item build() {
            return new Item(key, code, name, shortName, unit, barcodes, vatRate, salePrice, salePriceVatIncluded,
                    currency, onHand, brand, category, service, active, expiryDate, changedAt);
        }
    }
}
