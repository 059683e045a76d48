package dev.kopru.mikro;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kopru.connector.kit.sql.ReadOnlySql;
import dev.kopru.core.connector.SqlReports;
import dev.kopru.core.connector.SqlResult;
import dev.kopru.mikro.client.MikroClient;
import dev.kopru.mikro.client.MikroConfig;
import dev.kopru.mikro.client.SqlRow;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * SQL reports through SqlVeriOkuV2. A report is a read, but its timeout is the caller's: a slow report is not
 * repeated by the client. Where a TOP keeps the query's meaning, Mikro stops at one row past {@code maxRows} (the one
 * that says the answer is truncated); Mikro has no way to cancel a running query, so the timeout only ends the wait.
 * Each timeout gets its own client (Mikro's HTTP timeout is per client); Mikro returns no
 * column list, so the columns are the first row's.
 */
final class MikroSqlReports implements SqlReports {

    private final MikroConfig config;
    private final Map<Duration, MikroClient> clients = new ConcurrentHashMap<>();

    MikroSqlReports(MikroConfig config) {
        this.config = config;
    }

    @Override
    public SqlResult query(String sql, int maxRows, Duration timeout) {
        SqlReports.checkBounds(maxRows, timeout);
        String checked = ReadOnlySql.withRowCap(ReadOnlySql.query("sql", sql), maxRows + 1);
        List<SqlRow> rows = clients.computeIfAbsent(timeout, this::client).sqlVeriOkuV2(checked);
        List<String> columns = new ArrayList<>();
        if (!rows.isEmpty()) {
            rows.get(0).columns().properties().forEach(field -> columns.add(field.getKey()));
        }
        List<List<Object>> values = new ArrayList<>();
        for (SqlRow row : rows.subList(0, Math.min(maxRows, rows.size()))) {
            List<Object> line = new ArrayList<>(columns.size());
            columns.forEach(column -> line.add(value(row.columns().get(column))));
            values.add(line);
        }
        return new SqlResult(columns, values, rows.size() > maxRows);
    }

    private MikroClient client(Duration timeout) {
        return new MikroClient(new MikroConfig(config.baseUrl(), config.apiKey(), config.firmaKodu(),
                config.calismaYili(), config.kullaniciKodu(), config.password(), config.firmaNo(), config.subeNo(),
                config.http().withRequestTimeout(timeout)));
    }

    private static Object value(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return node.isValueNode() ? node.asText() : node.toString();
    }
}
