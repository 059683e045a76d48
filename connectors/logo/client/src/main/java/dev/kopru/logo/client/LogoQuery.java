package dev.kopru.logo.client;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The query options of a Logo list or read (logo.md §4.1): {@code q} (the filter grammar, e.g. {@code CODE eq
 * '120.01'}), {@code fields}, {@code sort} ({@code TITLE desc,CODE}), {@code offset}, {@code limit} (null: the
 * client's page size), {@code expandLevel} ({@code full} or {@code none}), {@code expand} and {@code withCount}.
 */
public record LogoQuery(String q, List<String> fields, String sort, Integer offset, Integer limit,
                        String expandLevel, String expand, boolean withCount) {

    public LogoQuery {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    /** No options: every record, the client's page size, collections as the service shows them. */
    public static LogoQuery all() {
        return new LogoQuery(null, List.of(), null, null, null, null, null, false);
    }

    /** Records matching {@code q}. */
    public static LogoQuery where(String q) {
        return all().withQ(q);
    }

    /** A text literal of the {@code q} grammar: in single quotes, a quote inside doubled. */
    public static String text(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    public LogoQuery withQ(String value) {
        return new LogoQuery(value, fields, sort, offset, limit, expandLevel, expand, withCount);
    }

    public LogoQuery withFields(List<String> value) {
        return new LogoQuery(q, value, sort, offset, limit, expandLevel, expand, withCount);
    }

    public LogoQuery withSort(String value) {
        return new LogoQuery(q, fields, value, offset, limit, expandLevel, expand, withCount);
    }

    public LogoQuery withOffset(Integer value) {
        return new LogoQuery(q, fields, sort, value, limit, expandLevel, expand, withCount);
    }

    public LogoQuery withLimit(Integer value) {
        return new LogoQuery(q, fields, sort, offset, value, expandLevel, expand, withCount);
    }

    /** {@code expandLevel=full}: nested collections (TRANSACTIONS, UNITS) with their items in list results. */
    public LogoQuery expanded() {
        return new LogoQuery(q, fields, sort, offset, limit, "full", expand, withCount);
    }

    public LogoQuery withExpand(String value) {
        return new LogoQuery(q, fields, sort, offset, limit, expandLevel, value, withCount);
    }

    public LogoQuery withCount(boolean value) {
        return new LogoQuery(q, fields, sort, offset, limit, expandLevel, expand, value);
    }

    /** The query parameters, {@code offset} before {@code limit} as the service writes its own links. */
    Map<String, String> parameters(int defaultLimit) {
        Map<String, String> params = new LinkedHashMap<>();
        if (offset != null && offset > 0) {
            params.put("offset", offset.toString());
        }
        params.put("limit", Integer.toString(limit == null ? defaultLimit : limit));
        put(params, "q", q);
        put(params, "fields", fields.isEmpty() ? null : String.join(",", fields));
        put(params, "sort", sort);
        put(params, "expandLevel", expandLevel);
        put(params, "expand", expand);
        if (withCount) {
            params.put("withCount", "true");
        }
        return params;
    }

    private static void put(Map<String, String> params, String name, String value) {
        if (value != null && !value.isBlank()) {
            params.put(name, value);
        }
    }
}
