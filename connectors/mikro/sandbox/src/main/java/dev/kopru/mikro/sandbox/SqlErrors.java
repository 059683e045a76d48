package dev.kopru.mikro.sandbox;

import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.h2.api.ErrorCode;

/**
 * Turns the embedded database's errors into SQL Server's wording, which Mikro passes through unchanged (the seed
 * quotes "Invalid object name"). Clients match these texts, so H2's own wording must not leak.
 */
final class SqlErrors {

    private static final Pattern TABLE = Pattern.compile("Table \"([^\"]+)\" not found");
    private static final Pattern COLUMN = Pattern.compile("Column \"([^\"]+)\" not found");
    private static final Pattern NEAR = Pattern.compile("\\[\\*]\\s*(\\S{1,40})");
    private static final Pattern FUNCTION = Pattern.compile("Function \"([^\"]+)\" not found");
    private static final Pattern AMBIGUOUS = Pattern.compile("Ambiguous column name \"([^\"]+)\"");
    private static final Pattern GROUP_BY = Pattern.compile("Column \"([^\"]+)\" must be in the GROUP BY list");
    private static final Pattern CONVERTING = Pattern.compile("converting \"([^\"]*)\"");
    /** SQL Server's message 8180, which it gives beside most errors a query's compilation finds. */
    private static final String UNPREPARED = "Statement(s) could not be prepared.";

    private SqlErrors() {
    }

    static MikroError of(SQLException e) {
        return new MikroError(MikroError.SERVER, message(e));
    }

    /**
     * A caller's query that failed (SqlVeriOkuV2, CariListesiV2's WhereStr): real servers answer StatusCode 401 with
     * SQL Server's message followed by {@code " - "} (mikro.md §12.2), so a client must not read 401 as bad
     * credentials. A refusal for want of rights stays the sandbox's "only SELECT" refusal.
     */
    static MikroError ofCallerQuery(SQLException e) {
        if (e.getErrorCode() == ErrorCode.NOT_ENOUGH_RIGHTS_FOR_1) {
            return of(e);
        }
        String words = sqlServerWords(e);
        return ofCallerQuery(words != null ? words : UNPREPARED);
    }

    /** A caller's query refused with SQL Server's {@code message}, as {@link #ofCallerQuery(SQLException)}. */
    static MikroError ofCallerQuery(String message) {
        // The live log shows SQL Server's sentence without its closing period: "Invalid column name 'x' - ".
        return new MikroError(MikroError.AUTH,
                (message.endsWith(".") ? message.substring(0, message.length() - 1) : message) + " - ");
    }

    /** Whether the query named a table or column the database does not have. */
    static boolean unknownName(SQLException e) {
        return switch (e.getErrorCode()) {
            case ErrorCode.TABLE_OR_VIEW_NOT_FOUND_1, ErrorCode.TABLE_OR_VIEW_NOT_FOUND_DATABASE_EMPTY_1,
                 ErrorCode.TABLE_OR_VIEW_NOT_FOUND_WITH_CANDIDATES_2, ErrorCode.COLUMN_NOT_FOUND_1 -> true;
            default -> false;
        };
    }

    static String message(SQLException e) {
        String words = sqlServerWords(e);
        if (words != null) {
            return words;
        }
        String text = e.getMessage() == null ? "" : e.getMessage();
        int cut = text.indexOf("; SQL statement:");
        return (cut < 0 ? text : text.substring(0, cut)).lines().findFirst().orElse("SQL hatası");
    }

    /** SQL Server's message for the error, or null where the sandbox knows none. */
    private static String sqlServerWords(SQLException e) {
        String text = e.getMessage() == null ? "" : e.getMessage();
        switch (e.getErrorCode()) {
            case ErrorCode.TABLE_OR_VIEW_NOT_FOUND_1, ErrorCode.TABLE_OR_VIEW_NOT_FOUND_DATABASE_EMPTY_1,
                 ErrorCode.TABLE_OR_VIEW_NOT_FOUND_WITH_CANDIDATES_2 -> {
                Matcher m = TABLE.matcher(text);
                return "Invalid object name '" + (m.find() ? m.group(1) : "?") + "'.";
            }
            case ErrorCode.COLUMN_NOT_FOUND_1 -> {
                Matcher m = COLUMN.matcher(text);
                String column = m.find() ? m.group(1) : "?";
                return "Invalid column name '" + column.substring(column.lastIndexOf('.') + 1) + "'.";
            }
            case ErrorCode.SYNTAX_ERROR_1, ErrorCode.SYNTAX_ERROR_2 -> {
                Matcher m = NEAR.matcher(text);
                return m.find() ? "Incorrect syntax near '" + m.group(1).replaceAll("[\"';]+$", "") + "'."
                        : "Incorrect syntax.";
            }
            case ErrorCode.STATEMENT_WAS_CANCELED -> {
                return "Execution Timeout Expired. The timeout period elapsed prior to completion of the operation.";
            }
            case ErrorCode.NOT_ENOUGH_RIGHTS_FOR_1 -> {
                return SqlText.ONLY_SELECT;
            }
            case ErrorCode.DIVISION_BY_ZERO_1 -> {
                return "Divide by zero error encountered.";
            }
            case ErrorCode.FUNCTION_NOT_FOUND_1 -> {
                Matcher m = FUNCTION.matcher(text);
                return "'" + (m.find() ? m.group(1) : "?") + "' is not a recognized built-in function name.";
            }
            case ErrorCode.AMBIGUOUS_COLUMN_NAME_1 -> {
                Matcher m = AMBIGUOUS.matcher(text);
                return "Ambiguous column name '" + (m.find() ? m.group(1) : "?") + "'.";
            }
            case ErrorCode.MUST_GROUP_BY_COLUMN_1 -> {
                Matcher m = GROUP_BY.matcher(text);
                return "Column '" + (m.find() ? m.group(1) : "?") + "' is invalid in the select list because it is"
                        + " not contained in either an aggregate function or the GROUP BY clause.";
            }
            case ErrorCode.DATA_CONVERSION_ERROR_1 -> {
                // H2 does not say the types; text compared with a number is the usual case in reports
                Matcher m = CONVERTING.matcher(text);
                String value = m.find() && !m.group(1).contains(" to ") ? "'" + m.group(1) + "' " : "";
                return "Conversion failed when converting the nvarchar value " + value + "to data type int.";
            }
            default -> {
                return null;
            }
        }
    }
}
