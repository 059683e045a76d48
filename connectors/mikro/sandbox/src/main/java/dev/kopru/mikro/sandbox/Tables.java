package dev.kopru.mikro.sandbox;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of the sandbox tables, read from the database itself so that schema.sql is the one place they are
 * written down. Lets writes store every documented field a request carries under its Mikro column name.
 */
final class Tables {

    enum Kind { TEXT, WHOLE, DECIMAL, DATETIME, UUID }

    record Column(String name, Kind kind, int length, int scale) {
    }

    /** One table; {@code prefix} is Mikro's column prefix ({@code cari}, {@code cha}, ...). */
    record Table(String name, String prefix, Map<String, Column> columnsByLowerName) {

        Optional<Column> column(String spelling) {
            return Optional.ofNullable(columnsByLowerName.get(spelling.trim().toLowerCase(Locale.ROOT)));
        }

        Column require(String name) {
            return column(name).orElseThrow(() -> new IllegalArgumentException(this.name + " has no column " + name));
        }

        List<Column> columns() {
            return List.copyOf(columnsByLowerName.values());
        }

        /** The column named {@code <prefix>_<suffix>}, e.g. {@code cari_lastup_date}. */
        Column standard(String suffix) {
            return require(prefix + "_" + suffix);
        }
    }

    private final Map<String, Table> byName;

    private Tables(Map<String, Table> byName) {
        this.byName = byName;
    }

    static Tables read(Connection connection) throws SQLException {
        Map<String, Map<String, Column>> columns = new LinkedHashMap<>();
        String sql = "SELECT TABLE_NAME, COLUMN_NAME, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH, NUMERIC_SCALE "
                + "FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC' ORDER BY TABLE_NAME, ORDINAL_POSITION";
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                String name = rs.getString("COLUMN_NAME");
                Column column = new Column(name, kind(rs.getString("DATA_TYPE")),
                        rs.getInt("CHARACTER_MAXIMUM_LENGTH"), rs.getInt("NUMERIC_SCALE"));
                columns.computeIfAbsent(rs.getString("TABLE_NAME"), t -> new LinkedHashMap<>())
                        .put(name.toLowerCase(Locale.ROOT), column);
            }
        }
        Map<String, Table> tables = new LinkedHashMap<>();
        columns.forEach((table, cols) -> {
            String first = cols.values().iterator().next().name();
            String prefix = first.substring(0, first.indexOf('_'));
            tables.put(table, new Table(table, prefix, Collections.unmodifiableMap(cols)));
        });
        return new Tables(Collections.unmodifiableMap(tables));
    }

    Table table(String name) {
        Table table = byName.get(name);
        if (table == null) {
            throw new IllegalArgumentException("no sandbox table " + name);
        }
        return table;
    }

    List<Table> all() {
        return new ArrayList<>(byName.values());
    }

    private static Kind kind(String dataType) {
        String type = dataType.toUpperCase(Locale.ROOT);
        if (type.contains("CHAR")) {
            return Kind.TEXT;
        }
        if (type.contains("INT") || type.contains("BOOLEAN")) {
            return Kind.WHOLE;
        }
        if (type.contains("NUMERIC") || type.contains("DECIMAL")) {
            return Kind.DECIMAL;
        }
        if (type.contains("TIMESTAMP") || type.contains("DATE")) {
            return Kind.DATETIME;
        }
        if (type.contains("UUID")) {
            return Kind.UUID;
        }
        throw new IllegalStateException("schema.sql uses a type the sandbox does not map: " + dataType);
    }
}
