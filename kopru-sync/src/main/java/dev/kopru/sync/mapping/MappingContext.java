package dev.kopru.sync.mapping;

import dev.kopru.core.model.Party;
import java.util.Optional;

/** What a mapping may ask of the pipeline's target while it maps a record. */
public interface MappingContext {

    /**
     * The target's code for this party: the party the target already holds with its tax id (VKN/TCKN), else the
     * party created in the target with the code {@code party.code()}, exactly once.
     *
     * @throws MappingException when the party cannot be found or written (the vendor's message is kept)
     */
    String partyCode(Party party);

    /** The target's item code for a barcode, when the target finds one by barcode. */
    Optional<String> itemCodeByBarcode(String barcode);
}
