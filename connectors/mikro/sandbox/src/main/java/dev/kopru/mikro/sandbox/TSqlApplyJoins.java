package dev.kopru.mikro.sandbox;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sf.jsqlparser.expression.Alias;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.ExpressionVisitorAdapter;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.relational.EqualsTo;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.select.FromItem;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.SelectItem;

/**
 * A CROSS/OUTER APPLY of a subquery that gives several rows and refers to the outer query only through equalities in
 * its WHERE ({@code h.cha_kod = c.cari_kod AND ...}) is the JOIN / LEFT JOIN it means: the equalities leave the
 * subquery, which gives their inner sides as extra columns ({@code kopru_apply_k<n>}), and become the join's
 * condition. H2 cannot correlate a derived table, so this is how such an APPLY runs.
 */
final class TSqlApplyJoins {

    private TSqlApplyJoins() {
    }

    /** Rewrites {@code join} into a JOIN; false, leaving everything as it was, if the subquery has another shape. */
    static boolean rewrite(Join join, ParenthesedSelect applied, PlainSelect inner) {
        Set<String> own = ownNames(inner);
        if (own == null || inner.getDistinct() != null || inner.getGroupBy() != null || inner.getHaving() != null
                || inner.getTop() != null || inner.getSelectItems().stream()
                .anyMatch(item -> outside(item.getExpression(), own) > 0)) {
            return false;
        }
        List<Expression> kept = new ArrayList<>();
        List<Expression[]> links = new ArrayList<>();
        for (Expression conjunct : conjuncts(inner.getWhere())) {
            if (outside(conjunct, own) == 0) {
                kept.add(conjunct);
            } else if (conjunct instanceof EqualsTo equals && only(equals.getRightExpression(), own)
                    && outside(equals.getLeftExpression(), own) == 0) {
                links.add(new Expression[] {equals.getLeftExpression(), equals.getRightExpression()});
            } else if (conjunct instanceof EqualsTo equals && only(equals.getLeftExpression(), own)
                    && outside(equals.getRightExpression(), own) == 0) {
                links.add(new Expression[] {equals.getRightExpression(), equals.getLeftExpression()});
            } else {
                return false;
            }
        }
        Expression on = new EqualsTo(new LongValue(1), new LongValue(1));
        List<SelectItem<?>> items = new ArrayList<>(inner.getSelectItems());
        for (int i = 0; i < links.size(); i++) {
            String key = "kopru_apply_k" + i;
            SelectItem<Expression> item = new SelectItem<>(links.get(i)[0]);
            item.setAlias(new Alias(key, true));
            items.add(item);
            EqualsTo link = new EqualsTo(new Column(new Table(applied.getAlias().getName()), key), links.get(i)[1]);
            on = i == 0 ? link : new AndExpression(on, link);
        }
        inner.setSelectItems(items);
        inner.setWhere(kept.stream().reduce(AndExpression::new).orElse(null));
        boolean outer = join.isOuter();
        join.setApply(false);
        join.setCross(false);
        join.setOuter(false);
        join.setLeft(outer);
        join.setInner(!outer);
        join.setOnExpressions(List.of(on));
        return true;
    }

    /** The names the subquery's own tables go by (lower case), or null if a FROM item is not a plain table. */
    private static Set<String> ownNames(PlainSelect inner) {
        List<FromItem> items = new ArrayList<>();
        items.add(inner.getFromItem());
        if (inner.getJoins() != null) {
            inner.getJoins().forEach(join -> items.add(join.getFromItem()));
        }
        Set<String> names = new HashSet<>();
        for (FromItem item : items) {
            if (item instanceof Table table) {
                names.add(name(table.getName()));
            }
            if (item == null || !(item instanceof Table) && item.getAlias() == null) {
                return null;
            }
            if (item.getAlias() != null) {
                names.add(name(item.getAlias().getName()));
            }
        }
        return names;
    }

    private static List<Expression> conjuncts(Expression where) {
        if (where == null) {
            return List.of();
        }
        if (where instanceof AndExpression and) {
            List<Expression> all = new ArrayList<>(conjuncts(and.getLeftExpression()));
            all.addAll(conjuncts(and.getRightExpression()));
            return all;
        }
        return List.of(where);
    }

    /** How many columns of {@code expression} are qualified by a name that is not one of {@code own}. */
    private static int outside(Expression expression, Set<String> own) {
        int[] count = {0};
        columns(expression, column -> {
            if (column.getTable() != null && column.getTable().getName() != null
                    && !own.contains(name(column.getTable().getName()))) {
                count[0]++;
            }
        });
        return count[0];
    }

    /** Whether every column of {@code expression} belongs to the outer query, and there is one. */
    private static boolean only(Expression expression, Set<String> own) {
        int[] all = {0};
        columns(expression, column -> all[0]++);
        return all[0] > 0 && outside(expression, own) == all[0];
    }

    private static void columns(Expression expression, java.util.function.Consumer<Column> each) {
        if (expression == null) {
            return;
        }
        expression.accept(new ExpressionVisitorAdapter<Void>() {
            @Override
            public <S> Void visit(Column column, S context) {
                each.accept(column);
                return null;
            }
        }, null);
    }

    private static String name(String quoted) {
        return quoted.replaceAll("^[\\[\"]|[]\"]$", "").toLowerCase(Locale.ROOT);
    }
}
