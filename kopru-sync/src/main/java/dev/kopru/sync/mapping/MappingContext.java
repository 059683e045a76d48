package dev.kopru.sync.mapping;

import dev.kopru.core.model.Party;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** What a mapping may ask of the pipeline's target while it maps a record. */
public interface MappingContext {

    /**
     * The target's code for this party: the party the target already holds with its tax id (VKN/TCKN), else the
     * party created in the target with the code {@code party.code()}, exactly once.
     *
     * @throws MappingException when the party cannot be found or written (the vendor's message is kept)
     */
    String partyCode(Party party);

    /**
     * The target's code for the party the source keys {@code sourceKey} (the customer an invoice or a payment names by
     * the source's own code): read from the source once, made the target's card by {@code asTarget}, then as
     * {@link #partyCode}; remembered for the pipeline.
     *
     * @throws MappingException when the source has no such party (or where the pipeline cannot read it), or as
     *         {@link #partyCode}
     */
    default String partyCodeOfSource(String sourceKey, UnaryOperator<Party> asTarget) {
        throw new MappingException("partyCode", "this pipeline does not read its source's parties");
    }

    /** The target's item code for a barcode, when the target finds one by barcode. */
    Optional<String> itemCodeByBarcode(String barcode);
}
