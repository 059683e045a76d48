package dev.kopru.core.money;

import java.math.BigDecimal;

/**
 * One document total on which a vendor disagrees with Köprü by more than the tolerance.
 *
 * @param difference {@code theirs − ours}
 * @param allowed    the tolerance that was applied to this document
 */
public record Discrepancy(Total total, BigDecimal ours, BigDecimal theirs, BigDecimal difference,
                          BigDecimal allowed) {

    /** Which document total. */
    public enum Total { NET, VAT, GROSS }

    /** For logs and dead letters, e.g. {@code gross: ours 120.00, theirs 120.02, difference 0.02 (allowed 0.00)}. */
    public String describe() {
        return total.name().toLowerCase(java.util.Locale.ROOT) + ": ours " + ours.toPlainString()
                + ", theirs " + theirs.toPlainString() + ", difference " + difference.toPlainString()
                + " (allowed " + allowed.toPlainString() + ")";
    }

    @Override
    public String toString() {
        return describe();
    }
}
