package dev.kopru.server.sql;

import dev.kopru.core.connector.SqlReports;
import dev.kopru.core.connector.SqlResult;
import dev.kopru.server.connections.ConnectorPool;
import dev.kopru.server.problems.NotFoundException;
import dev.kopru.sync.store.StoredConnection;
import dev.kopru.sync.store.SyncStore;
import java.time.Duration;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Read-only SQL reports on a connection whose vendor offers SQL: the one piece of code behind
 * {@code POST /api/v1/connections/{id}/sql} and the Mikro drop-in's {@code POST /api/mikro/api/sql/query}.
 */
@Service
public class SqlReportService {

    /** Rows returned when the caller does not say. */
    public static final int DEFAULT_MAX_ROWS = 1_000;

    /** The report's columns and rows, whether rows were left out, and how long the vendor took. */
    public record SqlReport(List<String> columns, List<List<Object>> rows, boolean truncated, long elapsedMs) {
    }

    private final SyncStore store;
    private final ConnectorPool connectors;

    public SqlReportService(SyncStore store, ConnectorPool connectors) {
        this.store = store;
        this.connectors = connectors;
    }

    /** @throws NotFoundException when there is no connection {@code id} */
    public SqlReport run(long connectionId, String sql, Integer maxRows) {
        StoredConnection connection = store.transaction(tx -> store.connections().find(tx, connectionId))
                .orElseThrow(() -> new NotFoundException("connection " + connectionId + ": no such connection"));
        return run(connection, sql, maxRows);
    }

    /**
     * Runs {@code sql} (SELECT only) on {@code connection}, at most {@code maxRows} rows (default
     * {@value #DEFAULT_MAX_ROWS}) and {@link SqlReports#MAX_TIME}.
     *
     * @throws NotFoundException when the connection's vendor offers no SQL
     */
    public SqlReport run(StoredConnection connection, String sql, Integer maxRows) {
        SqlReports reports = connectors.connectorFor(connection).capability(SqlReports.class).orElseThrow(
                () -> new NotFoundException("connection " + connection.id() + ": the " + connection.vendor()
                        + " connector offers no SQL reports (the vendor has no SQL access)"));
        long started = System.nanoTime();
        SqlResult result = reports.query(sql, maxRows == null ? DEFAULT_MAX_ROWS : maxRows, SqlReports.MAX_TIME);
        long elapsedMs = Duration.ofNanos(System.nanoTime() - started).toMillis();
        return new SqlReport(result.columns(), result.rows(), result.truncated(), elapsedMs);
    }
}
