package dev.kopru.mikro.mapping;

import dev.kopru.core.model.DocumentLine;
import dev.kopru.core.model.LineKind;
import dev.kopru.core.model.PriceBasis;
import dev.kopru.core.money.DocumentTotals;
import dev.kopru.core.money.LineTotals;
import dev.kopru.core.money.Vat;
import dev.kopru.mikro.client.MikroDates;
import dev.kopru.mikro.client.SqlRow;
import dev.kopru.mikro.client.StokHareketSatiri;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code sth_*} lines of sales invoices and dispatch notes, written as outgoing stock movements and read back from
 * {@code STOK_HAREKETLERI}. Mikro keeps the line net and its VAT; read back, the unit price is the net over the
 * quantity (so a discount is folded into the price) and the VAT rate is the one that yields exactly that VAT.
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
        return KeyColumns.STH.anyOf("seri", keys);
    }

    /**
     * The lines of a sales invoice or dispatch note as outgoing stock movements of {@code evraktip}, each stamped
     * with the header's date, series, party and number, amounts from {@link DocumentLines#checkedTotals}.
     */
    static List<StokHareketSatiri> outgoing(String operation, int evraktip, SalesHeader header,
                                            List<DocumentLine> lines, DocumentSettings settings) {
        DocumentTotals totals = DocumentLines.checkedTotals(operation, lines);
        List<StokHareketSatiri> satirlar = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            DocumentLine line = lines.get(i);
            LineTotals amounts = totals.lines().get(i);
            int depo = DocumentLines.warehouse(operation, "lines[" + i + "].", line.warehouse());
            satirlar.add(new StokHareketSatiri(MikroDates.document(header.date()), MikroCodes.STH_TIP_CIKIS,
                    MikroCodes.TOPTAN, MikroCodes.NORMAL, evraktip, header.seri(), line.itemCode(),
                    MikroCodes.CARI_CINS_CARI, header.partyCode(), line.quantity(), MikroCodes.BIRIM_1, amounts.net(),
                    amounts.vat(), PartyMapping.blankToNull(line.description()), depo, depo,
                    Map.of(settings.sthColumn(), header.number())));
        }
        return satirlar;
    }

    /** The lines of each document, in the order the rows came. */
    static Map<DocumentKey, List<DocumentLine>> byDocument(List<SqlRow> rows) {
        Map<DocumentKey, List<DocumentLine>> lines = new LinkedHashMap<>();
        for (SqlRow row : rows) {
            DocumentKey key = KeyColumns.STH.of(row);
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
}
