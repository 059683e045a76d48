package dev.kopru.sync.write;

import dev.kopru.core.input.InvalidInputException;
import dev.kopru.core.model.CanonicalRecord;

/** The vendor key of a canonical record, which the engine needs to link it. */
public final class RecordKeys {

    private RecordKeys() {
    }

    public static String keyOf(CanonicalRecord record) {
        String key = record.key();
        if (key == null || key.isBlank()) {
            throw new InvalidInputException(record.getClass().getSimpleName() + ".key",
                    "required to link the record, was empty");
        }
        return key;
    }
}
