package dev.kopru.logo.mapping;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kopru.core.model.DocumentDirection;
import dev.kopru.core.model.Invoice;
import dev.kopru.core.money.DocumentTotals;

/**
 * Invoice ↔ Logo's sales invoice ({@code salesInvoices} with {@code TRANSACTIONS} lines, logo.md §6.3). Key =
 * {@code INTERNAL_REFERENCE}; natural key = the invoice number in {@code NUMBER}; header {@code TYPE} 8 (wholesale
 * sale); lines, header and totals as {@link TradeLines} says, checked with {@link DocumentTotals} before sending.
 * Due dates ({@code PAYMENT_LIST}), purchase invoices and foreign-currency invoices are not mapped yet.
 */
public final class InvoiceMapping {

    public static final String RESOURCE = "salesInvoices";
    static final int WHOLESALE_SALE = 8;

    private InvoiceMapping() {
    }

    public static Invoice toInvoice(ObjectNode slip) {
        return new Invoice(slip.path("INTERNAL_REFERENCE").asText(), LogoValues.text(slip.get("NUMBER")), null,
                DocumentDirection.SALES, LogoValues.date(slip.get("DATE")), null,
                LogoValues.text(slip.get("ARP_CODE")), "TRY", null, TradeLines.read(slip), TradeLines.stated(slip),
                LogoValues.text(slip.get("NOTES1")), null, LogoValues.changedAt(slip));
    }

    /** The {@code salesInvoices} record of {@code invoice}; lines checked and totalled by {@link DocumentTotals}. */
    public static ObjectNode toSlip(String operation, Invoice invoice) {
        if (invoice.direction() != null && invoice.direction() != DocumentDirection.SALES) {
            throw Invalid.field(operation, "direction", invoice.direction() + " invoices are not mapped yet; sales"
                    + " invoices only");
        }
        TradeLines.totals(operation, invoice.lines());
        ObjectNode slip = TradeLines.header(operation, WHOLESALE_SALE, invoice.number(), invoice.date(),
                invoice.partyCode(), invoice.currency(), invoice.note());
        TradeLines.write(slip, invoice.lines());
        return slip;
    }
}
