package dev.kopru.mikro;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kopru.connector.kit.sql.ReadOnlySql;
import dev.kopru.core.connector.SqlReports;
import dev.kopru.core.connector.SqlResult;
import dev.kopru.mikro.client.MikroClient;
import dev.kopru.mikro.client.MikroConfig;
import dev.kopru.mikro.client.SqlRow;
import java.math.BigDecimal;
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
 * column list, so the columns are the first row's. With report years set, the query runs in each working year in
 * turn (Mikro keeps a database per year, mikro.md §12.5) and each row starts with its {@code CalismaYili}.
 */
final class MikroSqlReports implements SqlReports {

    /** The column a report over several working years starts each row with. */
    static final String YEAR_COLUMN = "CalismaYili";

    private final MikroConfig config;
    private final List<Integer> years;
    private final Map<Duration, MikroClient> clients = new ConcurrentHashMap<>();

    /** Reports in {@code config}'s working year, or in each of {@code years} when there are any. */
    MikroSqlReports(MikroConfig config, List<Integer> years) {
        this.config = config;
        this.years = List.copyOf(years);
    }

    @Override
    public SqlResult query(String sql, int maxRows, Duration timeout) {
        SqlReports.checkBounds(maxRows, timeout);
        String checked = ReadOnlySql.withRowCap(ReadOnlySql.query("sql", sql), maxRows + 1);
        MikroClient client = clients.computeIfAbsent(timeout, this::client);
        List<String> columns = new ArrayList<>();
        List<List<Object>> values = new ArrayList<>();
        boolean truncated = false;
        for (Integer year : years.isEmpty() ? java.util.Collections.<Integer>singletonList(null) : years) {
            List<SqlRow> rows = (year == null ? client : client.inYear(year)).sqlVeriOkuV2(checked);
            if (columns.isEmpty() && !rows.isEmpty()) {
                rows.get(0).columns().properties().forEach(field -> columns.add(field.getKey()));
            }
            for (SqlRow row : rows) {
                if (values.size() == maxRows) {
                    truncated = true;
                    break;
                }
                List<Object> line = new ArrayList<>(columns.size() + 1);
                if (year != null) {
                    line.add(BigDecimal.valueOf(year));
                }
                columns.forEach(column -> line.add(value(row.columns().get(column))));
                values.add(line);
            }
        }
        if (!years.isEmpty()) {
            columns.addFirst(YEAR_COLUMN);
        }
        return new SqlResult(columns, values, truncated);
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
