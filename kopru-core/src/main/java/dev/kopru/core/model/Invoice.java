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
        Builder builder = new Builder();
        builder.key = key;
        builder.number = number;
        builder.series = series;
        builder.direction = direction;
        builder.date = date;
        builder.dueDate = dueDate;
        builder.partyCode = partyCode;
        builder.currency = currency;
        builder.exchangeRate = exchangeRate;
        builder.lines = lines;
        builder.statedTotals = statedTotals;
        builder.note = note;
        builder.eDocumentId = eDocumentId;
        builder.changedAt = changedAt;
        return builder;
    }

    /** Sets the fields of a {@link Invoice} by name; {@link #build()} runs the record's own checks. */
    public static final class Builder {
        private String key;
        private String number;
        private String series;
        private DocumentDirection direction;
        private LocalDate date;
        private LocalDate dueDate;
        private String partyCode;
        private String currency;
        private BigDecimal exchangeRate;
        private List<DocumentLine> lines = List.of();
        private StatedTotals statedTotals;
        private String note;
        private String eDocumentId;
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

        public Builder dueDate(LocalDate dueDate) {
            this.dueDate = dueDate;
            return this;
        }

        public Builder partyCode(String partyCode) {
            this.partyCode = partyCode;
            return this;
        }

        public Builder currency(String currency) {
            this.currency = currency;
            return this;
        }

        public Builder exchangeRate(BigDecimal exchangeRate) {
            this.exchangeRate = exchangeRate;
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

        public Builder eDocumentId(String eDocumentId) {
            this.eDocumentId = eDocumentId;
            return this;
        }

        public Builder changedAt(Instant changedAt) {
            this.changedAt = changedAt;
            return this;
        }

        public Invoice build() {
            return new Invoice(key, number, series, direction, date, dueDate, partyCode, currency, exchangeRate, lines,
                    statedTotals, note, eDocumentId, changedAt);
        }
    }
}
