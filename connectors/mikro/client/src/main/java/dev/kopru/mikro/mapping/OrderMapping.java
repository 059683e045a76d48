package dev.kopru.mikro.mapping;

import dev.kopru.core.model.DocumentDirection;
import dev.kopru.core.model.DocumentLine;
import dev.kopru.core.model.LineKind;
import dev.kopru.core.model.Money;
import dev.kopru.core.model.Order;
import dev.kopru.core.model.PriceBasis;
import dev.kopru.core.money.DocumentTotals;
import dev.kopru.core.money.LineTotals;
import dev.kopru.core.money.Vat;
import dev.kopru.mikro.client.MikroDates;
import dev.kopru.mikro.client.SiparisEvragi;
import dev.kopru.mikro.client.SiparisSatiri;
import dev.kopru.mikro.client.SqlRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Order ↔ {@code SiparisKaydetV2} document (sales orders, sip_tip 0), and back from {@code SIPARISLER}, where an
 * order is the rows sharing one series and sequence. {@code sip_tutar} is the line net and {@code sip_vergi} its VAT
 * from {@link DocumentTotals}; {@code sip_b_fiyat} is that net per unit, so that discounts are already applied. The
 * order status is not read: the order API documents no status field.
 */
public final class OrderMapping {

    private static final String COLUMNS = "sip_evrakno_seri, sip_evrakno_sira, %s AS belge_no, sip_tarih, "
            + "sip_musteri_kod, sip_stok_kod, sip_miktar, sip_b_fiyat, sip_tutar, sip_vergi, sip_aciklama, sip_depono";
    private static final String FROM = " FROM SIPARISLER WHERE sip_iptal = 0 AND sip_tip = " + MikroCodes.SIP_TIP_SATIS;
    private static final String ORDER = " ORDER BY sip_evrakno_seri, sip_evrakno_sira, sip_satirno";

    private OrderMapping() {
    }

    public static SiparisEvragi toSiparis(String operation, Order order, DocumentSettings settings) {
        SalesHeader header = SalesHeader.of(operation, order, settings);
        DocumentTotals totals = DocumentLines.checkedTotals(operation, order.lines());
        List<SiparisSatiri> satirlar = new ArrayList<>();
        for (int i = 0; i < order.lines().size(); i++) {
            DocumentLine line = order.lines().get(i);
            LineTotals amounts = totals.lines().get(i);
            BigDecimal unitNet = amounts.net().divide(line.quantity(), Vat.UNIT_PRICE_SCALE, Vat.ROUNDING);
            satirlar.add(new SiparisSatiri(MikroDates.document(header.date()), MikroCodes.SIP_TIP_SATIS,
                    MikroCodes.TOPTAN, header.seri(), header.partyCode(), line.itemCode(), line.quantity(),
                    MikroCodes.BIRIM_1, unitNet, amounts.net(), amounts.vat(),
                    DocumentLines.warehouse(operation, "lines[" + i + "].", line.warehouse()),
                    PartyMapping.blankToNull(line.description()), Map.of(settings.sipColumn(), header.number())));
        }
        return new SiparisEvragi(DocumentNotes.of(order.note()), satirlar);
    }

    public static String rowsByNumber(String operation, DocumentSettings settings, String number) {
        return "SELECT " + COLUMNS.formatted(settings.sipColumn()) + FROM + " AND " + settings.sipColumn() + " = "
                + Invalid.sqlText(operation, "number", number) + ORDER;
    }

    public static String rowsOf(DocumentSettings settings, List<DocumentKey> keys) {
        return "SELECT " + COLUMNS.formatted(settings.sipColumn()) + FROM + " AND " + KeyColumns.SIP.anyOf("key", keys)
                + ORDER;
    }

    /** The keys of up to {@code top} orders after {@code after} (null: from the first). */
    public static String keysPage(int top, DocumentKey after) {
        return KeyColumns.SIP.keysPage(top, FROM, after);
    }

    public static DocumentKey keyOf(SqlRow row) {
        return KeyColumns.SIP.of(row);
    }

    /** Orders from their rows, one order per series and sequence, in the order the rows came. */
    public static List<Order> fromRows(List<SqlRow> rows) {
        Map<DocumentKey, List<SqlRow>> byOrder = new LinkedHashMap<>();
        rows.forEach(row -> byOrder.computeIfAbsent(keyOf(row), k -> new ArrayList<>()).add(row));
        List<Order> orders = new ArrayList<>();
        byOrder.forEach((key, orderRows) -> {
            SqlRow first = orderRows.get(0);
            List<DocumentLine> lines = new ArrayList<>();
            for (SqlRow row : orderRows) {
                BigDecimal depot = row.decimal("sip_depono");
                lines.add(new DocumentLine(lines.size() + 1, LineKind.ITEM, row.text("sip_stok_kod"), null,
                        PartyMapping.blankToNull(row.text("sip_aciklama")), row.decimal("sip_miktar"), null,
                        row.decimal("sip_b_fiyat"), PriceBasis.VAT_EXCLUDED,
                        VatFromAmounts.rate(row.decimal("sip_tutar"), row.decimal("sip_vergi")), null,
                        depot == null ? null : depot.toBigInteger().toString()));
            }
            orders.add(new Order(key.toString(), PartyMapping.blankToNull(first.text("belge_no")), key.seri(),
                    DocumentDirection.SALES, first.date("sip_tarih"), first.text("sip_musteri_kod"), null,
                    null, null, Money.TRY, lines, null, null, null));
        });
        return orders;
    }
}
