package dev.kopru.mikro.sandbox;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks SQL written by callers before it reaches the database: SqlVeriOkuV2 runs exactly one SELECT (or WITH ...
 * SELECT) statement, CariListesiV2's WhereStr is one WHERE condition. The checks look at the SQL with string
 * literals, quoted names and comments blanked out, so a ';' inside 'text' is fine and one hidden in a comment is not
 * a way around. The database user that runs caller SQL may only SELECT: these checks give the Mikro-worded refusal,
 * the grant is what makes it safe.
 */
final class SqlText {

    static final String ONLY_SELECT = "Sadece SELECT sorguları çalıştırılabilir";

    private static final Pattern FIRST_WORD = Pattern.compile("^[\\s(]*([A-Za-z]+)");
    private static final Pattern WORD = Pattern.compile("[A-Za-z_]+");
    private static final Set<String> STATEMENTS = Set.of("INSERT", "UPDATE", "DELETE", "DROP", "CREATE", "ALTER",
            "EXEC", "EXECUTE", "MERGE", "TRUNCATE", "GRANT", "REVOKE", "CALL", "SET", "DECLARE", "SHUTDOWN",
            "BACKUP", "SCRIPT", "RUNSCRIPT", "USE", "INTO");

    private SqlText() {
    }

    /** The statement, without a trailing ';', if it is one SELECT; otherwise a StatusCode 500 refusal. */
    static String singleSelect(String sql) {
        String code = blankOut(sql);
        String trimmedCode = code.stripTrailing();
        int end = trimmedCode.length();
        if (trimmedCode.endsWith(";")) {
            end--;
        }
        String body = code.substring(0, end);
        if (body.isBlank() || body.indexOf(';') >= 0) {
            throw new MikroError(MikroError.SERVER, ONLY_SELECT);
        }
        Matcher first = FIRST_WORD.matcher(body);
        if (!first.find()) {
            throw new MikroError(MikroError.SERVER, ONLY_SELECT);
        }
        String keyword = first.group(1).toUpperCase(Locale.ROOT);
        if (!keyword.equals("SELECT") && !keyword.equals("WITH")) {
            throw new MikroError(MikroError.SERVER, ONLY_SELECT);
        }
        if (containsStatementWord(body)) {
            throw new MikroError(MikroError.SERVER, ONLY_SELECT);
        }
        return sql.substring(0, end);
    }

    /** Refuses a WhereStr that is more than one condition: statements, ';', unbalanced parentheses. */
    static void checkWhere(String where) {
        String code = blankOut(where);
        int depth = 0;
        for (char c : code.toCharArray()) {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth < 0) {
                break;
            }
        }
        if (code.indexOf(';') >= 0 || depth != 0 || containsStatementWord(code)) {
            throw MikroError.invalid("WhereStr", "yalnızca bir WHERE koşulu yazılabilir");
        }
    }

    private static boolean containsStatementWord(String code) {
        Matcher words = WORD.matcher(code);
        while (words.find()) {
            if (STATEMENTS.contains(words.group().toUpperCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The SQL with the insides of literals, quoted names and comments replaced by blanks (same length). */
    static String blankOut(String sql) {
        StringBuilder out = new StringBuilder(sql.length());
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"' || c == '[') {
                char close = c == '[' ? ']' : c;
                out.append(c);
                i++;
                while (i < sql.length()) {
                    char d = sql.charAt(i);
                    if (d == close && close != ']' && i + 1 < sql.length() && sql.charAt(i + 1) == close) {
                        out.append("  ");
                        i += 2;
                        continue;
                    }
                    if (d == close) {
                        break;
                    }
                    out.append(' ');
                    i++;
                }
                if (i < sql.length()) {
                    out.append(close);
                    i++;
                }
            } else if (c == '-' && i + 1 < sql.length() && sql.charAt(i + 1) == '-') {
                while (i < sql.length() && sql.charAt(i) != '\n') {
                    out.append(' ');
                    i++;
                }
            } else if (c == '/' && i + 1 < sql.length() && sql.charAt(i + 1) == '*') {
                int close = sql.indexOf("*/", i + 2);
                int stop = close < 0 ? sql.length() : close + 2;
                out.append(" ".repeat(stop - i));
                i = stop;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
