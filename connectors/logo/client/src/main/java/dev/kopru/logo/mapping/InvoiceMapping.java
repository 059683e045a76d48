package dev.kopru.logo.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kopru.core.model.DocumentDirection;
import dev.kopru.core.model.DocumentLine;
import dev.kopru.core.model.Invoice;
import dev.kopru.core.model.LineKind;
import dev.kopru.core.model.PriceBasis;
import dev.kopru.core.model.StatedTotals;
import dev.kopru.core.money.DocumentTotals;
import dev.kopru.core.money.VatRate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Invoice ↔ Logo's sales invoice ({@code salesInvoices} with {@code TRANSACTIONS} lines, logo.md §6.3). Key =
 * {@code INTERNAL_REFERENCE}; natural key = the invoice number, stored in {@code NUMBER} (Köprü sends its own
 * number, never {@code ~}, so a lost create can be found by it). Header {@code TYPE} 8 (wholesale sale); lines
 * {@code TYPE} 0 item, 4 service, 3 expense; VAT per line, {@code VAT_INCLUDED} for VAT-included prices. Logo
 * computes the totals itself; the stated totals read back are net = {@code TOTAL_DISCOUNTED}, VAT =
 * {@code TOTAL_VAT}, payable = {@code TOTAL_NET}, for the caller to check against {@link DocumentTotals}.
 * Due dates ({@code PAYMENT_LIST}) and foreign-currency invoices are not mapped yet.
 */
public final class InvoiceMapping {

    public static final String RESOURCE = "salesInvoices";
    static final int WHOLESALE_SALE = 8;

    private InvoiceMapping() {
    }

    public static Invoice toInvoice(ObjectNode slip) {
        List<DocumentLine> lines = new ArrayList<>();
        for (JsonNode line : slip.path("TRANSACTIONS").path("items")) {
            LineKind kind = switch (line.path("TYPE").asInt(0)) {
                case 0 -> LineKind.ITEM;
                case 4 -> LineKind.SERVICE;
                case 3 -> LineKind.EXPENSE;
                default -> null; // promotion and discount lines have no canonical line
            };
            if (kind != null) {
                lines.add(new DocumentLine(lines.size() + 1, kind, LogoValues.text(line.get("MASTER_CODE")), null,
                        LogoValues.text(line.get("DESCRIPTION")), LogoValues.decimal(line.get("QUANTITY")),
                        LogoValues.text(line.get("UNIT_CODE")), LogoValues.decimal(line.get("PRICE")),
                        line.path("VAT_INCLUDED").asInt(0) == 1 ? PriceBasis.VAT_INCLUDED : PriceBasis.VAT_EXCLUDED,
                        LogoValues.decimal(line.get("VAT_RATE")), positive(LogoValues.decimal(line.get("DISCOUNT_RATE"))),
                        LogoValues.text(line.get("SOURCEINDEX"))));
            }
        }
        StatedTotals stated = new StatedTotals(LogoValues.decimal(slip.get("TOTAL_DISCOUNTED")),
                LogoValues.decimal(slip.get("TOTAL_VAT")), LogoValues.decimal(slip.get("TOTAL_NET")));
        return new Invoice(slip.path("INTERNAL_REFERENCE").asText(), LogoValues.text(slip.get("NUMBER")), null,
                DocumentDirection.SALES, LogoValues.date(slip.get("DATE")), null,
                LogoValues.text(slip.get("ARP_CODE")), "TRY", null, lines, stated,
                LogoValues.text(slip.get("NOTES1")), null, LogoValues.changedAt(slip));
    }

    /** The {@code salesInvoices} record of {@code invoice}; lines checked and totalled by {@link DocumentTotals}. */
    public static ObjectNode toSlip(String operation, Invoice invoice) {
        if (invoice.direction() != null && invoice.direction() != DocumentDirection.SALES) {
            throw Invalid.field(operation, "direction", invoice.direction() + " invoices are not mapped yet; sales"
                    + " invoices only");
        }
        if (invoice.currency() != null && !invoice.currency().equals("TRY")) {
            throw Invalid.field(operation, "currency", "only TRY invoices are mapped yet, was " + invoice.currency());
        }
        String number = Invalid.requireText(operation, "number", invoice.number());
        if (number.equals("~")) {
            throw Invalid.field(operation, "number", "'~' asks Logo to number the invoice; Köprü needs its own"
                    + " number to find a lost create");
        }
        if (invoice.date() == null) {
            throw Invalid.field(operation, "date", "required");
        }
        totals(operation, invoice.lines());
        ObjectNode slip = JsonNodeFactory.instance.objectNode();
        slip.put("INTERNAL_REFERENCE", 0);
        slip.put("TYPE", WHOLESALE_SALE);
        slip.put("NUMBER", number);
        slip.put("DATE", LogoValues.date(invoice.date()));
        slip.put("ARP_CODE", Invalid.requireText(operation, "partyCode", invoice.partyCode()));
        if (invoice.note() != null) {
            slip.put("NOTES1", invoice.note());
        }
        ArrayNode lines = slip.putObject("TRANSACTIONS").putArray("items");
        for (DocumentLine line : invoice.lines()) {
            ObjectNode row = lines.addObject();
            row.put("TYPE", switch (line.kind() == null ? LineKind.ITEM : line.kind()) {
                case ITEM -> 0;
                case SERVICE -> 4;
                case EXPENSE -> 3;
            });
            row.put("MASTER_CODE", line.itemCode());
            if (line.description() != null) {
                row.put("DESCRIPTION", line.description());
            }
            row.put("QUANTITY", line.quantity());
            row.put("PRICE", line.unitPrice());
            row.put("VAT_RATE", line.vatRate());
            row.put("VAT_INCLUDED", line.priceBasis() == PriceBasis.VAT_INCLUDED ? 1 : 0);
            if (line.discountRate() != null && line.discountRate().signum() != 0) {
                row.put("DISCOUNT_RATE", line.discountRate());
            }
            row.put("UNIT_CODE", line.unit() == null ? "ADET" : line.unit());
            row.put("UNIT_CONV1", 1);
            row.put("UNIT_CONV2", 1);
        }
        return slip;
    }

    /** Köprü's totals of {@code lines}, refusing lines they cannot be computed for in the canonical field's name. */
    static DocumentTotals totals(String operation, List<DocumentLine> lines) {
        if (lines == null || lines.isEmpty()) {
            throw Invalid.field(operation, "lines", "an invoice needs at least one line");
        }
        for (int i = 0; i < lines.size(); i++) {
            DocumentLine line = lines.get(i);
            String at = "lines[" + i + "].";
            Invalid.requireText(operation, at + "itemCode", line.itemCode());
            if (line.quantity() == null || line.quantity().signum() <= 0) {
                throw Invalid.field(operation, at + "quantity", "must be more than 0, was " + line.quantity());
            }
            if (line.unitPrice() == null || line.unitPrice().signum() < 0) {
                throw Invalid.field(operation, at + "unitPrice", "must be 0 or more, was " + line.unitPrice());
            }
            if (!VatRate.isValid(line.vatRate())) {
                throw Invalid.field(operation, at + "vatRate", "not a Turkish KDV rate (0, 1, 8, 10, 18, 20)");
            }
        }
        try {
            return DocumentTotals.of(lines);
        } catch (IllegalArgumentException e) {
            throw Invalid.field(operation, "lines", e.getMessage());
        }
    }

    private static BigDecimal positive(BigDecimal value) {
        return value == null || value.signum() == 0 ? null : value;
    }
}
