package dev.kopru.dia.client;

import java.util.ArrayList;
import java.util.List;

/**
 * The paging and selection of a {@code _listele} call (dia.md §5.1): filters ANDed, sorts in order, the columns
 * wanted (none: all), {@code limit} rows from {@code offset}; DİA's {@code limit 0} means every row.
 */
public record DiaQuery(List<Filter> filters, List<Sort> sorts, List<String> selectedColumns, int limit, int offset) {

    /** {@code operator} one of {@code = ! < > <= >= IN} {@code NOT IN}; an empty operator means "contains". */
    public record Filter(String field, String operator, String value) {
    }

    public record Sort(String field, String sorttype) {
    }

    public DiaQuery {
        filters = List.copyOf(filters);
        sorts = List.copyOf(sorts);
        selectedColumns = List.copyOf(selectedColumns);
        if (limit < 0 || offset < 0) {
            throw new IllegalArgumentException("limit and offset must not be negative");
        }
    }

    /** {@code limit} rows from the start, in DİA's order. */
    public static DiaQuery first(int limit) {
        return new DiaQuery(List.of(), List.of(), List.of(), limit, 0);
    }

    public DiaQuery where(String field, String operator, String value) {
        List<Filter> more = new ArrayList<>(filters);
        more.add(new Filter(field, operator, value));
        return new DiaQuery(more, sorts, selectedColumns, limit, offset);
    }

    public DiaQuery orderBy(String field, boolean descending) {
        List<Sort> more = new ArrayList<>(sorts);
        more.add(new Sort(field, descending ? "DESC" : "ASC"));
        return new DiaQuery(filters, more, selectedColumns, limit, offset);
    }

    public DiaQuery columns(String... names) {
        return new DiaQuery(filters, sorts, List.of(names), limit, offset);
    }

    public DiaQuery from(int value) {
        return new DiaQuery(filters, sorts, selectedColumns, limit, value);
    }
}
