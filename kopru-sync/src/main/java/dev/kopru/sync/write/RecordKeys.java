package dev.kopru.sync.write;

import java.lang.reflect.RecordComponent;

/** The vendor key of a canonical record: every canonical record has a {@code key} component. */
public final class RecordKeys {

    private RecordKeys() {
    }

    public static String keyOf(Object record) {
        if (record instanceof Record r) {
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                if (c.getName().equals("key")) {
                    try {
                        Object key = c.getAccessor().invoke(r);
                        if (key == null || key.toString().isBlank()) {
                            throw new IllegalArgumentException(r.getClass().getSimpleName()
                                    + ".key: required to link the record, was empty");
                        }
                        return key.toString();
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException("cannot read " + c, e);
                    }
                }
            }
        }
        throw new IllegalArgumentException("record: " + record.getClass().getName() + " has no key component");
    }
}
