package dev.kopru.core.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A sales or purchase order (sipariş). {@code buyer} is filled where the vendor sends the party inline (FarmaBorsa)
 * rather than by code.
 */
public record Order(String key, String number, String series, DocumentDirection direction, LocalDate date,
                    String partyCode, Party buyer, OrderStatus status, String vendorStatus, String currency,
                    List<DocumentLine> lines, StatedTotals statedTotals, String note, Instant changedAt)
        implements TradeDocument, CanonicalRecord {
    public Order {
        lines = List.copyOf(lines);
    }

    /** A Order built field by field; unset fields are {@code null}. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's fields, to change a few of them. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.key = key;
        builder.number = number;
        builder.series = series;
        builder.direction = direction;
        builder.date = date;
        builder.partyCode = partyCode;
        builder.buyer = buyer;
        builder.status = status;
        builder.vendorStatus = vendorStatus;
        builder.currency = currency;
        builder.lines = lines;
        builder.statedTotals = statedTotals;
        builder.note = note;
        builder.changedAt = changedAt;
        return builder;
    }

    /** Sets the fields of a {@link Order} by name; {@link #build()} runs the record's own checks. */
    public static final class Builder {
        private String key;
        private String number;
        private String series;
        private DocumentDirection direction;
        private LocalDate date;
        private String partyCode;
        private Party buyer;
        private OrderStatus status;
        private String vendorStatus;
        private String currency;
        private List<DocumentLine> lines = List.of();
        private StatedTotals statedTotals;
        private String note;
        private Instant changedAt;

        private Builder() {
        }

        public Builder key(String key) {
            this.key = key;
            return this;
        }

        public Builder number(String number) {
            this.number = number;
            return this;
        }

        public Builder series(String series) {
            this.series = series;
            return this;
        }

        public Builder direction(DocumentDirection direction) {
            this.direction = direction;
            return this;
        }

        public Builder date(LocalDate date) {
            this.date = date;
            return this;
        }

        public Builder partyCode(String partyCode) {
            this.partyCode = partyCode;
            return this;
        }

        public Builder buyer(Party buyer) {
            this.buyer = buyer;
            return this;
        }

        public Builder status(OrderStatus status) {
            this.status = status;
            return this;
        }

        public Builder vendorStatus(String vendorStatus) {
            this.vendorStatus = vendorStatus;
            return this;
        }

        public Builder currency(String currency) {
            this.currency = currency;
            return this;
        }

        public Builder lines(List<DocumentLine> lines) {
            this.lines = lines;
            return this;
        }

        public Builder statedTotals(StatedTotals statedTotals) {
            this.statedTotals = statedTotals;
            return this;
        }

        public Builder note(String note) {
            this.note = note;
            return this;
        }

        public Builder changedAt(Instant changedAt) {
            this.changedAt = changedAt;
            return this;
        }

        public Order build() {
            return new Order(key, number, series, direction, date, partyCode, buyer, status, vendorStatus, currency,
                    lines, statedTotals, note, changedAt);
        }
    }
}
