package dev.kopru.mikro.mapping;

import dev.kopru.core.model.DispatchNote;
import dev.kopru.core.model.DocumentDirection;
import dev.kopru.core.model.DocumentLine;
import dev.kopru.core.model.Money;
import dev.kopru.mikro.client.IrsaliyeEvragi;
import dev.kopru.mikro.client.SqlRow;
import dev.kopru.mikro.client.StokHareketSatiri;
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
        SalesHeader header = SalesHeader.of(operation, note, settings);
        List<StokHareketSatiri> satirlar = StockLines.outgoing(operation, MikroCodes.STH_EVRAKTIP_CIKIS_IRSALIYESI,
                header, note.lines(), settings);
        return new IrsaliyeEvragi(DocumentNotes.of(note.note()), satirlar);
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
        return KeyColumns.STH.keysPage(top, WHERE, after);
    }

    public static DocumentKey keyOf(SqlRow row) {
        return KeyColumns.STH.of(row);
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
