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
        return new Builder().from(this).buyer(buyer).status(status).vendorStatus(vendorStatus);
    }

    /** Sets the fields of a {@link Order} by name; {@link #build()} runs the record's own checks. */
    public static final class Builder extends DocumentBuilder<Builder> {
        private Party buyer;
        private OrderStatus status;
        private String vendorStatus;

        private Builder() {
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

        public Order build() {
            return new Order(key, number, series, direction, date, partyCode, buyer, status, vendorStatus, currency,
                    lines, statedTotals, note, changedAt);
        }
    }
}
