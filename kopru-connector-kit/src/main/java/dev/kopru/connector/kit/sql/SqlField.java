package dev.kopru.connector.kit.sql;

import dev.kopru.core.input.InvalidInputException;
import java.util.Objects;

/**
 * A field of a vendor operation whose value the vendor puts into SQL as it is: a whole query ({@code SqlVeriOkuV2}'s
 * {@code SQLSorgu}), the condition of a WHERE clause it builds around the value ({@code CariListesiV2}'s
 * {@code WhereStr}), or a list of column names it selects or sorts by ({@code FieldName}, {@code Sort}). An operation
 * catalogue lists these so that every path that sends the operation, raw ones included, passes its value through
 * {@link ReadOnlySql}.
 */
public record SqlField(String name, Shape shape) {

    /** What the vendor makes of the value. */
    public enum Shape { QUERY, CONDITION, COLUMNS }

    public SqlField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(shape, "shape");
    }

    /** A field holding a whole query. */
    public static SqlField query(String name) {
        return new SqlField(name, Shape.QUERY);
    }

    /** A field holding what follows WHERE. */
    public static SqlField condition(String name) {
        return new SqlField(name, Shape.CONDITION);
    }

    /** A field holding column names, comma-separated, each with an optional {@code -} (descending). */
    public static SqlField columns(String name) {
        return new SqlField(name, Shape.COLUMNS);
    }

    /**
     * The value as it is to be sent, once {@link ReadOnlySql} allows it.
     *
     * @throws InvalidInputException naming this field
     */
    public String require(String value) {
        return switch (shape) {
            case QUERY -> ReadOnlySql.query(name, value);
            case CONDITION -> ReadOnlySql.condition(name, value);
            case COLUMNS -> ReadOnlySql.columns(name, value);
        };
    }
}
