package dev.kopru.mikro.mapping;

import dev.kopru.core.model.DocumentDirection;
import dev.kopru.core.model.DocumentLine;
import dev.kopru.core.model.Invoice;
import dev.kopru.core.model.Money;
import dev.kopru.core.model.StatedTotals;
import dev.kopru.core.money.DocumentTotals;
import dev.kopru.mikro.client.EvrakNo;
import dev.kopru.mikro.client.FaturaEvragi;
import dev.kopru.mikro.client.HizmetMasrafSatiri;
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
 * natural-key column on the header and every stock line. Line net and VAT come from {@link DocumentTotals}. An invoice
 * with service, expense or tax lines (an ISP's packages and their ÖİV) is written with AlimSatimEvragiKaydetV2, whose
 * {@code hizmet_masraf_detay[]} takes them ({@link ServiceLines}); read back, such an invoice shows its stock lines
 * and the header's gross, which includes the service lines.
 */
public final class InvoiceMapping {

    private InvoiceMapping() {
    }

    public static FaturaEvragi toFatura(String operation, Invoice invoice, DocumentSettings settings) {
        SalesHeader header = SalesHeader.of(operation, invoice, settings);
        int vade = dueDays(operation, header.date(), invoice.dueDate());
        DocumentTotals totals = DocumentLines.checkedTotals(operation, invoice.lines(), true);
        List<DocumentLine> stock = invoice.lines().stream().filter(line -> !ServiceLines.isService(line)).toList();
        List<StokHareketSatiri> detay = stock.isEmpty() ? List.of() : StockLines.outgoing(operation,
                MikroCodes.STH_EVRAKTIP_SATIS_FATURASI, header, stock, settings);
        List<HizmetMasrafSatiri> services = ServiceLines.of(invoice.lines(), totals);
        return new FaturaEvragi(MikroCodes.CHA_TIP_BORC, MikroCodes.CHA_CINSI_SATIS_FATURASI, MikroCodes.NORMAL,
                MikroCodes.CHA_EVRAK_TIP_SATIS_FATURASI, MikroCodes.CARI_CINS_CARI, MikroCodes.DOVIZ_TL, BigDecimal.ONE,
                MikroDates.document(header.date()), header.seri(), null, header.partyCode(), vade, settings.subeNo(),
                PartyMapping.blankToNull(invoice.note()), null, detay, services.isEmpty() ? null : services,
                Map.of(settings.chaColumn(), header.number()));
    }

    /** The number AlimSatimEvragiSilV2 deletes a sales invoice by. */
    public static EvrakNo evrakNo(DocumentKey key) {
        return new EvrakNo(MikroCodes.CHA_EVRAK_TIP_SATIS_FATURASI, key.seri(), key.sira());
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
        return "SELECT " + columns(settings) + FROM + " AND " + KeyColumns.CHA.is("key", key);
    }

    /** Up to {@code top} headers after {@code after} (null: from the first), in key order. */
    public static String headersPage(DocumentSettings settings, int top, DocumentKey after) {
        return "SELECT TOP " + top + " " + columns(settings) + FROM + KeyColumns.CHA.after(after) + ORDER;
    }

    public static String lines(List<DocumentKey> invoices) {
        return "SELECT " + StockLines.COLUMNS + " FROM STOK_HAREKETLERI WHERE sth_iptal = 0 AND sth_evraktip = "
                + MikroCodes.STH_EVRAKTIP_SATIS_FATURASI + " AND " + StockLines.ofDocuments(invoices) + StockLines.ORDER;
    }

    public static DocumentKey keyOf(SqlRow header) {
        return KeyColumns.CHA.of(header);
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
