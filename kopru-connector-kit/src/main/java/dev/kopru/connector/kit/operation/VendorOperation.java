package dev.kopru.connector.kit.operation;

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

    /** Top-level body fields that carry a whole SQL statement, e.g. Mikro's {@code SQLSorgu}; guarded as reads. */
    default Set<String> sqlFields() {
        return Set.of();
    }

    /** Top-level body fields that carry a SQL condition (a WHERE fragment), e.g. Mikro's {@code WhereStr}. */
    default Set<String> sqlConditionFields() {
        return Set.of();
    }
}
