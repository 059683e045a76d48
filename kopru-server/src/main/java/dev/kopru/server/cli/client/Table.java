package dev.kopru.server.cli.client;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain text table: columns as wide as their widest cell, two spaces apart. */
final class Table {

    private final List<String[]> rows = new ArrayList<>();

    /** {@code header}: the columns' English names, shown in the user's language. */
    Table(String... header) {
        rows.add(java.util.Arrays.stream(header).map(Human::say).toArray(String[]::new));
    }

    Table row(Object... cells) {
        String[] row = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            row[i] = cells[i] == null ? "" : cells[i].toString();
        }
        rows.add(row);
        return this;
    }

    void print(PrintWriter out) {
        int columns = rows.get(0).length;
        int[] width = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < columns && i < row.length; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                String cell = i < row.length ? row[i] : "";
                line.append(i == columns - 1 ? cell : String.format("%-" + (width[i] + 2) + "s", cell));
            }
            if (!line.isEmpty() && !line.toString().isBlank()) {
                out.println(line.toString().stripTrailing()); // a blank header (name: value pairs) is left out
            }
        }
        if (rows.size() == 1) {
            out.println(Human.say("none"));
        }
    }
}
