package dev.kopru.mikro.mapping;

import dev.kopru.mikro.client.EvrakAciklamasi;
import java.util.List;

/** A document's free-text note as Mikro's {@code evrak_aciklamalari}. */
final class DocumentNotes {

    private DocumentNotes() {
    }

    /** No list at all for a blank note, so that the request carries no empty note block. */
    static List<EvrakAciklamasi> of(String note) {
        return note == null || note.isBlank() ? null : List.of(new EvrakAciklamasi(note));
    }
}
