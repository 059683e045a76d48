package dev.kopru.server.mikroapi;

import dev.kopru.mikro.mapping.MikroSql;

/** A T-SQL {@code LIKE 'prefix%' ESCAPE '\'} condition: the caller's text matched literally, as a prefix. */
final class LikePrefix {

    private LikePrefix() {
    }

    static String condition(String column, String field, String prefix) {
        String escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_").replace("[", "\\[");
        return column + " LIKE " + MikroSql.text(field, escaped + "%") + " ESCAPE '\\'";
    }
}
