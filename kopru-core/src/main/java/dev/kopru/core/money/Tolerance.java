package dev.kopru.core.money;

import dev.kopru.core.input.InvalidInputException;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * How far a vendor's stated total may be from Köprü's before it counts as a discrepancy: a fixed amount per document
 * plus an amount per line. Exact agreement is the default; a vendor that rounds the document instead of each line
 * typically needs {@code perLine(0.01)}, since each line's rounding can move a total by up to half a kuruş.
 */
public record Tolerance(BigDecimal perDocument, BigDecimal perLine) {
    public Tolerance {
        perDocument = requireAmount("perDocument", perDocument);
        perLine = requireAmount("perLine", perLine);
    }

    /** No difference allowed. */
    public static Tolerance exact() {
        return new Tolerance(BigDecimal.ZERO, BigDecimal.ZERO);
    }

    /** A fixed difference allowed per document, whatever its number of lines. */
    public static Tolerance perDocument(BigDecimal amount) {
        return new Tolerance(amount, BigDecimal.ZERO);
    }

    /** A difference allowed for each line of the document, e.g. {@code 0.01}. */
    public static Tolerance perLine(BigDecimal amount) {
        return new Tolerance(BigDecimal.ZERO, amount);
    }

    /** The difference allowed on a document of {@code lineCount} lines. */
    public BigDecimal allowedFor(int lineCount) {
        return perDocument.add(perLine.multiply(BigDecimal.valueOf(lineCount)));
    }

    private static BigDecimal requireAmount(String field, BigDecimal amount) {
        Objects.requireNonNull(amount, field);
        if (amount.signum() < 0) {
            throw new InvalidInputException(field, amount.toPlainString() + " must not be negative");
        }
        return amount;
    }
}
