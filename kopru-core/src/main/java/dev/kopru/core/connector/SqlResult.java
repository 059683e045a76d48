package dev.kopru.core.connector;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The rows of a SQL report. {@code columns} in the vendor's order (empty when there are no rows and the vendor gives
 * no column list); each row holds one value per column: {@code String}, {@code java.math.BigDecimal},
 * {@code Boolean} or {@code null}. {@code truncated} says that more rows were there than were asked for.
 */
public record SqlResult(List<String> columns, List<List<Object>> rows, boolean truncated) {

    public SqlResult {
        columns = List.copyOf(columns);
        List<List<Object>> copy = new ArrayList<>(rows.size());
        // rows may hold SQL NULLs, which List.copyOf refuses
        rows.forEach(row -> copy.add(Collections.unmodifiableList(new ArrayList<>(row))));
        rows = Collections.unmodifiableList(copy);
    }
}
