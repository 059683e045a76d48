package dev.kopru.core.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An invoice (fatura). {@code number} is the caller's document number (the natural key, e.g. {@code FAT2025000001});
 * {@code series} and {@code key} are what the vendor assigned (Mikro "seri-sıra", Logo reference).
 */
public record Invoice(String key, String number, String series, DocumentDirection direction, LocalDate date,
                      LocalDate dueDate, String partyCode, String currency, BigDecimal exchangeRate,
                      List<DocumentLine> lines, StatedTotals statedTotals, String note, String eDocumentId,
                      Instant changedAt) implements TradeDocument, CanonicalRecord {
    public Invoice {
        lines = List.copyOf(lines);
    }

    /** A Invoice built field by field; unset fields are {@code null}. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's fields, to change a few of them. */
    public Builder toBuilder() {
        return new Builder().from(this).dueDate(dueDate).exchangeRate(exchangeRate).eDocumentId(eDocumentId);
    }

    /** Sets the fields of a {@link Invoice} by name; {@link #build()} runs the record's own checks. */
    public static final class Builder extends DocumentBuilder<Builder> {
        private LocalDate dueDate;
        private BigDecimal exchangeRate;
        private String eDocumentId;

        private Builder() {
        }

        public Builder dueDate(LocalDate dueDate) {
            this.dueDate = dueDate;
            return this;
        }

        public Builder exchangeRate(BigDecimal exchangeRate) {
            this.exchangeRate = exchangeRate;
            return this;
        }

        public Builder eDocumentId(String eDocumentId) {
            this.eDocumentId = eDocumentId;
            return this;
        }

        public Invoice build() {
            return new Invoice(key, number, series, direction, date, dueDate, partyCode, currency, exchangeRate, lines,
                    statedTotals, note, eDocumentId, changedAt);
        }
    }
}
