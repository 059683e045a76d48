package dev.kopru.mikro.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Result rows as Mikro's .NET service writes them: one object per row keyed by the column name or alias as written.
 * Lists write dates as {@code 2025-11-22T14:05:00} (Json.NET with a datetime), Guids in lower case, amounts as exact
 * decimals. SqlVeriOkuV2 writes what a real server's log shows (mikro.md §12.4): datetimes as
 * {@code 2026-05-20 00:00:00}, tinyint/smallint codes as strings, bits as {@code true}/{@code false},
 * uniqueidentifiers upper case in braces, amounts (Mikro's are floats) in shortest form, whole ones without
 * decimals, and what SQL Server types {@code decimal} with its scale.
 */
final class JsonRows {

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS");
    private static final DateTimeFormatter SQL_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter SQL_MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    private JsonRows() {
    }

    /** Reads at most {@code limit} rows, as the list methods write them. */
    static ArrayNode read(ResultSet rs, int limit) throws SQLException {
        return read(rs, limit, false);
    }

    /**
     * Reads at most {@code limit} rows as SqlVeriOkuV2 renders them (§12.4); the columns labelled in
     * {@code decimalTyped} (lower case) are SQL Server {@code decimal}s and keep their scale.
     */
    static ArrayNode readAsSqlServer(ResultSet rs, int limit, Set<String> decimalTyped) throws SQLException {
        return read(rs, limit, true, decimalTyped);
    }

    private static ArrayNode read(ResultSet rs, int limit, boolean sqlServer) throws SQLException {
        return read(rs, limit, sqlServer, Set.of());
    }

    private static ArrayNode read(ResultSet rs, int limit, boolean sqlServer, Set<String> decimalTyped)
            throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        int count = meta.getColumnCount();
        String[] labels = new String[count];
        boolean[] codes = new boolean[count];
        int[] scales = new int[count];
        for (int i = 0; i < count; i++) {
            labels[i] = meta.getColumnLabel(i + 1);
            scales[i] = meta.getScale(i + 1);
            // JDBC hands a SMALLINT over as an Integer: the column's type says it is one of Mikro's codes.
            codes[i] = meta.getColumnType(i + 1) == Types.SMALLINT || meta.getColumnType(i + 1) == Types.TINYINT;
        }
        ArrayNode rows = Bodies.array();
        while (rows.size() < limit && rs.next()) {
            ObjectNode row = rows.addObject();
            for (int i = 0; i < count; i++) {
                Object value = rs.getObject(i + 1);
                if (sqlServer && codes[i] && value != null) {
                    row.put(labels[i], value.toString());
                } else if (sqlServer && value instanceof BigDecimal number
                        && decimalTyped.contains(labels[i].toLowerCase(Locale.ROOT))) {
                    // the database hands a zero over without its scale
                    row.put(labels[i], number.setScale(Math.max(number.scale(), scales[i])));
                } else if (sqlServer) {
                    putAsSqlServer(row, labels[i], value);
                } else {
                    put(row, labels[i], value);
                }
            }
        }
        return rows;
    }

    static void put(ObjectNode row, String name, Object value) {
        switch (value) {
            case null -> row.putNull(name);
            case String text -> row.put(name, text);
            case Integer number -> row.put(name, number);
            case Long number -> row.put(name, number);
            case Short number -> row.put(name, number.intValue());
            case Byte number -> row.put(name, number.intValue());
            case BigDecimal number -> row.put(name, number);
            case Boolean flag -> row.put(name, flag);
            case Timestamp time -> row.put(name, format(time.toLocalDateTime()));
            case LocalDateTime time -> row.put(name, format(time));
            case LocalDate date -> row.put(name, format(date.atStartOfDay()));
            case OffsetDateTime time -> row.put(name, format(time.toLocalDateTime()));
            case java.sql.Date date -> row.put(name, format(date.toLocalDate().atStartOfDay()));
            case Number number -> row.put(name, new BigDecimal(number.toString()));
            default -> row.put(name, value.toString());
        }
    }

    private static void putAsSqlServer(ObjectNode row, String name, Object value) {
        switch (value) {
            case UUID guid -> row.put(name, "{" + guid.toString().toUpperCase(Locale.ROOT) + "}");
            case BigDecimal number -> row.put(name, whole(number));
            case Double number -> row.put(name, whole(BigDecimal.valueOf(number)));
            case Timestamp time -> row.put(name, sqlFormat(time.toLocalDateTime()));
            case LocalDateTime time -> row.put(name, sqlFormat(time));
            case LocalDate date -> row.put(name, sqlFormat(date.atStartOfDay()));
            case java.sql.Date date -> row.put(name, sqlFormat(date.toLocalDate().atStartOfDay()));
            case null, default -> put(row, name, value);
        }
    }

    /** {@code 15000} for a whole amount, {@code 1234.5} otherwise: a float has no scale to keep. */
    private static BigDecimal whole(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    static String format(LocalDateTime time) {
        LocalDateTime millis = time.truncatedTo(ChronoUnit.MILLIS);
        return (millis.getNano() == 0 ? SECONDS : MILLIS).format(millis);
    }

    private static String sqlFormat(LocalDateTime time) {
        LocalDateTime millis = time.truncatedTo(ChronoUnit.MILLIS);
        return (millis.getNano() == 0 ? SQL_SECONDS : SQL_MILLIS).format(millis);
    }
}
