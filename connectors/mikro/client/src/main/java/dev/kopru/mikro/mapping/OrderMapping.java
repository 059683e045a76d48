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
import dev.kopru.mikro.client.EvrakAciklamasi;
import dev.kopru.mikro.client.MikroDates;
import dev.kopru.mikro.client.SiparisEvragi;
import dev.kopru.mikro.client.SiparisSatiri;
import dev.kopru.mikro.client.SqlRow;
import java.math.BigDecimal;
import java.time.LocalDate;
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

    private OrderMapping() {
    }

    public static SiparisEvragi toSiparis(String operation, Order order, DocumentSettings settings) {
        String number = Invalid.requireText(operation, "number", order.number());
        Invalid.sqlText(operation, "number", number);
        if (order.direction() != null && order.direction() != DocumentDirection.SALES) {
            throw Invalid.field(operation, "direction", order.direction() + " orders are not mapped (sales only)");
        }
        LocalDate date = InvoiceMapping.requireDate(operation, order.date());
        String partyCode = Invalid.requireText(operation, "partyCode", order.partyCode());
        Currencies.toMikro(operation, "currency", order.currency());
        DocumentTotals totals = DocumentLines.checkedTotals(operation, order.lines());
        String seri = settings.seriesOr(order.series());
        List<SiparisSatiri> satirlar = new ArrayList<>();
        for (int i = 0; i < order.lines().size(); i++) {
            DocumentLine line = order.lines().get(i);
            LineTotals amounts = totals.lines().get(i);
            BigDecimal unitNet = amounts.net().divide(line.quantity(), Vat.UNIT_PRICE_SCALE, Vat.ROUNDING);
            satirlar.add(new SiparisSatiri(MikroDates.document(date), MikroCodes.SIP_TIP_SATIS, MikroCodes.TOPTAN,
                    seri, partyCode, line.itemCode(), line.quantity(), MikroCodes.BIRIM_1, unitNet, amounts.net(),
                    amounts.vat(), DocumentLines.warehouse(operation, "lines[" + i + "].", line.warehouse()),
                    PartyMapping.blankToNull(line.description()), Map.of(settings.sipColumn(), number)));
        }
        List<EvrakAciklamasi> notes = order.note() == null || order.note().isBlank() ? null
                : List.of(new EvrakAciklamasi(order.note()));
        return new SiparisEvragi(notes, satirlar);
    }

    public static String rowsByNumber(String operation, DocumentSettings settings, String number) {
        return "SELECT " + COLUMNS.formatted(settings.sipColumn()) + " FROM SIPARISLER WHERE sip_iptal = 0 AND sip_tip = "
                + MikroCodes.SIP_TIP_SATIS + " AND " + settings.sipColumn() + " = "
                + Invalid.sqlText(operation, "number", number) + ORDER;
    }

    public static String rowsOf(DocumentSettings settings, List<DocumentKey> keys) {
        List<String> each = new ArrayList<>();
        for (DocumentKey key : keys) {
            each.add("(sip_evrakno_seri = " + MikroSql.text("key", key.seri()) + " AND sip_evrakno_sira = "
                    + MikroSql.number(key.sira()) + ")");
        }
        return "SELECT " + COLUMNS.formatted(settings.sipColumn()) + " FROM SIPARISLER WHERE sip_iptal = 0 AND sip_tip = "
                + MikroCodes.SIP_TIP_SATIS + " AND (" + String.join(" OR ", each) + ")" + ORDER;
    }

    /** The keys of up to {@code top} orders after {@code after} (null: from the first). */
    public static String keysPage(int top, DocumentKey after) {
        String where = after == null ? "" : " AND (sip_evrakno_seri > " + MikroSql.text("cursor", after.seri())
                + " OR (sip_evrakno_seri = " + MikroSql.text("cursor", after.seri()) + " AND sip_evrakno_sira > "
                + MikroSql.number(after.sira()) + "))";
        // GROUP BY rather than DISTINCT: "SELECT DISTINCT TOP n" is T-SQL that not every SQL engine reads.
        return "SELECT TOP " + top + " sip_evrakno_seri, sip_evrakno_sira FROM SIPARISLER WHERE sip_iptal = 0"
                + " AND sip_tip = " + MikroCodes.SIP_TIP_SATIS + where
                + " GROUP BY sip_evrakno_seri, sip_evrakno_sira ORDER BY sip_evrakno_seri, sip_evrakno_sira";
    }

    private static final String ORDER = " ORDER BY sip_evrakno_seri, sip_evrakno_sira, sip_satirno";

    public static DocumentKey keyOf(SqlRow row) {
        return new DocumentKey(StockLines.nullToEmpty(row.text("sip_evrakno_seri")), row.integer("sip_evrakno_sira"));
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
