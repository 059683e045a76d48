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
}
