package dev.kopru.dia.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kopru.testkit.sandbox.SandboxJson;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * {@code _listele} (dia.md §5.1): screen rows (scalars, links as keys plus the linked codes the screen shows),
 * {@code filters} ANDed (no operator = contains), {@code sorts}, {@code params.selectedcolumns}, {@code limit}
 * ({@code 0} = all) and {@code offset}. Empty strings stand for absent filters, sorts and params.
 */
final class Listing {

    private static final Locale TR = Locale.forLanguageTag("tr");
    private static final Set<String> STANDARD = Set.of("_key", "_level1", "_level2", "_cdate", "_date", "_owner",
            "_user");

    /**
     * Fields dia.md §7.1 names that no row may carry yet (a firm of companies only has no {@code tckimlikno}): a
     * filter on them finds nothing, as DİA's own table has the column.
     */
    private static final Map<String, Set<String>> DOCUMENTED = Map.of("scf_carikart",
            Set.of("verginumarasi", "tckimlikno"));

    private final Store store;

    Listing(Store store) {
        this.store = store;
    }

    ArrayNode list(Model model, ObjectNode params) {
        return select(store.all(model.name()).stream().map(r -> row(model, r)).toList(), params,
                DOCUMENTED.getOrDefault(model.name(), Set.of()));
    }

    /** {@code rows} filtered, sorted, cut to the columns and the page {@code params} ask for. */
    ArrayNode select(List<ObjectNode> rows, ObjectNode params) {
        return select(rows, params, Set.of());
    }

    private ArrayNode select(List<ObjectNode> rows, ObjectNode params, Set<String> documented) {
        Predicate<ObjectNode> filter = filters(params.get("filters"), known(rows, documented));
        List<ObjectNode> selected = new ArrayList<>(rows.stream().filter(filter).toList());
        JsonNode sorts = params.get("sorts");
        if (sorts != null && sorts.isArray()) {
            Comparator<ObjectNode> order = null;
            for (JsonNode sort : sorts) {
                String field = Values.text(sort.get("field"));
                if (field == null) {
                    continue;
                }
                Comparator<ObjectNode> by = (a, b) -> compare(Values.text(a.get(field)), Values.text(b.get(field)));
                if ("DESC".equalsIgnoreCase(Values.text(sort.get("sorttype")))) {
                    by = by.reversed();
                }
                order = order == null ? by : order.thenComparing(by);
            }
            if (order != null) {
                selected.sort(order);
            }
        }
        long offset = orZero(Values.whole(params.get("offset")));
        long limit = orZero(Values.whole(params.get("limit")));
        List<String> columns = columns(params.get("params"));
        ArrayNode result = SandboxJson.array();
        selected.stream().skip(Math.max(0, offset)).limit(limit <= 0 ? Long.MAX_VALUE : limit)
                .forEach(row -> result.add(columns == null ? row : only(row, columns)));
        return result;
    }

    private ObjectNode row(Model model, ObjectNode record) {
        ObjectNode row = SandboxJson.object();
        for (Map.Entry<String, JsonNode> field : record.properties()) {
            if (!field.getValue().isContainerNode()) {
                row.set(field.getKey(), field.getValue());
            }
        }
        model.listLinks().forEach((link, shown) -> {
            Long key = Values.whole(record.get(link));
            ObjectNode linked = key == null ? null : store.get(Model.linked(link), key);
            if (linked != null) {
                shown.forEach((from, to) -> row.set(to, linked.get(from)));
            }
        });
        return row;
    }

    private static Set<String> known(List<ObjectNode> rows, Set<String> documented) {
        Set<String> fields = new HashSet<>(STANDARD);
        rows.forEach(r -> r.fieldNames().forEachRemaining(fields::add));
        if (fields.size() > STANDARD.size()) {
            fields.addAll(documented);
        }
        return fields;
    }

    private static Predicate<ObjectNode> filters(JsonNode filters, Set<String> known) {
        Predicate<ObjectNode> all = row -> true;
        if (filters == null || !filters.isArray()) {
            return all;
        }
        for (JsonNode filter : filters) {
            String field = Values.text(filter.get("field"));
            if (field == null) {
                continue;
            }
            if (known.size() > STANDARD.size() && !known.contains(field)) {
                // undocumented: dia.md §5.1 suggests a 400 [inference]
                throw DiaError.invalid("Geçersiz filtre alanı: " + field);
            }
            String operator = Values.text(filter.get("operator"));
            String value = Values.text(filter.get("value"));
            all = all.and(row -> matches(Values.text(row.get(field)), operator == null ? "" : operator.trim(),
                    value == null ? "" : value));
        }
        return all;
    }

    private static boolean matches(String actual, String operator, String value) {
        String text = actual == null ? "" : actual;
        return switch (operator.toUpperCase(Locale.ROOT)) {
            case "" -> text.toUpperCase(TR).contains(value.toUpperCase(TR));
            case "!" -> !text.toUpperCase(TR).contains(value.toUpperCase(TR));
            case "=" -> text.equals(value);
            case "<" -> compare(text, value) < 0;
            case ">" -> compare(text, value) > 0;
            case "<=" -> compare(text, value) <= 0;
            case ">=" -> compare(text, value) >= 0;
            case "IN" -> Arrays.stream(value.split(",")).map(String::trim).anyMatch(text::equals);
            case "NOT IN" -> Arrays.stream(value.split(",")).map(String::trim).noneMatch(text::equals);
            default -> throw DiaError.invalid("Geçersiz filtre operatörü: " + operator);
        };
    }

    /** Numbers by value, everything else (dates included, as they are ISO) as text; absent first. */
    static int compare(String a, String b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        try {
            return new BigDecimal(a).compareTo(new BigDecimal(b));
        } catch (NumberFormatException notNumbers) {
            return a.compareTo(b);
        }
    }

    private static List<String> columns(JsonNode params) {
        JsonNode selected = params == null ? null : params.get("selectedcolumns");
        if (selected == null || !selected.isArray() || selected.isEmpty()) {
            return null;
        }
        List<String> columns = new ArrayList<>();
        selected.forEach(c -> columns.add(c.asText()));
        return columns;
    }

    private static ObjectNode only(ObjectNode row, List<String> columns) {
        ObjectNode picked = SandboxJson.object();
        picked.set("_key", row.get("_key"));
        columns.forEach(c -> {
            if (row.has(c)) {
                picked.set(c, row.get(c));
            }
        });
        return picked;
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}
