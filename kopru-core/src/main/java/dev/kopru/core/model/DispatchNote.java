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
}
