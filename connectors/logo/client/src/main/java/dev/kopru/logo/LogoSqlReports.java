package dev.kopru.logo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kopru.core.connector.SqlReports;
import dev.kopru.core.connector.SqlResult;
import dev.kopru.logo.client.LogoClient;
import dev.kopru.logo.client.LogoConfig;
import dev.kopru.logo.client.LogoPage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * SQL reports through {@code queries?tsql=} (logo.md §4.5), page by page until the caller's row limit. A report is a
 * read, but its timeout is the caller's: each timeout gets its own client (the HTTP timeout is per client). Columns
 * are the first row's, as Logo sends no column list.
 */
final class LogoSqlReports implements SqlReports, AutoCloseable {

    private final LogoConfig config;
    private final Map<Duration, LogoClient> clients = new ConcurrentHashMap<>();

    LogoSqlReports(LogoConfig config) {
        this.config = config;
    }

    @Override
    public SqlResult query(String sql, int maxRows, Duration timeout) {
        SqlReports.checkBounds(maxRows, timeout);
        LogoClient client = clients.computeIfAbsent(timeout, t -> new LogoClient(new LogoConfig(config.baseUrl(),
                config.username(), config.password(), config.firmNo(), config.clientId(), config.clientSecret(),
                config.pageSize(), config.http().withRequestTimeout(t))));
        List<ObjectNode> rows = new ArrayList<>();
        Optional<LogoPage> page = Optional.of(client.query(sql, Math.min(maxRows + 1, LogoConfig.MAX_PAGE_SIZE)));
        while (page.isPresent() && rows.size() <= maxRows) {
            rows.addAll(page.get().items());
            page = client.next(page.get());
        }
        List<String> columns = new ArrayList<>();
        if (!rows.isEmpty()) {
            rows.getFirst().properties().forEach(field -> columns.add(field.getKey()));
        }
        List<List<Object>> values = new ArrayList<>();
        for (ObjectNode row : rows.subList(0, Math.min(maxRows, rows.size()))) {
            List<Object> line = new ArrayList<>(columns.size());
            columns.forEach(column -> line.add(value(row.get(column))));
            values.add(line);
        }
        return new SqlResult(columns, values, rows.size() > maxRows);
    }

    private static Object value(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        return node.isValueNode() ? node.asText() : node.toString();
    }

    @Override
    public void close() {
        clients.values().forEach(LogoClient::close);
    }
}
