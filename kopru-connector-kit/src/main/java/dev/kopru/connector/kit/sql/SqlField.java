package dev.kopru.connector.kit.sql;

import dev.kopru.core.input.InvalidInputException;
import java.util.Objects;

/**
 * A field of a vendor operation whose value the vendor runs as SQL: a whole query ({@code SqlVeriOkuV2}'s
 * {@code SQLSorgu}) or the condition of a WHERE clause it builds around the value ({@code CariListesiV2}'s
 * {@code WhereStr}). An operation catalogue lists these so that every path that sends the operation, raw ones
 * included, passes its value through {@link ReadOnlySql}.
 */
public record SqlField(String name, boolean condition) {

    public SqlField {
        Objects.requireNonNull(name, "name");
    }

    /** A field holding a whole query. */
    public static SqlField query(String name) {
        return new SqlField(name, false);
    }

    /** A field holding what follows WHERE. */
    public static SqlField condition(String name) {
        return new SqlField(name, true);
    }

    /**
     * The value as it is to be sent, once {@link ReadOnlySql} allows it.
     *
     * @throws InvalidInputException naming this field
     */
    public String require(String value) {
        return condition ? ReadOnlySql.condition(name, value) : ReadOnlySql.query(name, value);
    }
}
