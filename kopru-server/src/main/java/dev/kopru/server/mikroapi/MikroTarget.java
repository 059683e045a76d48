package dev.kopru.server.mikroapi;

import dev.kopru.core.connector.Connector;
import dev.kopru.core.connector.SqlReports;
import dev.kopru.core.connector.SqlResult;
import dev.kopru.mikro.MikroLists;
import dev.kopru.mikro.MikroDescriptor;
import dev.kopru.mikro.mapping.DocumentSettings;
import dev.kopru.sync.store.StoredConnection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Mikro connection a drop-in request works on: the stored connection, its connector (through the pool's chain, like
 * every caller's; a Mikro connector also offers {@link SqlReports} and {@link MikroLists}) and its non-secret settings.
 */
record MikroTarget(StoredConnection connection, Connector connector, Map<String, String> settings) {

    private static final Duration REPORT_TIME = Duration.ofSeconds(30);

    String setting(String name, String fallback) {
        String value = settings.get(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** Mikro's card lists, for the reports the canonical connector has no call for. */
    MikroLists lists() {
        return connector.capability(MikroLists.class).orElseThrow();
    }

    /** The column holding the caller's document number (BelgeNo), as the connector is configured. */
    String numberColumn() {
        return setting(MikroDescriptor.NATURAL_KEY_COLUMN, DocumentSettings.DEFAULT_NATURAL_KEY_COLUMN);
    }

    /** Runs one of our own SELECTs and returns its rows as objects keyed by column, as Mikro named them. */
    List<Map<String, Object>> rows(String sql, int maxRows) {
        SqlResult result = connector.capability(SqlReports.class).orElseThrow().query(sql, maxRows, REPORT_TIME);
        List<Map<String, Object>> rows = new ArrayList<>(result.rows().size());
        for (List<Object> values : result.rows()) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 0; i < result.columns().size(); i++) {
                row.put(result.columns().get(i), values.get(i));
            }
            rows.add(row);
        }
        return rows;
    }
}
