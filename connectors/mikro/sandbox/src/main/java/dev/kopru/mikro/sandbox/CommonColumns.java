package dev.kopru.mikro.sandbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Mikro's common audit columns, which every Mikro table carries (mikro.md §12.6) and reports select: added to each
 * table of schema.sql that has a {@code <prefix>_Guid} key and lacks them, with the defaults a fresh Mikro row has.
 */
final class CommonColumns {

    private static final List<String> COLUMNS = List.of(
            "_DBCno SMALLINT DEFAULT 0 NOT NULL",
            "_SpecRECno INT DEFAULT 0 NOT NULL",
            "_hidden BIT DEFAULT 0 NOT NULL",
            "_kilitli BIT DEFAULT 0 NOT NULL",
            "_degisti BIT DEFAULT 0 NOT NULL",
            "_checksum INT DEFAULT 0 NOT NULL",
            "_create_user SMALLINT DEFAULT 1 NOT NULL",
            "_lastup_user SMALLINT DEFAULT 1 NOT NULL",
            "_special1 NVARCHAR(4) DEFAULT '' NOT NULL",
            "_special2 NVARCHAR(4) DEFAULT '' NOT NULL",
            "_special3 NVARCHAR(4) DEFAULT '' NOT NULL");

    private CommonColumns() {
    }

    static void add(Connection connection, List<String> tables) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String table : tables) {
                String prefix = prefix(connection, table);
                if (prefix == null) {
                    continue;
                }
                for (String column : COLUMNS) {
                    statement.execute("ALTER TABLE " + table + " ADD COLUMN IF NOT EXISTS " + prefix + column);
                }
            }
        }
    }

    /** The table's column prefix, read off its {@code <prefix>_Guid} key; null for a table without one. */
    private static String prefix(Connection connection, String table) throws SQLException {
        try (var columns = connection.getMetaData().getColumns(null, "PUBLIC", table, "%\\_Guid")) {
            while (columns.next()) {
                String name = columns.getString("COLUMN_NAME");
                if (name.indexOf('_') == name.length() - 5) {
                    return name.substring(0, name.length() - 5);
                }
            }
        }
        return null;
    }
}
