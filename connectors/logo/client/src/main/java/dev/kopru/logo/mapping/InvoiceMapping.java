package dev.kopru.logo.mapping;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kopru.core.model.Invoice;
import dev.kopru.core.money.DocumentTotals;

/**
 * Invoice ↔ Logo's sales and purchase invoices ({@code salesInvoices}, {@code purchaseInvoices} with
 * {@code TRANSACTIONS} lines, logo.md §6.3). Natural key = the invoice number in {@code NUMBER}; the data object and
 * header {@code TYPE} follow the direction ({@link SlipKind#INVOICES}); lines, header and totals as {@link TradeLines}
 * says, checked with {@link DocumentTotals} before sending. Due dates ({@code PAYMENT_LIST}) and foreign-currency
 * invoices are not mapped yet.
 */
public final class InvoiceMapping {

    public static final String RESOURCE = SlipKind.INVOICES.sales();

    private InvoiceMapping() {
    }

    /** The invoice of {@code slip}; its key is the slip's {@code INTERNAL_REFERENCE} as the caller keys it. */
    public static Invoice toInvoice(ObjectNode slip) {
        return new Invoice(slip.path("INTERNAL_REFERENCE").asText(), LogoValues.text(slip.get("NUMBER")), null,
                SlipKind.INVOICES.direction(slip), LogoValues.date(slip.get("DATE")), null,
                LogoValues.text(slip.get("ARP_CODE")), "TRY", null, TradeLines.read(slip), TradeLines.stated(slip),
                LogoValues.text(slip.get("NOTES1")), null, LogoValues.changedAt(slip));
    }

    /** The invoice record of {@code invoice}, for {@link SlipKind#resource} of its direction. */
    public static ObjectNode toSlip(String operation, Invoice invoice) {
        return TradeLines.slip(operation, SlipKind.INVOICES.type(invoice.direction()), invoice, invoice.number(),
                invoice.date(), invoice.partyCode(), invoice.note());
    }
}
