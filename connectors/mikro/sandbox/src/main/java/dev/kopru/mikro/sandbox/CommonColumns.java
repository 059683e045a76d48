package dev.kopru.mikro.sandbox;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final Pattern KEY = Pattern.compile("(?m)^\\s*(\\w+)_Guid UUID NOT NULL PRIMARY KEY");

    /**
     * {@code ddl} (one CREATE TABLE of schema.sql) with the common columns it lacks added at its end; a statement
     * without a {@code <prefix>_Guid} key is returned as it is. Written into the DDL rather than altered in after:
     * H2 rebuilds a table for every added column, which made the sandbox start five times slower.
     */
    static String addTo(String ddl) {
        Matcher key = KEY.matcher(ddl);
        int close = ddl.lastIndexOf(')');
        if (!ddl.contains("CREATE TABLE") || !key.find() || close < 0) {
            return ddl;
        }
        String prefix = key.group(1);
        StringBuilder columns = new StringBuilder();
        for (String column : COLUMNS) {
            String name = prefix + column.substring(0, column.indexOf(' '));
            if (!Pattern.compile("(?m)^\\s*" + name + "\\s").matcher(ddl).find()) {
                columns.append(",\n    ").append(prefix).append(column);
            }
        }
        return ddl.substring(0, close).stripTrailing() + columns + "\n" + ddl.substring(close);
    }
}
