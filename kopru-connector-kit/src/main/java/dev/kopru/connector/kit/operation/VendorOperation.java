package dev.kopru.connector.kit.operation;

import dev.kopru.connector.kit.sql.SqlField;
import java.util.Set;

/**
 * One operation of a vendor's API, as the vendor names it. Vendors list theirs as an enum; the raw pass-through,
 * guards, metering tags and messages all come from this one description.
 */
public interface VendorOperation {

    /** The operation's name as the vendor spells it, used in every message, e.g. {@code CariKaydetV2}. */
    String methodName();

    /** Whether the operation changes data: a write is never repeated by a transport or a raw call. */
    boolean write();

    /**
     * The request fields the vendor runs as SQL (a whole query, or a WHERE condition): every send of the operation,
     * typed or raw, passes their values through the read-only SQL guard first.
     */
    default Set<SqlField> sqlFields() {
        return Set.of();
    }
}
