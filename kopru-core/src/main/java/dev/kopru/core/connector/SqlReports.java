package dev.kopru.core.connector;

import dev.kopru.core.input.InvalidInputException;
import java.time.Duration;

/**
 * A connector whose vendor runs read-only SQL reports (Mikro's SqlVeriOkuV2). The query must pass the connector kit's
 * read-only SQL guard ({@code ReadOnlySql.query}) before it is sent; the vendor's own read-only rules apply on top of
 * that.
 */
public interface SqlReports {

    /** The most rows a report returns. */
    int MAX_ROWS = 10_000;

    /** The longest a report may run. */
    Duration MAX_TIME = Duration.ofSeconds(30);

    /**
     * Runs one SELECT (or WITH … SELECT) and returns at most {@code maxRows} rows.
     *
     * @throws IllegalArgumentException naming {@code sql} when it is not a single read-only query (an
     *                                  {@code InvalidInputException}), or {@code maxRows} / {@code timeout} out of
     *                                  range
     * @throws ConnectorException       the vendor's refusal (e.g. an unknown table, with its message) or failure
     */
    SqlResult query(String sql, int maxRows, Duration timeout);

    /** Checks the bounds every implementation shares. */
    static void checkBounds(int maxRows, Duration timeout) {
        if (maxRows < 1 || maxRows > MAX_ROWS) {
            throw new InvalidInputException("maxRows", "must be between 1 and " + MAX_ROWS + ", was " + maxRows);
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero() || timeout.compareTo(MAX_TIME) > 0) {
            throw new InvalidInputException("timeout", "must be positive and at most " + MAX_TIME.toSeconds()
                    + " s, was " + timeout);
        }
    }
}
