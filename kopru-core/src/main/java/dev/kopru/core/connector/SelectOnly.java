package dev.kopru.core.connector;

import dev.kopru.core.input.InvalidInputException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The guard every SQL report passes before it reaches a vendor: one statement, starting with SELECT or WITH, with no
 * word that writes, changes the schema, runs code or waits. Literals, quoted names and comments are blanked before the
 * words are checked, so {@code WHERE note = 'DROP'} passes and {@code SELECT 1; DROP TABLE x} does not. It is a first
 * line only: the vendor's read-only database user is the second.
 */
public final class SelectOnly {

    private static final Set<String> FORBIDDEN = Set.of("INSERT", "UPDATE", "DELETE", "MERGE", "DROP", "ALTER",
            "CREATE", "TRUNCATE", "EXEC", "EXECUTE", "GRANT", "REVOKE", "DENY", "INTO", "DECLARE", "WAITFOR",
            "SHUTDOWN", "BACKUP", "RESTORE", "DBCC", "OPENROWSET", "OPENQUERY", "OPENDATASOURCE", "BULK", "KILL",
            "USE", "RECONFIGURE", "CALL");
    private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern PROCEDURE = Pattern.compile("(?i)\\b(xp|sp)_\\w+");

    private SelectOnly() {
    }

    /**
     * Returns {@code sql} without surrounding blanks and a trailing semicolon.
     *
     * @throws IllegalArgumentException {@code "sql: ..."} saying what is not allowed
     */
    public static String require(String sql) {
        if (sql == null || sql.isBlank()) {
            throw new InvalidInputException("sql", "required");
        }
        String text = sql.strip();
        while (text.endsWith(";")) {
            text = text.substring(0, text.length() - 1).stripTrailing();
        }
        String code = blankLiteralsAndComments(text).strip();
        if (code.contains(";")) {
            throw new InvalidInputException("sql", "one statement only (found ';' inside the query)");
        }
        Matcher first = WORD.matcher(code);
        String start = first.lookingAt() ? first.group().toUpperCase(Locale.ROOT) : "";
        if (!start.equals("SELECT") && !start.equals("WITH")) {
            throw new InvalidInputException("sql",
                    "only SELECT (or WITH ... SELECT) is allowed, the query starts with '"
                    + (start.isEmpty() ? code.substring(0, Math.min(10, code.length())) : start) + "'");
        }
        Matcher words = WORD.matcher(code);
        while (words.find()) {
            String word = words.group().toUpperCase(Locale.ROOT);
            if (FORBIDDEN.contains(word)) {
                throw new InvalidInputException("sql", "'" + word + "' is not allowed in a read-only report");
            }
        }
        Matcher procedure = PROCEDURE.matcher(code);
        if (procedure.find()) {
            throw new InvalidInputException("sql", "system procedures such as '" + procedure.group()
                    + "' are not allowed in a read-only report");
        }
        return text;
    }

    /** Replaces 'text', "names", [names], -- and block comments by spaces; an unclosed one is refused. */
    static String blankLiteralsAndComments(String sql) {
        StringBuilder out = new StringBuilder(sql.length());
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            int end;
            if (c == '\'' || c == '"') {
                end = closing(sql, i, c);
            } else if (c == '[') {
                end = closing(sql, i, ']');
            } else if (c == '-' && sql.startsWith("--", i)) {
                int newline = sql.indexOf('\n', i);
                end = newline < 0 ? sql.length() - 1 : newline;
            } else if (c == '/' && sql.startsWith("/*", i)) {
                int close = sql.indexOf("*/", i + 2);
                if (close < 0) {
                    throw new InvalidInputException("sql",
                            "a comment opened at position " + (i + 1) + " is not closed");
                }
                end = close + 1;
            } else {
                out.append(c);
                i++;
                continue;
            }
            out.append(" ".repeat(end - i + 1));
            i = end + 1;
        }
        return out.toString();
    }

    /** The index of the quote closing the one at {@code open}; a doubled quote is an escaped one. */
    private static int closing(String sql, int open, char quote) {
        int i = open + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i;
            }
            i++;
        }
        throw new InvalidInputException("sql", "a quote opened at position " + (open + 1) + " is not closed");
    }
}
