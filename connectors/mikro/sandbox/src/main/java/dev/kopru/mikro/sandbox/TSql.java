package dev.kopru.mikro.sandbox;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.regex.Pattern;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.expression.CastExpression;
import net.sf.jsqlparser.expression.CollateExpression;
import net.sf.jsqlparser.expression.DoubleValue;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.SignedExpression;
import net.sf.jsqlparser.expression.TranscodingFunction;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.create.table.ColDataType;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.SelectItem;
import net.sf.jsqlparser.util.deparser.ExpressionDeParser;
import net.sf.jsqlparser.util.deparser.StatementDeParser;

/**
 * Rewrites the T-SQL that real Mikro reports use (mikro.md §12.6) into what the embedded H2 runs, with the same
 * parser as the kit's SQL guard: {@code COLLATE Turkish_CI_AI} is dropped (H2 compares ignoring case already),
 * {@code DATEPART}/{@code DATENAME}, the 3-argument {@code CONVERT}, {@code FORMAT}, {@code IIF}, {@code STUFF} and
 * {@code EOMONTH} become {@link TSqlFunctions}, {@code INFORMATION_SCHEMA.COLUMNS/TABLES} become views that list
 * each table once, in schema {@code dbo}, with SQL Server's type names; {@code CROSS/OUTER APPLY} of a one-row
 * subquery and {@code FOR XML PATH('')} string aggregation are rewritten by {@link TSqlSelects}. H2 speaks TOP (expression), NOLOCK hints,
 * ISNULL, DATEADD, DATEDIFF, GETDATE, LEN, CHARINDEX and STRING_AGG itself. A query without any of these is
 * passed on untouched, and so is one the parser cannot read (H2 then answers it, in SQL Server's words).
 */
final class TSql {

    private static final Pattern NEEDS_TRANSLATION = Pattern.compile(
            "(?i)\\b(COLLATE|DATEPART|DATENAME|CONVERT|FORMAT|IIF|STUFF|EOMONTH|INFORMATION_SCHEMA|APPLY|XML)\\b"
                    + "|" + TSqlSelects.TOP_THEN_DATE_PART);
    private static final Pattern DECIMAL_TYPED = Pattern.compile(
            "(?i)\\b(DECIMAL|NUMERIC|MONEY|SMALLMONEY)\\b|\\d\\.\\d");
    private static final long PARSE_MILLIS = 2_000;

    private TSql() {
    }

    /** {@code sql} as H2 runs it; {@link Untranslatable} for a shape of a construct the sandbox cannot run. */
    static String toH2(String sql) {
        if (!NEEDS_TRANSLATION.matcher(SqlText.blankOut(sql)).find()) {
            return sql;
        }
        Statement statement;
        try {
            statement = CCJSqlParserUtil.parse(TSqlSelects.typedXmlPathAsMarked(sql),
                    parser -> parser.withSquareBracketQuotation(true).withTimeOut(PARSE_MILLIS));
        } catch (JSQLParserException e) {
            return sql;
        }
        StringBuilder out = new StringBuilder();
        Expressions expressions = new Expressions();
        TSqlSelects selects = new TSqlSelects(expressions, out);
        expressions.setSelectVisitor(selects);
        expressions.setBuilder(out);
        expressions.applies = selects.applies();
        try {
            statement.accept(new StatementDeParser(expressions, selects, out));
        } catch (Untranslatable e) {
            throw e;
        } catch (RuntimeException e) {
            // a shape the translation does not know: H2 answers the query as written, in SQL Server's words
            return sql;
        }
        return out.toString();
    }

    /**
     * The labels (lower case) of the top-level columns that SQL Server types {@code decimal}: a decimal literal or a
     * CAST/CONVERT to decimal, numeric or money, named with AS. Mikro's own amounts are floats.
     */
    static Set<String> decimalTyped(String sql) {
        if (!DECIMAL_TYPED.matcher(SqlText.blankOut(sql)).find()) {
            return Set.of();
        }
        try {
            if (!(CCJSqlParserUtil.parse(sql, parser -> parser.withSquareBracketQuotation(true)
                    .withTimeOut(PARSE_MILLIS)) instanceof PlainSelect select)) {
                return Set.of();
            }
            Set<String> labels = new HashSet<>();
            for (SelectItem<?> item : select.getSelectItems()) {
                if (item.getAlias() != null && isDecimal(item.getExpression())) {
                    labels.add(item.getAlias().getName().replaceAll("^[\\[\"']|[]\"']$", "").toLowerCase(Locale.ROOT));
                }
            }
            return labels;
        } catch (JSQLParserException e) {
            return Set.of();
        }
    }

    private static boolean isDecimal(Expression expression) {
        return switch (expression) {
            case DoubleValue literal -> true;
            case SignedExpression signed -> isDecimal(signed.getExpression());
            case CastExpression cast -> isDecimal(cast.getColDataType());
            case TranscodingFunction convert -> convert.getTranscodingName() == null
                    && isDecimal(convert.getColDataType());
            default -> false;
        };
    }

    private static boolean isDecimal(ColDataType type) {
        return type != null && type.getDataType().toUpperCase(Locale.ROOT).matches("(DECIMAL|NUMERIC|MONEY|SMALLMONEY)\\b.*");
    }

    /** The views that stand for SQL Server's catalogue, created with the schema. */
    static List<String> catalogueViews() {
        String type = "CASE c.DATA_TYPE WHEN 'CHARACTER VARYING' THEN 'nvarchar' WHEN 'CHARACTER' THEN 'nchar'"
                + " WHEN 'INTEGER' THEN 'int' WHEN 'SMALLINT' THEN 'smallint' WHEN 'TINYINT' THEN 'tinyint'"
                + " WHEN 'BIGINT' THEN 'bigint' WHEN 'BOOLEAN' THEN 'bit' WHEN 'NUMERIC' THEN 'float'"
                + " WHEN 'DECIMAL' THEN 'float' WHEN 'DOUBLE PRECISION' THEN 'float' WHEN 'TIMESTAMP' THEN 'datetime'"
                + " WHEN 'DATE' THEN 'date' WHEN 'UUID' THEN 'uniqueidentifier' ELSE LOWER(c.DATA_TYPE) END";
        return List.of("CREATE SCHEMA MIKRO_KATALOG",
                "CREATE VIEW MIKRO_KATALOG.COLUMNS AS SELECT 'MikroDB' AS TABLE_CATALOG, 'dbo' AS TABLE_SCHEMA,"
                        + " c.TABLE_NAME, c.COLUMN_NAME, c.ORDINAL_POSITION, c.COLUMN_DEFAULT, c.IS_NULLABLE, " + type
                        + " AS DATA_TYPE, CASE WHEN c.DATA_TYPE LIKE 'CHARACTER%' THEN c.CHARACTER_MAXIMUM_LENGTH END"
                        + " AS CHARACTER_MAXIMUM_LENGTH, c.NUMERIC_PRECISION, c.NUMERIC_SCALE"
                        + " FROM INFORMATION_SCHEMA.COLUMNS c WHERE c.TABLE_SCHEMA = 'PUBLIC'",
                "CREATE VIEW MIKRO_KATALOG.TABLES AS SELECT 'MikroDB' AS TABLE_CATALOG, 'dbo' AS TABLE_SCHEMA,"
                        + " t.TABLE_NAME, CASE t.TABLE_TYPE WHEN 'VIEW' THEN 'VIEW' ELSE 'BASE TABLE' END AS TABLE_TYPE"
                        + " FROM INFORMATION_SCHEMA.TABLES t WHERE t.TABLE_SCHEMA = 'PUBLIC'");
    }

    /** A query H2 cannot be made to run, with what SQL Server would answer in its place. */
    static final class Untranslatable extends RuntimeException {

        Untranslatable(String sqlServerMessage) {
            super(sqlServerMessage);
        }
    }

    /** Writes the T-SQL functions as H2 runs them, and a column of an APPLY as its correlated subquery. */
    static final class Expressions extends ExpressionDeParser {

        private TSqlSelects.Applies applies;

        @Override
        public <S> StringBuilder visit(Column column, S context) {
            if (applies != null && applies.writeInPlaceOf(column, context)) {
                return builder;
            }
            return super.visit(column, context);
        }

        @Override
        public <S> StringBuilder visit(CollateExpression collate, S context) {
            return collate.getLeftExpression().accept(this, context);
        }

        @Override
        public <S> StringBuilder visit(Function function, S context) {
            String name = function.getName() == null ? "" : function.getName().toUpperCase(Locale.ROOT);
            List<Expression> args = function.getParameters() == null ? List.of()
                    : function.getParameters().getExpressions().stream().map(e -> (Expression) e).toList();
            switch (name) {
                case "DATEPART", "DATENAME" -> {
                    if (args.size() == 2) {
                        builder.append("MIKRO_").append(name).append("('").append(args.get(0).toString()
                                .replace("'", "")).append("', ");
                        args.get(1).accept(this, context);
                        return builder.append(')');
                    }
                }
                case "FORMAT" -> {
                    return call("MIKRO_FORMAT", args.size() == 2 ? List.of(args.get(0), args.get(1)) : args,
                            args.size() == 2, context);
                }
                case "IIF" -> {
                    if (args.size() == 3) {
                        builder.append("CASE WHEN ");
                        args.get(0).accept(this, context);
                        builder.append(" THEN ");
                        args.get(1).accept(this, context);
                        builder.append(" ELSE ");
                        args.get(2).accept(this, context);
                        return builder.append(" END");
                    }
                }
                case "STUFF", "EOMONTH" -> {
                    return call("MIKRO_" + name, args, false, context);
                }
                default -> {
                    // every other function as written
                }
            }
            return super.visit(function, context);
        }

        /** CONVERT(type, value, style): a date written or read in one of SQL Server's styles. */
        @Override
        public <S> StringBuilder visit(TranscodingFunction convert, S context) {
            ColDataType type = convert.getColDataType();
            String style = convert.getTranscodingName();
            if (type == null || style == null || !style.matches("\\d{1,3}")) {
                return super.visit(convert, context);
            }
            String typeName = type.getDataType().toUpperCase(Locale.ROOT);
            if (typeName.contains("DATE")) {
                builder.append("MIKRO_CONVERT_DATE(");
                convert.getExpression().accept(this, context);
                return builder.append(", ").append(style).append(')');
            }
            List<String> length = type.getArgumentsStringList();
            builder.append("MIKRO_CONVERT_TEXT(");
            convert.getExpression().accept(this, context);
            return builder.append(", ").append(style).append(", ")
                    .append(length == null || length.isEmpty() || !length.get(0).matches("\\d+") ? "NULL"
                            : length.get(0)).append(')');
        }

        private <S> StringBuilder call(String name, List<Expression> args, boolean nullLast, S context) {
            builder.append(name).append('(');
            for (int i = 0; i < args.size(); i++) {
                if (i > 0) {
                    builder.append(", ");
                }
                args.get(i).accept(this, context);
            }
            if (nullLast) {
                builder.append(", NULL");
            }
            return builder.append(')');
        }
    }
}
