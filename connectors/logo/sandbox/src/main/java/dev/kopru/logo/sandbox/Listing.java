package dev.kopru.logo.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The list envelope of logo.md §4.1: {@code Meta}, {@code offset}, {@code count}, {@code totalCount} (only with
 * {@code withCount=true}), {@code limit}, the {@code first}/{@code next}/{@code previous} links (without {@code href}
 * where there is no such page; {@code offset} before {@code limit}, the request's other parameters after them, as
 * sent) and {@code items}, each with its own {@code Meta.href}.
 */
final class Listing {

    private static final Locale TURKISH = Locale.forLanguageTag("tr");

    /** A list request's parameters, read from the query string as the client sent it. */
    record Query(int offset, int limit, String q, List<String> fields, String sort, boolean expand, boolean withCount,
                 List<String> otherParams) {
    }

    /** A parameter this sandbox cannot read: answered with the Web API's 400 {@code Message}. */
    static final class BadQueryException extends Exception {
        BadQueryException(String message) {
            super(message, null, false, false);
        }
    }

    private Listing() {
    }

    /** Reads the parameters of {@code rawQuery} (the undecoded query string, may be null). */
    static Query query(String rawQuery, LogoSandboxOptions options) throws BadQueryException {
        int offset = 0;
        int limit = options.defaultLimit();
        String q = null;
        List<String> fields = List.of();
        String sort = null;
        boolean expand = false;
        boolean withCount = false;
        List<String> others = new ArrayList<>();
        for (String pair : rawQuery == null || rawQuery.isEmpty() ? new String[0] : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String name = (eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            switch (name) {
                case "offset" -> offset = whole("offset", value);
                case "limit" -> limit = Math.min(whole("limit", value), options.maxLimit());
                default -> {
                    others.add(pair);
                    switch (name) {
                        case "q" -> q = value;
                        case "fields" -> fields = Arrays.stream(value.split(",")).map(String::trim)
                                .filter(f -> !f.isEmpty()).toList();
                        case "sort" -> sort = value;
                        case "expandlevel" -> expand = value.trim().equalsIgnoreCase("full");
                        case "withcount" -> withCount = value.trim().equalsIgnoreCase("true");
                        default -> { }
                    }
                }
            }
        }
        if (limit < 1) {
            throw new BadQueryException("The limit must be greater than zero.");
        }
        return new Query(offset, limit, q, fields, sort, expand, withCount, others);
    }

    /** The envelope of one page of {@code records} at {@code collectionHref} ({@code http://h:p/api/v1/items}). */
    static ObjectNode page(String collectionHref, List<ObjectNode> records, Query query) throws BadQueryException {
        return page(collectionHref, records, query,
                record -> record(collectionHref, record, query.fields(), query.expand()));
    }

    /** The envelope of one page of SQL rows ({@code queries}): rows as they are, without {@code Meta}. */
    static ObjectNode rows(String collectionHref, List<ObjectNode> rows, Query query) throws BadQueryException {
        return page(collectionHref, rows, query, row -> row);
    }

    private static ObjectNode page(String collectionHref, List<ObjectNode> records, Query query,
                                   java.util.function.UnaryOperator<ObjectNode> shown) throws BadQueryException {
        Predicate<ObjectNode> filter;
        try {
            filter = Filter.parse(query.q());
        } catch (Filter.BadFilterException e) {
            throw new BadQueryException("The query is invalid: " + e.getMessage());
        }
        List<ObjectNode> selected = records.stream().filter(filter).sorted(order(query.sort())).toList();
        int total = selected.size();
        int from = Math.min(query.offset(), total);
        List<ObjectNode> page = selected.subList(from, Math.min(total, from + query.limit()));
        ObjectNode envelope = Wire.object();
        envelope.set("Meta", Wire.link(href(collectionHref, query.offset(), query)));
        envelope.put("offset", query.offset());
        envelope.put("count", page.size());
        if (query.withCount()) {
            envelope.put("totalCount", total);
        }
        envelope.put("limit", query.limit());
        envelope.set("first", Wire.link(href(collectionHref, 0, query)));
        envelope.set("next", Wire.link(from + page.size() < total
                ? href(collectionHref, query.offset() + query.limit(), query) : null));
        envelope.set("previous", Wire.link(query.offset() > 0
                ? hrefWithOffset(collectionHref, Math.max(0, query.offset() - query.limit()), query) : null));
        ArrayNode items = envelope.putArray("items");
        for (ObjectNode record : page) {
            items.add(shown.apply(record));
        }
        return envelope;
    }

    /**
     * One record as a list or a GET shows it: its {@code Meta} first; only {@code fields} (and the reference) when
     * given; collections with their items when {@code expand}, else only their {@code Meta}.
     */
    static ObjectNode record(String collectionHref, ObjectNode record, List<String> fields, boolean expand) {
        String href = collectionHref + "/" + record.path("INTERNAL_REFERENCE").asText();
        ObjectNode shown = Wire.object();
        shown.set("Meta", Wire.link(href));
        Set<String> wanted = fields.stream().map(f -> f.toUpperCase(Locale.ROOT))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        record.properties().forEach(e -> {
            String name = e.getKey();
            if (!wanted.isEmpty() && !name.equals("INTERNAL_REFERENCE") && !wanted.contains(name)) {
                return;
            }
            JsonNode value = e.getValue();
            if (value.isObject() && value.has("items")) {
                ObjectNode collection = Wire.object();
                collection.set("Meta", Wire.link(href + "/" + name));
                if (expand) {
                    collection.set("items", value.get("items").deepCopy());
                }
                shown.set(name, collection);
            } else {
                shown.set(name, value.deepCopy());
            }
        });
        return shown;
    }

    /** The seed's link form: {@code ?limit=N} at offset 0, {@code ?offset=X&limit=N} after it. */
    private static String href(String base, int offset, Query query) {
        return offset > 0 ? hrefWithOffset(base, offset, query) : base + "?limit=" + query.limit() + rest(query);
    }

    /** G3's {@code previous}: the offset always written, even 0. */
    private static String hrefWithOffset(String base, int offset, Query query) {
        return base + "?offset=" + offset + "&limit=" + query.limit() + rest(query);
    }

    private static String rest(Query query) {
        return query.otherParams().stream().map(p -> "&" + p).collect(Collectors.joining());
    }

    private static Comparator<ObjectNode> order(String sort) {
        Comparator<ObjectNode> order = Comparator.comparingInt(r -> 0);
        if (sort != null) {
            for (String part : sort.split(",")) {
                String[] words = part.trim().split("\\s+");
                if (words[0].isEmpty()) {
                    continue;
                }
                Comparator<ObjectNode> byField = (a, b) -> compare(a.get(words[0]), b.get(words[0]));
                order = order.thenComparing(words.length > 1 && words[1].equalsIgnoreCase("desc")
                        ? byField.reversed() : byField);
            }
        }
        return order.thenComparingInt(r -> r.path("INTERNAL_REFERENCE").asInt());
    }

    private static int compare(JsonNode a, JsonNode b) {
        boolean aMissing = a == null || a.isNull();
        boolean bMissing = b == null || b.isNull();
        if (aMissing || bMissing) {
            return Boolean.compare(!aMissing, !bMissing);
        }
        BigDecimal x = a.isNumber() ? a.decimalValue() : null;
        BigDecimal y = b.isNumber() ? b.decimalValue() : null;
        if (x != null && y != null) {
            return x.compareTo(y);
        }
        return a.asText().toUpperCase(TURKISH).compareTo(b.asText().toUpperCase(TURKISH));
    }

    private static int whole(String name, String value) throws BadQueryException {
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed < 0) {
                throw new NumberFormatException();
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new BadQueryException("The value '" + value + "' is not valid for " + name + ".");
        }
    }

    private static String decode(String value) {
        return java.net.URLDecoder.decode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
