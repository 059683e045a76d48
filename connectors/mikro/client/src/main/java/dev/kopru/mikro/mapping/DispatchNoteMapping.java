package dev.kopru.mikro.mapping;

import dev.kopru.core.model.DispatchNote;
import dev.kopru.core.model.DocumentDirection;
import dev.kopru.core.model.DocumentLine;
import dev.kopru.core.model.Money;
import dev.kopru.core.money.DocumentTotals;
import dev.kopru.core.money.LineTotals;
import dev.kopru.mikro.client.EvrakAciklamasi;
import dev.kopru.mikro.client.IrsaliyeEvragi;
import dev.kopru.mikro.client.MikroDates;
import dev.kopru.mikro.client.SqlRow;
import dev.kopru.mikro.client.StokHareketSatiri;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Dispatch note ↔ {@code IrsaliyeKaydetV2} document: sales dispatch lines ({@code sth_evraktip} 1, an inference:
 * the reference lists the Postman variants but not their codes), read back from {@code STOK_HAREKETLERI}, where a
 * note is the lines sharing one series and sequence.
 */
public final class DispatchNoteMapping {

    private static final String WHERE = " FROM STOK_HAREKETLERI WHERE sth_iptal = 0 AND sth_evraktip = "
            + MikroCodes.STH_EVRAKTIP_CIKIS_IRSALIYESI;
    private static final String ORDER = StockLines.ORDER;

    private DispatchNoteMapping() {
    }

    public static IrsaliyeEvragi toIrsaliye(String operation, DispatchNote note, DocumentSettings settings) {
        String number = Invalid.requireText(operation, "number", note.number());
        Invalid.sqlText(operation, "number", number);
        if (note.direction() != null && note.direction() != DocumentDirection.SALES) {
            throw Invalid.field(operation, "direction", note.direction() + " dispatch notes are not mapped (sales only)");
        }
        LocalDate date = InvoiceMapping.requireDate(operation, note.date());
        String partyCode = Invalid.requireText(operation, "partyCode", note.partyCode());
        Currencies.toMikro(operation, "currency", note.currency());
        DocumentTotals totals = DocumentLines.checkedTotals(operation, note.lines());
        String seri = settings.seriesOr(note.series());
        List<StokHareketSatiri> satirlar = new ArrayList<>();
        for (int i = 0; i < note.lines().size(); i++) {
            DocumentLine line = note.lines().get(i);
            LineTotals amounts = totals.lines().get(i);
            int depo = DocumentLines.warehouse(operation, "lines[" + i + "].", line.warehouse());
            satirlar.add(new StokHareketSatiri(MikroDates.document(date), MikroCodes.STH_TIP_CIKIS, MikroCodes.TOPTAN,
                    MikroCodes.NORMAL, MikroCodes.STH_EVRAKTIP_CIKIS_IRSALIYESI, seri, line.itemCode(),
                    MikroCodes.CARI_CINS_CARI, partyCode, line.quantity(), MikroCodes.BIRIM_1, amounts.net(),
                    amounts.vat(), PartyMapping.blankToNull(line.description()), depo, depo,
                    Map.of(settings.sthColumn(), number)));
        }
        List<EvrakAciklamasi> notes = note.note() == null || note.note().isBlank() ? null
                : List.of(new EvrakAciklamasi(note.note()));
        return new IrsaliyeEvragi(notes, satirlar);
    }

    private static String columns(DocumentSettings settings) {
        return StockLines.COLUMNS + ", " + settings.sthColumn() + " AS belge_no, sth_tarih, sth_cari_kodu";
    }

    public static String rowsByNumber(String operation, DocumentSettings settings, String number) {
        return "SELECT " + columns(settings) + WHERE + " AND " + settings.sthColumn() + " = "
                + Invalid.sqlText(operation, "number", number) + ORDER;
    }

    public static String rowsOf(DocumentSettings settings, List<DocumentKey> keys) {
        return "SELECT " + columns(settings) + WHERE + " AND " + StockLines.ofDocuments(keys) + ORDER;
    }

    public static String keysPage(int top, DocumentKey after) {
        String where = after == null ? "" : " AND (sth_evrakno_seri > " + MikroSql.text("cursor", after.seri())
                + " OR (sth_evrakno_seri = " + MikroSql.text("cursor", after.seri()) + " AND sth_evrakno_sira > "
                + MikroSql.number(after.sira()) + "))";
        // GROUP BY rather than DISTINCT: "SELECT DISTINCT TOP n" is T-SQL that not every SQL engine reads.
        return "SELECT TOP " + top + " sth_evrakno_seri, sth_evrakno_sira" + WHERE + where
                + " GROUP BY sth_evrakno_seri, sth_evrakno_sira ORDER BY sth_evrakno_seri, sth_evrakno_sira";
    }

    public static DocumentKey keyOf(SqlRow row) {
        return new DocumentKey(StockLines.nullToEmpty(row.text("sth_evrakno_seri")), row.integer("sth_evrakno_sira"));
    }

    public static List<DispatchNote> fromRows(List<SqlRow> rows) {
        Map<DocumentKey, List<DocumentLine>> lines = StockLines.byDocument(rows);
        Map<DocumentKey, SqlRow> firsts = new java.util.LinkedHashMap<>();
        rows.forEach(row -> firsts.putIfAbsent(keyOf(row), row));
        List<DispatchNote> notes = new ArrayList<>();
        firsts.forEach((key, first) -> notes.add(new DispatchNote(key.toString(),
                PartyMapping.blankToNull(first.text("belge_no")), key.seri(), DocumentDirection.SALES,
                first.date("sth_tarih"), first.text("sth_cari_kodu"), Money.TRY, lines.get(key), null, null, null)));
        return notes;
    }
}
