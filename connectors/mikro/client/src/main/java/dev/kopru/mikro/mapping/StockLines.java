package dev.kopru.mikro.mapping;

import dev.kopru.core.model.DocumentLine;
import dev.kopru.core.model.LineKind;
import dev.kopru.core.model.PriceBasis;
import dev.kopru.core.money.Vat;
import dev.kopru.mikro.client.SqlRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reading the {@code sth_*} lines of invoices and dispatch notes back from {@code STOK_HAREKETLERI}. Mikro keeps the
 * line net and its VAT; the unit price is the net over the quantity (so a discount is folded into the price) and the
 * VAT rate is the one that yields exactly that VAT.
 */
final class StockLines {

    /** The line columns every stock-line query selects. */
    static final String COLUMNS = "sth_evrakno_seri, sth_evrakno_sira, sth_stok_kod, sth_miktar, sth_tutar, "
            + "sth_vergi, sth_aciklama, sth_cikis_depo_no";
    /** Documents in key order, lines in Mikro's line order. */
    static final String ORDER = " ORDER BY sth_evrakno_seri, sth_evrakno_sira, sth_satirno";

    private StockLines() {
    }

    /** {@code WHERE} condition for the lines of these documents. */
    static String ofDocuments(List<DocumentKey> keys) {
        List<String> each = new ArrayList<>();
        for (DocumentKey key : keys) {
            each.add("(sth_evrakno_seri = " + MikroSql.text("seri", key.seri()) + " AND sth_evrakno_sira = "
                    + MikroSql.number(key.sira()) + ")");
        }
        return "(" + String.join(" OR ", each) + ")";
    }

    /** The lines of each document, in the order the rows came. */
    static Map<DocumentKey, List<DocumentLine>> byDocument(List<SqlRow> rows) {
        Map<DocumentKey, List<DocumentLine>> lines = new LinkedHashMap<>();
        for (SqlRow row : rows) {
            DocumentKey key = new DocumentKey(nullToEmpty(row.text("sth_evrakno_seri")), row.integer("sth_evrakno_sira"));
            List<DocumentLine> ofDocument = lines.computeIfAbsent(key, k -> new ArrayList<>());
            ofDocument.add(line(ofDocument.size() + 1, row));
        }
        return lines;
    }

    private static DocumentLine line(int lineNo, SqlRow row) {
        BigDecimal quantity = row.decimal("sth_miktar");
        BigDecimal net = row.decimal("sth_tutar");
        BigDecimal vat = row.decimal("sth_vergi");
        BigDecimal unitPrice = quantity == null || quantity.signum() == 0 || net == null ? null
                : net.divide(quantity, Vat.UNIT_PRICE_SCALE, Vat.ROUNDING);
        Integer depot = row.integer("sth_cikis_depo_no");
        return new DocumentLine(lineNo, LineKind.ITEM, row.text("sth_stok_kod"), null,
                PartyMapping.blankToNull(row.text("sth_aciklama")), quantity, null, unitPrice, PriceBasis.VAT_EXCLUDED,
                VatFromAmounts.rate(net, vat), null, depot == null ? null : depot.toString());
    }

    static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
