package dev.kopru.logo.mapping;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kopru.core.model.DispatchNote;

/**
 * Dispatch note ↔ Logo's sales and purchase dispatches ({@code salesDispatches}, {@code purchaseDispatches} with
 * {@code TRANSACTIONS} lines). logo.md names the data objects but not their fields: they are taken to share the
 * invoice's header and lines (§6.3) [inference], and their types are {@link SlipKind#DISPATCHES}. Natural key =
 * {@code NUMBER}.
 */
public final class DispatchMapping {

    private DispatchMapping() {
    }

    /** The dispatch note of {@code slip}; its key is the slip's {@code INTERNAL_REFERENCE} as the caller keys it. */
    public static DispatchNote toDispatchNote(ObjectNode slip) {
        return new DispatchNote(slip.path("INTERNAL_REFERENCE").asText(), LogoValues.text(slip.get("NUMBER")), null,
                SlipKind.DISPATCHES.direction(slip), LogoValues.date(slip.get("DATE")),
                LogoValues.text(slip.get("ARP_CODE")), "TRY", TradeLines.read(slip), TradeLines.stated(slip),
                LogoValues.text(slip.get("NOTES1")), LogoValues.changedAt(slip));
    }

    /** The dispatch record of {@code note}, for {@link SlipKind#resource} of its direction. */
    public static ObjectNode toSlip(String operation, DispatchNote note) {
        return TradeLines.slip(operation, SlipKind.DISPATCHES.type(note.direction()), note, note.number(),
                note.date(), note.partyCode(), note.note());
    }
}
