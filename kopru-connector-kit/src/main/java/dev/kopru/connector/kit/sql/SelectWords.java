package dev.kopru.connector.kit.sql;

import dev.kopru.core.input.InvalidInputException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words a single read-only SELECT may use, checked wherever they stand: SQL Server needs no {@code ;} between
 * statements, so a keyword that starts another statement is refused even where the parser would take it for a name.
 */
final class SelectWords {

    /** T-SQL's reserved keywords that a single SELECT uses; every other reserved keyword is refused. */
    private static final Set<String> SELECT_KEYWORDS = Set.of("ALL", "AND", "ANY", "AS", "ASC", "BETWEEN", "BY",
            "CASE", "COALESCE", "COLLATE", "CONTAINS", "CONTAINSTABLE", "CONVERT", "CROSS", "CURRENT", "CURRENT_DATE",
            "CURRENT_TIME", "CURRENT_TIMESTAMP", "CURRENT_USER", "DESC", "DISTINCT", "DOUBLE", "ELSE", "END", "ESCAPE",
            "EXCEPT", "EXISTS", "FETCH", "FOR", "FREETEXT", "FREETEXTTABLE", "FROM", "FULL", "GROUP", "HAVING", "IN",
            "INDEX", "INNER", "INTERSECT", "IS", "JOIN", "LEFT", "LIKE", "NOT", "NULL", "NULLIF", "OF", "ON", "OR",
            "ORDER", "OUTER", "OVER", "PERCENT", "PIVOT", "PRECISION", "RIGHT", "SELECT", "SESSION_USER", "SOME",
            "SYSTEM_USER", "THEN", "TO", "TOP", "TRY_CONVERT", "UNION", "UNPIVOT", "USER", "VALUES", "WHEN", "WHERE",
            "WITH", "WITHIN");

    /** SQL Server's reserved keywords (Transact-SQL reference, "Reserved keywords"). */
    private static final Set<String> RESERVED = Set.of("ADD", "ALL", "ALTER", "AND", "ANY", "AS", "ASC",
            "AUTHORIZATION", "BACKUP", "BEGIN", "BETWEEN", "BREAK", "BROWSE", "BULK", "BY", "CASCADE", "CASE", "CHECK",
            "CHECKPOINT", "CLOSE", "CLUSTERED", "COALESCE", "COLLATE", "COLUMN", "COMMIT", "COMPUTE", "CONSTRAINT",
            "CONTAINS", "CONTAINSTABLE", "CONTINUE", "CONVERT", "CREATE", "CROSS", "CURRENT", "CURRENT_DATE",
            "CURRENT_TIME", "CURRENT_TIMESTAMP", "CURRENT_USER", "CURSOR", "DATABASE", "DBCC", "DEALLOCATE",
            "DECLARE", "DEFAULT", "DELETE", "DENY", "DESC", "DISK", "DISTINCT", "DISTRIBUTED", "DOUBLE", "DROP", "DUMP",
            "ELSE", "END", "ERRLVL", "ESCAPE", "EXCEPT", "EXEC", "EXECUTE", "EXISTS", "EXIT", "EXTERNAL", "FETCH",
            "FILE", "FILLFACTOR", "FOR", "FOREIGN", "FREETEXT", "FREETEXTTABLE", "FROM", "FULL", "FUNCTION", "GOTO",
            "GRANT", "GROUP", "HAVING", "HOLDLOCK", "IDENTITY", "IDENTITY_INSERT", "IDENTITYCOL", "IF", "IN", "INDEX",
            "INNER", "INSERT", "INTERSECT", "INTO", "IS", "JOIN", "KEY", "KILL", "LEFT", "LIKE", "LINENO", "LOAD",
            "MERGE", "NATIONAL", "NOCHECK", "NONCLUSTERED", "NOT", "NULL", "NULLIF", "OF", "OFF", "OFFSETS", "ON",
            "OPEN", "OPENDATASOURCE", "OPENQUERY", "OPENROWSET", "OPENXML", "OPTION", "OR", "ORDER", "OUTER", "OVER",
            "PERCENT", "PIVOT", "PLAN", "PRECISION", "PRIMARY", "PRINT", "PROC", "PROCEDURE", "PUBLIC", "RAISERROR",
            "READ", "READTEXT", "RECONFIGURE", "REFERENCES", "REPLICATION", "RESTORE", "RESTRICT", "RETURN", "REVERT",
            "REVOKE", "RIGHT", "ROLLBACK", "ROWCOUNT", "ROWGUIDCOL", "RULE", "SAVE", "SCHEMA", "SECURITYAUDIT",
            "SELECT", "SEMANTICKEYPHRASETABLE", "SEMANTICSIMILARITYDETAILSTABLE", "SEMANTICSIMILARITYTABLE",
            "SESSION_USER", "SET", "SETUSER", "SHUTDOWN", "SOME", "STATISTICS", "SYSTEM_USER", "TABLE", "TABLESAMPLE",
            "TEXTSIZE", "THEN", "TO", "TOP", "TRAN", "TRANSACTION", "TRIGGER", "TRUNCATE", "TRY_CONVERT", "TSEQUAL",
            "UNION", "UNIQUE", "UNPIVOT", "UPDATE", "UPDATETEXT", "USE", "USER", "VALUES", "VARYING", "VIEW",
            "WAITFOR", "WHEN", "WHERE", "WHILE", "WITH", "WITHIN", "WRITETEXT");

    /** Words that are not reserved but start a statement that changes something (Service Broker, Synapse, errors). */
    private static final Set<String> OTHER_STATEMENTS = Set.of("THROW", "RECEIVE", "SEND", "CONVERSATION", "RENAME");

    /** Table hints that take or hold locks a writer must wait for. */
    private static final Set<String> LOCKING_HINTS = Set.of("UPDLOCK", "XLOCK", "TABLOCK", "TABLOCKX", "PAGLOCK",
            "HOLDLOCK", "SERIALIZABLE", "REPEATABLEREAD", "READCOMMITTEDLOCK");

    /** Functions that read files, other servers or the transaction log: refused even as {@code [names]}. */
    private static final Set<String> OUTSIDE_READS = Set.of("OPENROWSET", "OPENQUERY", "OPENDATASOURCE", "OPENXML",
            "OPENJSON", "FN_GET_AUDIT_FILE", "FN_XE_FILE_TARGET_READ_FILE", "FN_TRACE_GETTABLE", "FN_DBLOG",
            "FN_DUMP_DBLOG", "DM_OS_FILE_EXISTS");

    private static final Map<String, String> WHY = Map.of(
            "INTO", "SELECT … INTO writes a table; a report only reads",
            "BEGIN", "a report runs no transaction or block (BEGIN)",
            "WAITFOR", "a report does not wait (WAITFOR)",
            "WHILE", "a report runs no loop (WHILE)");

    /** Procedures are called by EXEC, which is refused; their names in a report are a sign of something else. */
    private static final Pattern PROCEDURE = Pattern.compile("(SP|XP)_\\w*");

    private SelectWords() {
    }

    /**
     * Refuses the first word a report has no use for.
     *
     * @throws InvalidInputException naming {@code field}, the word, its position and why
     */
    static void check(String field, List<TsqlText.Word> words) {
        for (int i = 0; i < words.size(); i++) {
            TsqlText.Word word = words.get(i);
            String upper = word.upper();
            if (OUTSIDE_READS.contains(upper)) {
                throw refused(field, word, "reads outside the database (files, other servers or the log)");
            }
            if (LOCKING_HINTS.contains(upper)) {
                throw refused(field, word, "takes locks that make writers wait; only NOLOCK or READUNCOMMITTED hints"
                        + " are allowed");
            }
            if (PROCEDURE.matcher(upper).matches()) {
                throw refused(field, word, "is a system procedure; a report calls no procedure");
            }
            if (word.quoted() || upper.startsWith("@") || upper.startsWith("#")) {
                continue;
            }
            if (RESERVED.contains(upper) && !SELECT_KEYWORDS.contains(upper) || OTHER_STATEMENTS.contains(upper)) {
                throw refused(field, word, WHY.getOrDefault(upper, "starts another statement or changes something;"
                        + " only one SELECT is allowed"));
            }
            if (upper.equals("NEXT") && i + 1 < words.size() && words.get(i + 1).upper().equals("VALUE")
                    && !words.get(i + 1).quoted()) {
                throw refused(field, word, "VALUE FOR advances a sequence, which is a write");
            }
        }
    }

    private static InvalidInputException refused(String field, TsqlText.Word word, String why) {
        return new InvalidInputException(field, "'" + word.written() + "' at position " + (word.position() + 1)
                + " is not allowed: " + why);
    }

}
