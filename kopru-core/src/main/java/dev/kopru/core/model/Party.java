package dev.kopru.core.model;

import java.time.Instant;

/**
 * A customer or supplier (cari). {@code taxId} is a VKN (10 digits, companies) or a TCKN (11 digits, persons);
 * see {@link dev.kopru.core.tax.TaxIds}. {@code currency} is an ISO 4217 code such as {@code TRY}.
 */
public record Party(String key, String code, String name, PartyRole role, String taxId, String taxOffice,
                    Address address, String email, String phone, String currency, Boolean eInvoiceTaxpayer,
                    Boolean active, Instant changedAt) implements CanonicalRecord {

    /** A Party built field by field; unset fields are {@code null}. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's fields, to change a few of them. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.key = key;
        builder.code = code;
        builder.name = name;
        builder.role = role;
        builder.taxId = taxId;
        builder.taxOffice = taxOffice;
        builder.address = address;
        builder.email = email;
        builder.phone = phone;
        builder.currency = currency;
        builder.eInvoiceTaxpayer = eInvoiceTaxpayer;
        builder.active = active;
        builder.changedAt = changedAt;
        return builder;
    }

    /** Sets the fields of a {@link Party} by name; {@link #build()} runs the record's own checks. */
    public static final class Builder {
        private String key;
        private String code;
        private String name;
        private PartyRole role;
        private String taxId;
        private String taxOffice;
        private Address address;
        private String email;
        private String phone;
        private String currency;
        private Boolean eInvoiceTaxpayer;
        private Boolean active;
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

        public Builder role(PartyRole role) {
            this.role = role;
            return this;
        }

        public Builder taxId(String taxId) {
            this.taxId = taxId;
            return this;
        }

        public Builder taxOffice(String taxOffice) {
            this.taxOffice = taxOffice;
            return this;
        }

        public Builder address(Address address) {
            this.address = address;
            return this;
        }

        public Builder email(String email) {
            this.email = email;
            return this;
        }

        public Builder phone(String phone) {
            this.phone = phone;
            return this;
        }

        public Builder currency(String currency) {
            this.currency = currency;
            return this;
        }

        public Builder eInvoiceTaxpayer(Boolean eInvoiceTaxpayer) {
            this.eInvoiceTaxpayer = eInvoiceTaxpayer;
            return this;
        }

        public Builder active(Boolean active) {
            this.active = active;
            return this;
        }

        public Builder changedAt(Instant changedAt) {
            this.changedAt = changedAt;
            return this;
        }

        public Party build() {
            return new Party(key, code, name, role, taxId, taxOffice, address, email, phone, currency,
                    eInvoiceTaxpayer, active, changedAt);
        }
    }
}
