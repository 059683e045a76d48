package dev.kopru.mikro;

import dev.kopru.connector.kit.cursor.CursorCodec;
import dev.kopru.core.connector.Cursor;
import dev.kopru.core.connector.ReadRequest;
import dev.kopru.mikro.mapping.DocumentKey;
import java.util.List;

/**
 * The page token of reads that go through SQL (documents, movements, balances): the sort key of the last row
 * delivered, so the next query asks for rows after it ({@code WHERE key > last}) instead of an offset that shifts
 * when rows are added. No values means "from the first row".
 */
record KeysetCursor(List<String> values) {

    private static final CursorCodec<KeysetCursor> CODEC = CursorCodec.of("mikro.keyset.1", KeysetCursor.class);

    KeysetCursor {
        values = List.copyOf(values);
    }

    static KeysetCursor start() {
        return new KeysetCursor(List.of());
    }

    static KeysetCursor of(DocumentKey key) {
        return new KeysetCursor(List.of(key.seri(), Integer.toString(key.sira())));
    }

    Cursor encode() {
        return CODEC.encode(this);
    }

    /** The request's position; a token this connector did not issue for this entity is refused naming {@code cursor}. */
    static KeysetCursor from(ReadRequest request, String operation, int expectedValues) {
        KeysetCursor position = CODEC.decode(request, operation).orElseGet(KeysetCursor::start);
        if (!position.atStart() && position.values().size() != expectedValues) {
            throw CursorCodec.refused(operation, "it is not a page token of this connector for this entity");
        }
        return position;
    }

    boolean atStart() {
        return values.isEmpty();
    }

    /** The document key this token holds (expects two values). */
    DocumentKey documentKey(String operation) {
        if (atStart()) {
            return null;
        }
        try {
            return new DocumentKey(values.get(0), Integer.parseInt(values.get(1)));
        } catch (IllegalArgumentException e) {
            throw CursorCodec.refused(operation, "its document number is not valid");
        }
    }
}
