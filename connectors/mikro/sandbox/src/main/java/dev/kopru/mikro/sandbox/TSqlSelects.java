package dev.kopru.mikro.sandbox;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.expression.Alias;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.relational.ExistsExpression;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.SelectItem;
import net.sf.jsqlparser.util.deparser.SelectDeParser;

/**
 * The selects of a T-SQL query as H2 runs them. H2 has no lateral join, so a {@code CROSS/OUTER APPLY} of a subquery
 * that gives several rows becomes a join ({@link TSqlApplyJoins}), and one of a subquery that gives at most one row ({@code TOP 1}, or only aggregates) leaves the FROM clause and each of its columns the
 * query uses becomes that subquery, correlated, giving the one column (CROSS APPLY also keeps only the rows for which
 * it has a row); a subquery {@code FOR XML PATH('')} of one unnamed column becomes {@code LISTAGG} in its ORDER BY,
 * XML-escaped as SQL Server does unless read back with {@code , TYPE).value('.', 'NVARCHAR(MAX)')}. Other shapes of
 * these are refused in SQL Server's words. {@code INFORMATION_SCHEMA.COLUMNS/TABLES} go to the sandbox's catalogue.
 */
final class TSqlSelects extends SelectDeParser {

    private static final Pattern TYPED_XML_PATH = Pattern.compile("(?i)FOR\\s+XML\\s+PATH\\s*\\(\\s*''\\s*\\)\\s*,"
            + "\\s*TYPE\\s*\\)\\s*\\.\\s*value\\s*\\(\\s*'\\.'\\s*,\\s*'N?VARCHAR\\s*\\(\\s*MAX\\s*\\)'\\s*\\)");
    /** The PATH that stands for the typed form, which the parser cannot read. */
    private static final String TYPED = "kopru-typed";
    private static final Pattern AGGREGATE = Pattern.compile("(?i)\\b(SUM|COUNT|COUNT_BIG|MIN|MAX|AVG|STRING_AGG)\\s*\\(");

    /** {@code TOP 1 MONTH(x)}: H2 reads the number and the unit as one, so the function gets parentheses. */
    static final String TOP_THEN_DATE_PART = "\\bTOP\\s*(\\(\\s*\\d+\\s*\\)|\\d+)\\s+(YEAR|MONTH|DAY|HOUR|MINUTE|SECOND)\\s*\\(";
    private static final Set<String> DATE_PARTS = Set.of("YEAR", "MONTH", "DAY", "HOUR", "MINUTE", "SECOND");

    private final Applies applies = new Applies();

    TSqlSelects(TSql.Expressions expressions, StringBuilder out) {
        super(expressions, out);
    }

    Applies applies() {
        return applies;
    }

    /** {@code sql} with {@code FOR XML PATH(''), TYPE).value('.', 'NVARCHAR(MAX)')} written as a PATH of its own. */
    static String typedXmlPathAsMarked(String sql) {
        String code = SqlText.blankOut(sql);
        Matcher typed = TYPED_XML_PATH.matcher(sql);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (typed.find()) {
            if (code.regionMatches(true, typed.start(), "FOR", 0, 3)) {
                out.append(sql, last, typed.start()).append("FOR XML PATH('").append(TYPED).append("'))");
                last = typed.end();
            }
        }
        return out.append(sql, last, sql.length()).toString();
    }

    @Override
    public <S> StringBuilder visit(PlainSelect select, S context) {
        if (select.getForClause() != null) {
            aggregateXmlPath(select);
        }
        takeOutApplies(select);
        if (select.getTop() != null && select.getSelectItems().getFirst().getExpression() instanceof Function first
                && first.getName() != null && DATE_PARTS.contains(first.getName().toUpperCase(Locale.ROOT))) {
            SelectItem<Expression> wrapped = new SelectItem<>(new ParenthesedExpressionList<Expression>(first));
            wrapped.setAlias(select.getSelectItems().getFirst().getAlias());
            List<SelectItem<?>> items = new ArrayList<>(select.getSelectItems());
            items.set(0, wrapped);
            select.setSelectItems(items);
        }
        if (!applies.selects.isEmpty()) {
            applies.keepNames(select);
        }
        boolean inner = applies.selects.containsKey(select);
        if (inner) {
            applies.writing.add(select);
        }
        try {
            return super.visit(select, context);
        } finally {
            if (inner) {
                applies.writing.remove(select);
            }
        }
    }

    @Override
    public <S> StringBuilder visit(Table table, S context) {
        if ("INFORMATION_SCHEMA".equalsIgnoreCase(table.getSchemaName())
                && List.of("COLUMNS", "TABLES").contains(table.getName().toUpperCase(Locale.ROOT))) {
            Table catalogue = new Table("MIKRO_KATALOG", table.getName().toUpperCase(Locale.ROOT));
            catalogue.setAlias(table.getAlias());
            return super.visit(catalogue, context);
        }
        return super.visit(table, context);
    }

    private static void aggregateXmlPath(PlainSelect select) {
        String mode = select.getForClause().toString().replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        boolean typed = mode.equals("FORXMLPATH('" + TYPED.toUpperCase(Locale.ROOT) + "')");
        if (!typed && !mode.equals("FORXMLPATH('')")) {
            throw new TSql.Untranslatable("Incorrect syntax near 'XML'.");
        }
        SelectItem<?> item = select.getSelectItems().getFirst();
        String name = item.getAlias() == null ? null : unquote(item.getAlias().getName());
        if (select.getSelectItems().size() != 1 || select.getGroupBy() != null || select.getTop() != null
                || name != null && !name.equalsIgnoreCase("text()")) {
            throw new TSql.Untranslatable("Incorrect syntax near 'XML'.");
        }
        String value = item.getExpression().toString();
        if (!typed) {
            value = "REPLACE(REPLACE(REPLACE(" + value + ", '&', '&amp;'), '<', '&lt;'), '>', '&gt;')";
        }
        String order = select.getOrderByElements() == null ? "" : select.getOrderByElements().stream()
                .map(Object::toString).collect(Collectors.joining(", ", " WITHIN GROUP (ORDER BY ", ")"));
        try {
            Expression aggregate = CCJSqlParserUtil.parseExpression("LISTAGG(" + (select.getDistinct() == null ? ""
                    : "DISTINCT ") + value + ", '')" + order, false, parser -> parser.withSquareBracketQuotation(true));
            select.setSelectItems(List.of(new SelectItem<>(aggregate)));
        } catch (JSQLParserException e) {
            throw new TSql.Untranslatable("Incorrect syntax near 'XML'.");
        }
        select.setForClause(null);
        select.setOrderByElements(null);
        select.setDistinct(null);
    }

    private void takeOutApplies(PlainSelect select) {
        if (select.getJoins() == null || select.getJoins().stream().noneMatch(Join::isApply)) {
            return;
        }
        List<Join> kept = new ArrayList<>();
        Expression where = select.getWhere();
        for (Join join : select.getJoins()) {
            if (!join.isApply()) {
                kept.add(join);
                continue;
            }
            if (!(join.getFromItem() instanceof ParenthesedSelect applied) || applied.getAlias() == null
                    || !(applied.getSelect() instanceof PlainSelect inner)) {
                throw new TSql.Untranslatable("Incorrect syntax near 'APPLY'.");
            }
            if (!givesOneRow(inner)) {
                if (!TSqlApplyJoins.rewrite(join, applied, inner)) {
                    throw new TSql.Untranslatable("Incorrect syntax near 'APPLY'.");
                }
                kept.add(join);
                continue;
            }
            applies.add(applied.getAlias(), inner);
            if (!join.isOuter()) {
                ExistsExpression exists = new ExistsExpression().withRightExpression(new ParenthesedSelect()
                        .withSelect(inner));
                where = where == null ? exists : new AndExpression(new ParenthesedExpressionList<>(where), exists);
            }
        }
        select.setJoins(kept.isEmpty() ? null : kept);
        select.setWhere(where);
    }

    private static boolean givesOneRow(PlainSelect inner) {
        if (inner.getTop() != null) {
            return !inner.getTop().isPercentage() && !inner.getTop().isWithTies()
                    && "1".equals(inner.getTop().getExpression().toString());
        }
        return inner.getGroupBy() == null && inner.getSelectItems().stream()
                .allMatch(item -> AGGREGATE.matcher(item.getExpression().toString()).find());
    }

    private static String unquote(String name) {
        return name.replaceAll("^[\\[\"]|[]\"]$", "");
    }

    /** The subqueries taken out of FROM by alias, and which of them is being written (inside it, only its tables). */
    final class Applies {

        private final Map<String, PlainSelect> byAlias = new HashMap<>();
        private final Map<PlainSelect, List<String>> selects = new IdentityHashMap<>();
        private final Set<PlainSelect> writing = Collections.newSetFromMap(new IdentityHashMap<>());

        private void add(Alias alias, PlainSelect inner) {
            byAlias.put(unquote(alias.getName()).toLowerCase(Locale.ROOT), inner);
            List<String> names = new ArrayList<>();
            for (int i = 0; i < inner.getSelectItems().size(); i++) {
                SelectItem<?> item = inner.getSelectItems().get(i);
                names.add(alias.getAliasColumns() != null && i < alias.getAliasColumns().size()
                        ? unquote(alias.getAliasColumns().get(i).name)
                        : item.getAlias() != null ? unquote(item.getAlias().getName())
                        : item.getExpression() instanceof Column c ? unquote(c.getColumnName()) : "");
            }
            selects.put(inner, names);
        }

        /** Writes the subquery that gives {@code column} if it is a column of an APPLY; false if it is not. */
        <S> boolean writeInPlaceOf(Column column, S context) {
            PlainSelect inner = selectOf(column);
            if (inner == null) {
                return false;
            }
            List<SelectItem<?>> items = inner.getSelectItems();
            inner.setSelectItems(List.of(items.get(indexOf(inner, unquote(column.getColumnName())))));
            getBuilder().append('(');
            TSqlSelects.this.visit(inner, context);
            getBuilder().append(')');
            inner.setSelectItems(items);
            return true;
        }

        /** The APPLY subquery that gives {@code column}, or null for a column of a table. */
        private PlainSelect selectOf(Column column) {
            String name = unquote(column.getColumnName());
            if (column.getTable() != null && column.getTable().getName() != null) {
                PlainSelect inner = byAlias.get(unquote(column.getTable().getName()).toLowerCase(Locale.ROOT));
                if (inner == null || writing.contains(inner)) {
                    return null;
                }
                if (indexOf(inner, name) < 0) {
                    throw new TSql.Untranslatable("Invalid column name '" + name + "'.");
                }
                return inner;
            }
            // Inside a subquery a bare name is one of its own tables' columns.
            return writing.isEmpty() ? selects.keySet().stream().filter(inner -> indexOf(inner, name) >= 0)
                    .findFirst().orElse(null) : null;
        }

        /** Names a select item that is an APPLY's column as SQL Server does, by the column, not the subquery. */
        private void keepNames(PlainSelect select) {
            for (SelectItem<?> item : select.getSelectItems()) {
                if (item.getAlias() == null && item.getExpression() instanceof Column column
                        && selectOf(column) != null) {
                    item.setAlias(new Alias(unquote(column.getColumnName()), true));
                }
            }
        }

        private int indexOf(PlainSelect inner, String name) {
            List<String> names = selects.get(inner);
            for (int i = 0; i < names.size(); i++) {
                if (names.get(i).equalsIgnoreCase(name)) {
                    return i;
                }
            }
            return -1;
        }
    }
}
