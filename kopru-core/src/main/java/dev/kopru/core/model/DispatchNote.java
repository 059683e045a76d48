package dev.kopru.core.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A dispatch note (irsaliye): goods leaving or entering a warehouse, usually invoiced later. */
public record DispatchNote(String key, String number, String series, DocumentDirection direction, LocalDate date,
                           String partyCode, String currency, List<DocumentLine> lines, StatedTotals statedTotals,
                           String note, Instant changedAt) implements TradeDocument, CanonicalRecord {
    public DispatchNote {
        lines = List.copyOf(lines);
    }

    /** A DispatchNote built field by field; unset fields are {@code null}. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's fields, to change a few of them. */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /** Sets the fields of a {@link DispatchNote} by name; {@link #build()} runs the record's own checks. */
    public static final class Builder extends DocumentBuilder<Builder> {

        private Builder() {
        }

        public DispatchNote build() {
            return new DispatchNote(key, number, series, direction, date, partyCode, currency, lines, statedTotals,
                    note, changedAt);
        }
    }
}
