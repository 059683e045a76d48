package dev.kopru.mikro.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Result rows as Mikro's .NET service writes them: one object per row keyed by the column name or alias as
 * written, dates as {@code 2025-11-22T14:05:00} (no zone, like Json.NET with a SQL Server datetime), Guids in lower
 * case, amounts as exact decimals.
 */
final class JsonRows {

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS");

    private JsonRows() {
    }

    /** Reads at most {@code limit} rows. */
    static ArrayNode read(ResultSet rs, int limit) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        int count = meta.getColumnCount();
        String[] labels = new String[count];
        for (int i = 0; i < count; i++) {
            labels[i] = meta.getColumnLabel(i + 1);
        }
        ArrayNode rows = Bodies.array();
        while (rows.size() < limit && rs.next()) {
            ObjectNode row = rows.addObject();
            for (int i = 0; i < count; i++) {
                put(row, labels[i], rs.getObject(i + 1));
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

    static String format(LocalDateTime time) {
        LocalDateTime millis = time.truncatedTo(ChronoUnit.MILLIS);
        return (millis.getNano() == 0 ? SECONDS : MILLIS).format(millis);
    }
}
