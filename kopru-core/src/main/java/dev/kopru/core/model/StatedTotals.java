package dev.kopru.core.model;

import java.math.BigDecimal;

/** Document totals as a vendor states them (net of VAT, VAT, and payable); any may be {@code null}. */
public record StatedTotals(BigDecimal net, BigDecimal vat, BigDecimal gross) {
}
