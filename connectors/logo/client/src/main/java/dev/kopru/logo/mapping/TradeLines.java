package dev.kopru.logo.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kopru.core.model.DocumentLine;
import dev.kopru.core.model.LineKind;
import dev.kopru.core.model.PriceBasis;
import dev.kopru.core.model.StatedTotals;
import dev.kopru.core.model.TradeDocument;
import dev.kopru.core.money.DocumentTotals;
import dev.kopru.core.money.VatRate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What Logo's trade slips share (invoices, orders, dispatches; logo.md §6.3–6.4): the header's number, date and cari,
 * {@code TRANSACTIONS} lines ({@code TYPE} 0 item, 4 service or a tax other than VAT, 3 expense; VAT per line,
 * {@code VAT_INCLUDED}, {@code DISCOUNT_RATE}), and the totals Logo computes: net = {@code TOTAL_DISCOUNTED},
 * VAT = {@code TOTAL_VAT}, payable = {@code TOTAL_NET}.
 */
final class TradeLines {

    private TradeLines() {
    }

    /**
     * A new slip of {@code type} with its {@code TRANSACTIONS}: the lines checked and totalled by
     * {@link DocumentTotals} first, so that a refusal names the canonical field and nothing is sent.
     */
    static ObjectNode slip(String operation, int type, TradeDocument document, String number, LocalDate date,
                           String partyCode, String note) {
        totals(operation, document.lines());
        ObjectNode slip = header(operation, type, number, date, partyCode, document.currency(), note);
        write(slip, document.lines());
        return slip;
    }

    /**
     * A new slip's header: Köprü's own {@code number} (never {@code ~}, so a lost create can be found by it), the date
     * and the cari; TRY only.
     */
    private static ObjectNode header(String operation, int type, String number, LocalDate date, String partyCode,
                                     String currency, String note) {
        if (currency != null && !currency.equals("TRY")) {
            throw Invalid.field(operation, "currency", "only TRY documents are mapped yet, was " + currency);
        }
        String own = Invalid.requireText(operation, "number", number);
        if (own.equals("~")) {
            throw Invalid.field(operation, "number", "'~' asks Logo to number the document; Köprü needs its own"
                    + " number to find a lost create");
        }
        if (date == null) {
            throw Invalid.field(operation, "date", "required");
        }
        ObjectNode slip = JsonNodeFactory.instance.objectNode();
        slip.put("INTERNAL_REFERENCE", 0);
        slip.put("TYPE", type);
        slip.put("NUMBER", own);
        slip.put("DATE", LogoValues.date(date));
        slip.put("ARP_CODE", Invalid.requireText(operation, "partyCode", partyCode));
        if (note != null) {
            slip.put("NOTES1", note);
        }
        return slip;
    }

    static StatedTotals stated(ObjectNode slip) {
        return new StatedTotals(LogoValues.decimal(slip.get("TOTAL_DISCOUNTED")),
                LogoValues.decimal(slip.get("TOTAL_VAT")), LogoValues.decimal(slip.get("TOTAL_NET")));
    }

    /** The canonical lines of a slip; promotion and discount lines have no canonical line and are left out. */
    static List<DocumentLine> read(ObjectNode slip) {
        List<DocumentLine> lines = new ArrayList<>();
        for (JsonNode line : slip.path("TRANSACTIONS").path("items")) {
            LineKind kind = switch (line.path("TYPE").asInt(0)) {
                case 0 -> LineKind.ITEM;
                case 4 -> LineKind.SERVICE;
                case 3 -> LineKind.EXPENSE;
                default -> null;
            };
            if (kind != null) {
                lines.add(new DocumentLine(lines.size() + 1, kind, LogoValues.text(line.get("MASTER_CODE")), null,
                        LogoValues.text(line.get("DESCRIPTION")), LogoValues.decimal(line.get("QUANTITY")),
                        LogoValues.text(line.get("UNIT_CODE")), LogoValues.decimal(line.get("PRICE")),
                        line.path("VAT_INCLUDED").asInt(0) == 1 ? PriceBasis.VAT_INCLUDED : PriceBasis.VAT_EXCLUDED,
                        LogoValues.decimal(line.get("VAT_RATE")),
                        positive(LogoValues.decimal(line.get("DISCOUNT_RATE"))),
                        LogoValues.text(line.get("SOURCEINDEX"))));
            }
        }
        return lines;
    }

    /** Puts {@code lines} under the slip's {@code TRANSACTIONS}; check them with {@link #totals} first. */
    private static void write(ObjectNode slip, List<DocumentLine> lines) {
        ArrayNode rows = slip.putObject("TRANSACTIONS").putArray("items");
        for (DocumentLine line : lines) {
            ObjectNode row = rows.addObject();
            row.put("TYPE", switch (line.kind() == null ? LineKind.ITEM : line.kind()) {
                case ITEM -> 0;
                // a tax other than VAT (the telecom ÖİV) goes on a service line of its own, on the service card the
                // line names: logo.md names ADDTAXLINELIST under a line but none of its fields, so it is not guessed
                case SERVICE, TAX -> 4;
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
    }

    /** Köprü's totals of {@code lines}, refusing lines they cannot be computed for in the canonical field's name. */
    private static DocumentTotals totals(String operation, List<DocumentLine> lines) {
        if (lines == null || lines.isEmpty()) {
            throw Invalid.field(operation, "lines", "a document needs at least one line");
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
