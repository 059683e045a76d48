package dev.kopru.mikro.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A list read of CariListesiV2/V3 and StokListesiV2 (mikro.md §7): {@code Sort} (a column, '-' for descending),
 * {@code Size} (rows per page) and {@code Index} (zero-based page number [inference]), with the date window
 * {@code TarihTipi} / {@code IlkTarih} / {@code SonTarih}: type 1 filters on the creation date, 2 on the change
 * date [inference], both ends inclusive whole days.
 */
final class Listing {

    static final int DEFAULT_SIZE = 100;
    static final int MAX_SIZE = 10_000;

    private final Tables.Table table;
    private final List<String> conditions = new ArrayList<>();
    private final List<Object> params = new ArrayList<>();
    private String columns = "*";
    private String orderBy;
    private int size = DEFAULT_SIZE;
    private long index;

    Listing(Tables.Table table, String defaultSort) {
        this.table = table;
        this.orderBy = table.require(defaultSort).name();
    }

    Listing columns(String columns) {
        this.columns = columns;
        return this;
    }

    Listing where(String condition, Object... values) {
        conditions.add(condition);
        params.addAll(List.of(values));
        return this;
    }

    /** Applies Sort, Size, Index and the date window of the call. */
    Listing paging(Call call) {
        Optional<String> sort = Fields.text(call.scope("Sort"), "Sort");
        if (sort.isPresent()) {
            String spec = sort.get();
            boolean descending = spec.startsWith("-");
            String name = descending ? spec.substring(1).trim() : spec;
            Tables.Column column = table.column(name)
                    .orElseThrow(() -> MikroError.invalid("Sort", "bilinmeyen alan: " + name));
            orderBy = column.name() + (descending ? " DESC" : "");
        }
        long requested = Fields.whole(call.scope("Size"), "Size").orElse((long) DEFAULT_SIZE);
        if (requested < 0 || requested > MAX_SIZE) {
            throw MikroError.invalid("Size", "0 ile " + MAX_SIZE + " arasında olmalıdır: " + requested);
        }
        size = requested == 0 ? DEFAULT_SIZE : (int) requested;
        index = Fields.whole(call.scope("Index"), "Index").orElse(0L);
        if (index < 0) {
            throw MikroError.invalid("Index", "0 veya daha büyük olmalıdır: " + index);
        }
        return this;
    }

    Listing dateWindow(Call call) {
        long type = Fields.whole(call.scope("TarihTipi"), "TarihTipi").orElse(0L);
        Optional<LocalDate> from = Fields.date(call.scope("IlkTarih"), "IlkTarih");
        Optional<LocalDate> to = Fields.date(call.scope("SonTarih"), "SonTarih");
        if (type == 0 && from.isEmpty() && to.isEmpty()) {
            return this;
        }
        String column = switch ((int) type) {
            case 1 -> table.standard("create_date").name();
            case 0, 2 -> table.standard("lastup_date").name();
            default -> throw MikroError.invalid("TarihTipi", "1 (oluşturma) veya 2 (değişiklik) olmalıdır: " + type);
        };
        from.ifPresent(day -> where(column + " >= ?", day.atStartOfDay()));
        to.ifPresent(day -> where(column + " < ?", day.plusDays(1).atStartOfDay()));
        return this;
    }

    ArrayNode read(Connection connection) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT ").append(columns).append(" FROM ").append(table.name());
        if (!conditions.isEmpty()) {
            sql.append(" WHERE ").append(String.join(" AND ", conditions));
        }
        sql.append(" ORDER BY ").append(orderBy).append(", ").append(table.standard("RECno").name())
                .append(" OFFSET ? ROWS FETCH NEXT ? ROWS ONLY");
        try (PreparedStatement statement = connection.prepareStatement(sql.toString());
             Watchdog watchdog = Watchdog.cancelAfter(statement, SqlOperations.SQL_TIMEOUT_SECONDS)) {
            int i = 1;
            for (Object param : params) {
                statement.setObject(i++, param);
            }
            statement.setLong(i++, index * size);
            statement.setInt(i, size);
            try (ResultSet rs = statement.executeQuery()) {
                return JsonRows.read(rs, size);
            }
        }
    }

    /** A LIKE pattern for "starts with", with the pattern characters of the prefix taken literally. */
    static String startsWith(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
