package dev.kopru.mikro.mapping;

import dev.kopru.core.model.DocumentDirection;
import dev.kopru.core.model.DocumentLine;
import dev.kopru.core.model.Invoice;
import dev.kopru.core.model.Money;
import dev.kopru.core.model.StatedTotals;
import dev.kopru.core.money.DocumentTotals;
import dev.kopru.core.money.LineTotals;
import dev.kopru.mikro.client.EvrakNo;
import dev.kopru.mikro.client.FaturaEvragi;
import dev.kopru.mikro.client.MikroDates;
import dev.kopru.mikro.client.SqlRow;
import dev.kopru.mikro.client.StokHareketSatiri;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Invoice ↔ {@code FaturaKaydetV2} document, and back from SQL. Written as a sales invoice (cha_evrak_tip 63,
 * sth_evraktip 4, the only invoice codes Mikro's examples document); the caller's number goes into the configured
 * natural-key column on the header and every line. Line net and VAT come from {@link DocumentTotals}.
 */
public final class InvoiceMapping {

    private InvoiceMapping() {
    }

    public static FaturaEvragi toFatura(String operation, Invoice invoice, DocumentSettings settings) {
        String number = Invalid.requireText(operation, "number", invoice.number());
        Invalid.sqlText(operation, "number", number); // it must be searchable, or a lost create cannot be found
        if (invoice.direction() != null && invoice.direction() != DocumentDirection.SALES) {
            throw Invalid.field(operation, "direction", invoice.direction() + " invoices are not mapped: Mikro's"
                    + " documented invoice codes (cha_evrak_tip 63, sth_evraktip 4) are for sales only");
        }
        LocalDate date = requireDate(operation, invoice.date());
        String partyCode = Invalid.requireText(operation, "partyCode", invoice.partyCode());
        Currencies.toMikro(operation, "currency", invoice.currency());
        int vade = dueDays(operation, date, invoice.dueDate());
        DocumentTotals totals = DocumentLines.checkedTotals(operation, invoice.lines());
        String seri = settings.seriesOr(invoice.series());
        List<StokHareketSatiri> detay = new ArrayList<>();
        for (int i = 0; i < invoice.lines().size(); i++) {
            DocumentLine line = invoice.lines().get(i);
            LineTotals amounts = totals.lines().get(i);
            int depo = DocumentLines.warehouse(operation, "lines[" + i + "].", line.warehouse());
            detay.add(new StokHareketSatiri(MikroDates.document(date), MikroCodes.STH_TIP_CIKIS, MikroCodes.TOPTAN,
                    MikroCodes.NORMAL, MikroCodes.STH_EVRAKTIP_SATIS_FATURASI, seri, line.itemCode(),
                    MikroCodes.CARI_CINS_CARI, partyCode, line.quantity(), MikroCodes.BIRIM_1, amounts.net(),
                    amounts.vat(), PartyMapping.blankToNull(line.description()), depo, depo,
                    Map.of(settings.sthColumn(), number)));
        }
        return new FaturaEvragi(MikroCodes.CHA_TIP_BORC, MikroCodes.CHA_CINSI_SATIS_FATURASI, MikroCodes.NORMAL,
                MikroCodes.CHA_EVRAK_TIP_SATIS_FATURASI, MikroCodes.CARI_CINS_CARI, MikroCodes.DOVIZ_TL, BigDecimal.ONE,
                MikroDates.document(date), seri, null, partyCode, vade, settings.subeNo(),
                PartyMapping.blankToNull(invoice.note()), null, detay, null, Map.of(settings.chaColumn(), number));
    }

    /** The number AlimSatimEvragiSilV2 deletes a sales invoice by. */
    public static EvrakNo evrakNo(DocumentKey key) {
        return new EvrakNo(MikroCodes.CHA_EVRAK_TIP_SATIS_FATURASI, key.seri(), key.sira());
    }

    static LocalDate requireDate(String operation, LocalDate date) {
        if (date == null) {
            throw Invalid.field(operation, "date", "required");
        }
        return date;
    }

    /** {@code cha_vade} on invoices is a number of days after the document date. */
    private static int dueDays(String operation, LocalDate date, LocalDate dueDate) {
        if (dueDate == null) {
            return 0;
        }
        long days = ChronoUnit.DAYS.between(date, dueDate);
        if (days < 0) {
            throw Invalid.field(operation, "dueDate", dueDate + " is before the invoice date " + date);
        }
        return Math.toIntExact(days);
    }

    // --- reading back (SqlVeriOkuV2) ---

    private static final String FROM = " FROM CARI_HESAP_HAREKETLERI WHERE cha_iptal = 0 AND cha_evrak_tip = "
            + MikroCodes.CHA_EVRAK_TIP_SATIS_FATURASI;
    private static final String ORDER = " ORDER BY cha_evrakno_seri, cha_evrakno_sira";

    private static String columns(DocumentSettings settings) {
        return "cha_evrakno_seri, cha_evrakno_sira, " + settings.chaColumn()
                + " AS belge_no, cha_tarihi, cha_kod, cha_aciklama, cha_vade, cha_meblag";
    }

    /** The headers of invoices carrying {@code number} (more than one means the number was reused). */
    public static String headersByNumber(String operation, DocumentSettings settings, String number) {
        return "SELECT " + columns(settings) + FROM + " AND " + settings.chaColumn() + " = "
                + Invalid.sqlText(operation, "number", number) + ORDER;
    }

    public static String headerByKey(DocumentSettings settings, DocumentKey key) {
        return "SELECT " + columns(settings) + FROM + " AND cha_evrakno_seri = " + MikroSql.text("key", key.seri())
                + " AND cha_evrakno_sira = " + MikroSql.number(key.sira());
    }

    /** Up to {@code top} headers after {@code after} (null: from the first), in key order. */
    public static String headersPage(DocumentSettings settings, int top, DocumentKey after) {
        String where = after == null ? "" : " AND (cha_evrakno_seri > " + MikroSql.text("cursor", after.seri())
                + " OR (cha_evrakno_seri = " + MikroSql.text("cursor", after.seri()) + " AND cha_evrakno_sira > "
                + MikroSql.number(after.sira()) + "))";
        return "SELECT TOP " + top + " " + columns(settings) + FROM + where + ORDER;
    }

    public static String lines(List<DocumentKey> invoices) {
        return "SELECT " + StockLines.COLUMNS + " FROM STOK_HAREKETLERI WHERE sth_iptal = 0 AND sth_evraktip = "
                + MikroCodes.STH_EVRAKTIP_SATIS_FATURASI + " AND " + StockLines.ofDocuments(invoices) + StockLines.ORDER;
    }

    public static DocumentKey keyOf(SqlRow header) {
        return new DocumentKey(StockLines.nullToEmpty(header.text("cha_evrakno_seri")),
                header.integer("cha_evrakno_sira"));
    }

    /** The invoices of these headers, with their lines from {@link #lines}' rows. */
    public static List<Invoice> fromRows(List<SqlRow> headers, List<SqlRow> lineRows) {
        Map<DocumentKey, List<DocumentLine>> lines = StockLines.byDocument(lineRows);
        List<Invoice> invoices = new ArrayList<>();
        for (SqlRow header : headers) {
            DocumentKey key = keyOf(header);
            LocalDate date = header.date("cha_tarihi");
            Integer vade = header.integer("cha_vade");
            LocalDate due = date == null || vade == null || vade == 0 ? null : date.plusDays(vade);
            BigDecimal gross = header.decimal("cha_meblag");
            invoices.add(new Invoice(key.toString(), PartyMapping.blankToNull(header.text("belge_no")), key.seri(),
                    DocumentDirection.SALES, date, due, header.text("cha_kod"), Money.TRY, BigDecimal.ONE,
                    lines.getOrDefault(key, List.of()),
                    gross == null || gross.signum() == 0 ? null : new StatedTotals(null, null, gross),
                    PartyMapping.blankToNull(header.text("cha_aciklama")), null, null));
        }
        return invoices;
    }
}
