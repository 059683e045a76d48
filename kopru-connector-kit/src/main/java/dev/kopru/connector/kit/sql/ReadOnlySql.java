package dev.kopru.connector.kit.sql;

import dev.kopru.core.input.InvalidInputException;
import java.util.Set;
import java.util.regex.Pattern;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.parser.CCJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.parser.ParseException;
import net.sf.jsqlparser.parser.Token;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.Values;
import net.sf.jsqlparser.util.TablesNamesFinder;

/**
 * The guard every piece of SQL passes before Köprü sends it to a vendor that runs it on SQL Server: an allow-list on a
 * real parse, failing closed. A query is exactly one SELECT (CTEs, UNION, APPLY, PIVOT, FOR XML/JSON, window
 * functions and the rest of what reports use); a condition is what may follow {@code WHERE} in one.
 *
 * <p>Two passes. {@link TsqlText} reads the text with SQL Server's own comment and quoting rules and checks every word
 * against what a SELECT needs: a T-SQL keyword that starts another statement or writes ({@code DELETE}, {@code EXEC},
 * {@code WAITFOR}, {@code BEGIN}, {@code INTO}, …) is refused wherever it stands, as are the table hints that take
 * locks ({@code UPDLOCK}, {@code HOLDLOCK}, …; {@code NOLOCK} and {@code READUNCOMMITTED} are allowed), the functions
 * that read outside the database ({@code OPENROWSET}, {@code OPENQUERY}, …, even as {@code [names]}), procedures
 * ({@code sp_…}, {@code xp_…}) and {@code NEXT VALUE FOR}. Then JSqlParser (square-bracket quoting on) must read the
 * whole text, with comments blanked and literals neutralised by the first pass, as a single SELECT naming no table on
 * another server. Anything it cannot read is refused: a report it cannot read must be rewritten, never sent unchecked.
 *
 * <p>It is a first line: the vendor's read-only database user is the second.
 */
public final class ReadOnlySql {

    /** The longest text read; a report is rarely a tenth of this. */
    public static final int MAX_LENGTH = 50_000;

    /** The deepest parentheses nest; reports rarely go past ten. */
    public static final int MAX_NESTING = 64;

    /** An XML method on a parenthesised subquery, which JSqlParser does not read (see {@link #forParser}). */
    private static final Pattern XML_METHOD = Pattern.compile("\\)(\\s*)\\.(\\s*(?i:value|query|exist|nodes)\\s*\\()");

    /** Words that, outside parentheses, mean a TOP would change what the query returns or not be allowed. */
    private static final Set<String> UNCAPPED = Set.of("TOP", "OFFSET", "FETCH", "FOR", "UNION", "EXCEPT",
            "INTERSECT");

    private static final Pattern COLUMN_LIST =
            Pattern.compile("-?[A-Za-z_][A-Za-z0-9_]*( *, *-?[A-Za-z_][A-Za-z0-9_]*){0,199}");

    private static final Pattern READUNCOMMITTED = Pattern.compile("(?i)\\bREADUNCOMMITTED\\b");
    private static final Pattern WITH_TIES = Pattern.compile("(?i)\\bWITH(\\s+)TIES\\b");

    private ReadOnlySql() {
    }

    /**
     * Checks that {@code sql} is one read-only SELECT and returns it as it is to be sent: without surrounding blanks
     * and trailing semicolons.
     *
     * @param field the request field that carried it, named in the refusal ({@code sql}, {@code SQLSorgu})
     * @throws InvalidInputException naming {@code field} and saying in plain words what is not allowed
     */
    public static String query(String field, String sql) {
        String text = trimmed(field, sql);
        if (text.isEmpty()) {
            throw new InvalidInputException(field, "required: one SELECT statement");
        }
        TsqlText.Scan scan = TsqlText.scan(field, text);
        SelectWords.check(field, scan.words());
        checkParentheses(field, scan.parsable());
        String parsable = forParser(scan.parsable());
        Statement statement = read(field, "one SELECT statement",
                () -> CCJSqlParserUtil.parse(parsable, ReadOnlySql::configure));
        if (!(statement instanceof Select) || statement instanceof Values) {
            throw new InvalidInputException(field, "only a SELECT (or WITH … SELECT) is allowed");
        }
        checkTables(field, read(field, "one SELECT statement", () -> new TablesNamesFinder<>().getTables(statement)));
        return text;
    }

    /**
     * Checks that {@code condition} is what may follow {@code WHERE} in a read-only SELECT (a vendor completes it into
     * a query, e.g. Mikro's {@code CariListesiV2} {@code WhereStr}) and returns it without surrounding blanks; blank is
     * no condition and returns {@code ""}. Comments and {@code ;} are refused: either could end the query the vendor
     * builds around it. Parentheses must balance within the condition itself.
     *
     * @throws InvalidInputException naming {@code field} and saying in plain words what is not allowed
     */
    public static String condition(String field, String condition) {
        String text = condition == null ? "" : condition.strip();
        if (text.isEmpty()) {
            return "";
        }
        if (text.length() > MAX_LENGTH) {
            throw tooLong(field, text);
        }
        TsqlText.Scan scan = TsqlText.scan(field, text);
        if (scan.hasComment()) {
            throw new InvalidInputException(field, "no comments in a WHERE condition: one could end the query it is"
                    + " put into");
        }
        if (scan.hasSemicolon()) {
            throw new InvalidInputException(field, "no ';' in a WHERE condition: it would end the query it is put"
                    + " into");
        }
        SelectWords.check(field, scan.words());
        checkParentheses(field, scan.parsable());
        String parsable = forParser(scan.parsable());
        Expression expression = read(field, "a single WHERE condition",
                () -> CCJSqlParserUtil.parseCondExpression(parsable, false, ReadOnlySql::configure));
        checkTables(field, read(field, "a single WHERE condition",
                () -> new TablesNamesFinder<>().getTables(expression)));
        return text;
    }

    /**
     * Checks that {@code columns} is only column names, comma-separated, each with an optional {@code -} for a
     * descending order (what a vendor puts into a SELECT list or an ORDER BY, e.g. Mikro's {@code FieldName} and
     * {@code Sort}), and returns it without surrounding blanks; blank returns {@code ""}.
     *
     * @throws InvalidInputException naming {@code field}
     */
    public static String columns(String field, String columns) {
        String text = columns == null ? "" : columns.strip();
        if (!text.isEmpty() && !COLUMN_LIST.matcher(text).matches()) {
            throw new InvalidInputException(field, "only column names are allowed, comma-separated, each with an"
                    + " optional '-' for descending order (e.g. cari_kod,-cari_unvan1)");
        }
        return text;
    }

    /**
     * {@code sql}, a query {@link #query} allowed, made to stop at {@code rows} rows on the vendor's side where that
     * keeps its meaning: {@code TOP (n)} after the SELECT of a single query (CTEs allowed) that has no TOP, DISTINCT,
     * OFFSET/FETCH, FOR XML/JSON or UNION of its own. Any other query is returned as it is, bounded only by the
     * caller's timeout and row count.
     */
    public static String withRowCap(String sql, int rows) {
        TsqlText.Scan scan = TsqlText.scan("sql", sql);
        String code = scan.parsable();
        int[] depth = new int[code.length() + 1];
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            depth[i + 1] = depth[i] + (c == '(' ? 1 : c == ')' ? -1 : 0);
        }
        TsqlText.Word select = null;
        TsqlText.Word afterSelect = null;
        for (TsqlText.Word word : scan.words()) {
            if (word.quoted() || depth[word.position()] != 0) {
                continue;
            }
            if (select != null && afterSelect == null) {
                afterSelect = word;
            }
            if (word.upper().equals("SELECT")) {
                if (select != null) {
                    return sql;
                }
                select = word;
            } else if (UNCAPPED.contains(word.upper())) {
                return sql;
            }
        }
        if (select == null || afterSelect != null && Set.of("DISTINCT", "ALL").contains(afterSelect.upper())) {
            return sql;
        }
        int end = select.position() + select.written().length();
        // in parentheses, so that nothing after it can be read as part of the number ("SELECT TOP 3-1")
        return sql.substring(0, end) + " TOP (" + rows + ")" + sql.substring(end);
    }

    private static String trimmed(String field, String sql) {
        String text = sql == null ? "" : sql.strip();
        while (text.endsWith(";")) {
            text = text.substring(0, text.length() - 1).stripTrailing();
        }
        if (text.length() > MAX_LENGTH) {
            throw tooLong(field, text);
        }
        return text;
    }

    private static InvalidInputException tooLong(String field, String text) {
        return new InvalidInputException(field, "at most " + MAX_LENGTH + " characters, was " + text.length());
    }

    /** A table on a linked server ({@code server.db.schema.table}, {@code server.db..table}) is an outside read. */
    private static void checkTables(String field, Set<String> tables) {
        for (String table : tables) {
            if (table.chars().filter(c -> c == '.').count() >= 3) {
                throw new InvalidInputException(field, "the table " + table + " is on another server; a report reads"
                        + " this database only");
            }
        }
    }

    /**
     * Parentheses must balance and nest at most {@value #MAX_NESTING} deep: the parser's time and stack grow with the
     * depth, and no report needs more.
     */
    private static void checkParentheses(String field, String parsable) {
        int depth = 0;
        for (int i = 0; i < parsable.length(); i++) {
            char c = parsable.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth < 0) {
                throw new InvalidInputException(field, "the ')' at position " + (i + 1) + " closes a parenthesis that"
                        + " was not opened");
            }
            if (depth > MAX_NESTING) {
                throw new InvalidInputException(field, "parentheses nest deeper than " + MAX_NESTING + " at position "
                        + (i + 1));
            }
        }
        if (depth > 0) {
            throw new InvalidInputException(field, "a parenthesis is not closed");
        }
    }

    /**
     * What JSqlParser does not read although SQL Server does, rewritten without changing a word or a length: the hint
     * {@code READUNCOMMITTED} is its synonym {@code NOLOCK}, {@code TOP n WITH TIES} is one token to it (one blank
     * between the words), and {@code (SELECT … FOR XML PATH(''), TYPE).value(…)} (the usual string concatenation
     * before STRING_AGG) reads its method as one more argument.
     */
    private static String forParser(String parsable) {
        String text = XML_METHOD.matcher(parsable).replaceAll(")$1,$2");
        text = READUNCOMMITTED.matcher(text).replaceAll("NOLOCK         ");
        return WITH_TIES.matcher(text).replaceAll(ties -> "WITH TIES" + " ".repeat(ties.group(1).length() - 1));
    }

    /** A step of JSqlParser's, whose failures are refusals. */
    private interface Reading<T> {
        T read() throws JSQLParserException;
    }

    private static <T> T read(String field, String expected, Reading<T> reading) {
        try {
            return reading.read();
        } catch (JSQLParserException e) {
            throw unreadable(field, e, expected);
        } catch (StackOverflowError e) {
            // the parser and its visitors recurse once per operand: a long enough chain (a + a + …) exhausts the stack
            throw new InvalidInputException(field, "an expression is too long or nests too deep to be read; split it");
        }
    }

    private static void configure(CCJSqlParser parser) {
        parser.withSquareBracketQuotation(true);
    }

    private static InvalidInputException unreadable(String field, JSQLParserException e, String expected) {
        String where = "";
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ParseException parse && parse.currentToken != null
                    && parse.currentToken.next != null) {
                Token next = parse.currentToken.next;
                where = " (stopped at line " + next.beginLine + ", column " + next.beginColumn
                        + (next.image == null || next.image.isEmpty() ? "" : ", at '" + next.image + "'") + ")";
                break;
            }
        }
        return new InvalidInputException(field, "could not be read as " + expected + where + "; only a single"
                + " read-only SELECT is allowed");
    }
}
