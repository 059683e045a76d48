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
}
