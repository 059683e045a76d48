package dev.kopru.mikro.sandbox;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Writes seed records straight into the tables in batches: the golden set of mikro.md §10 and the generated demo
 * data. Guids are derived from the record's code, so a reset gives every record the same Guid again.
 */
final class SeedWriter implements AutoCloseable {

    /** A seeded cari card; {@code taxId} goes to {@code cari_vdaire_no} (and, for a person, cari_VergiKimlikNo). */
    record Cari(String kod, String name, String taxOffice, String taxId, boolean person, String email, String phone,
                boolean eInvoice, boolean supplier, String street, String district, String city, String postalCode,
                LocalDateTime stamp) {
    }

    record Stok(String kod, String name, String unit, int vatPercent, String category, String barcode,
                BigDecimal price, LocalDateTime stamp) {
    }

    /** A line with its VAT-excluded amount and VAT, both at kuruş scale. */
    record Line(String stok, BigDecimal quantity, BigDecimal net, BigDecimal vatPercent, BigDecimal vat) {

        static Line of(String stok, BigDecimal quantity, BigDecimal net, int vatPercent) {
            BigDecimal percent = BigDecimal.valueOf(vatPercent);
            return new Line(stok, quantity, net, percent, VatTable.vat(net, percent));
        }
    }

    static final int SALES_INVOICE = 63;
    static final int RECEIPT = 1;
    /** What goods cost the demo company: this share of their sale price before VAT [inference, demo data]. */
    static final BigDecimal COST_SHARE = new BigDecimal("0.60");

    private final Batch cari;
    private final Batch address;
    private final Batch stok;
    private final Batch barcode;
    private final Batch price;
    private final Batch movement;
    private final Batch stockMovement;
    private final Batch receipt;
    private final Journal journal;
    private final Connection connection;

    SeedWriter(Connection connection) throws SQLException {
        this.connection = connection;
        cari = new Batch(connection, "CARI_HESAPLAR", "cari_Guid", "cari_create_date", "cari_lastup_date", "cari_kod",
                "cari_unvan1", "cari_vdaire_adi", "cari_vdaire_no", "cari_VergiKimlikNo", "cari_EMail", "cari_CepTel",
                "cari_efatura_fl", "cari_baglanti_tipi");
        address = new Batch(connection, "CARI_HESAP_ADRESLERI", "adr_Guid", "adr_create_date", "adr_lastup_date",
                "adr_cari_kod", "adr_adres_no", "adr_cadde", "adr_ilce", "adr_il", "adr_posta_kodu", "adr_ulke");
        stok = new Batch(connection, "STOKLAR", "sto_Guid", "sto_create_date", "sto_lastup_date", "sto_kod",
                "sto_isim", "sto_kisa_ismi", "sto_birim1_ad", "sto_perakende_vergi", "sto_toptan_vergi",
                "sto_kategori_kodu");
        barcode = new Batch(connection, "BARKOD_TANIMLARI", "bar_Guid", "bar_create_date", "bar_lastup_date",
                "bar_kodu", "bar_stokkodu", "bar_master");
        price = new Batch(connection, "STOK_SATIS_FIYAT_LISTELERI", "sfiyat_Guid", "sfiyat_create_date",
                "sfiyat_lastup_date", "sfiyat_stokkod", "sfiyat_listesirano", "sfiyat_fiyati");
        movement = new Batch(connection, "CARI_HESAP_HAREKETLERI", "cha_Guid", "cha_create_date", "cha_lastup_date",
                "cha_evrak_tip", "cha_evrakno_seri", "cha_evrakno_sira", "cha_tarihi", "cha_tip", "cha_cinsi",
                "cha_belge_no", "cha_aciklama", "cha_kod", "cha_meblag", "cha_aratoplam", "cha_vergi1", "cha_vergi2",
                "cha_vergi3", "cha_vergi4", "cha_vergi5", "cha_vergi6", "cha_vade");
        stockMovement = new Batch(connection, "STOK_HAREKETLERI", "sth_Guid", "sth_create_date", "sth_lastup_date",
                "sth_tarih", "sth_tip", "sth_evraktip", "sth_evrakno_seri", "sth_evrakno_sira", "sth_satirno",
                "sth_belge_no", "sth_stok_kod", "sth_cari_kodu", "sth_miktar", "sth_tutar", "sth_vergi_pntr",
                "sth_vergi", "sth_cikis_depo_no", "sth_giris_depo_no", "sth_maliyet_ana", "sth_fat_uid");
        receipt = new Batch(connection, "CARI_HESAP_HAREKETLERI", "cha_Guid", "cha_create_date", "cha_lastup_date",
                "cha_evrak_tip", "cha_evrakno_seri", "cha_evrakno_sira", "cha_tarihi", "cha_tip", "cha_cinsi",
                "cha_aciklama", "cha_kod", "cha_meblag", "cha_kasa_hizmet", "cha_kasa_hizkod");
        journal = new Journal(connection);
    }

    static UUID guid(String kind, String key) {
        return UUID.nameUUIDFromBytes(("kopru-mikro-sandbox:" + kind + ":" + key).getBytes(StandardCharsets.UTF_8));
    }

    void cari(Cari c) throws SQLException {
        cari.add(guid("cari", c.kod()), c.stamp(), c.stamp(), c.kod(), Batch.cut(c.name(), 127),
                Batch.cut(c.taxOffice(), 50), c.taxId(), c.person() ? c.taxId() : "", Batch.cut(c.email(), 127),
                Batch.cut(c.phone(), 20), c.eInvoice() ? 1 : 0, c.supplier() ? 1 : 0);
        address.add(guid("adres", c.kod()), c.stamp(), c.stamp(), c.kod(), 1, Batch.cut(c.street(), 50),
                Batch.cut(c.district(), 50), Batch.cut(c.city(), 50), Batch.cut(c.postalCode(), 8), "TÜRKİYE");
    }

    void stok(Stok s) throws SQLException {
        stok.add(guid("stok", s.kod()), s.stamp(), s.stamp(), s.kod(), Batch.cut(s.name(), 127),
                Batch.cut(s.name(), 25), Batch.cut(s.unit(), 10), s.vatPercent(), s.vatPercent(),
                Batch.cut(s.category(), 25));
        if (s.barcode() != null) {
            barcode.add(guid("barkod", s.barcode()), s.stamp(), s.stamp(), s.barcode(), s.kod(), 1);
        }
        if (s.price() != null) {
            price.add(guid("fiyat", s.kod()), s.stamp(), s.stamp(), s.kod(), 1, s.price());
        }
    }

    /**
     * Opening stock of an item: one incoming stock movement ({@code sth_tip} 0) on a stock entry slip
     * ({@code sth_evraktip} 2 [inference: Mikro's code for a stock entry document], series {@code DVR}), so that the
     * demo items have stock on hand after their seeded sales.
     */
    void opening(String kod, long number, BigDecimal quantity, BigDecimal unitCost, LocalDateTime at)
            throws SQLException {
        BigDecimal cost = quantity.multiply(unitCost).setScale(2, RoundingMode.HALF_UP);
        stockMovement.add(guid("devir", kod), at, at, at.toLocalDate().atStartOfDay(), 0, 2, "DVR", number, 0,
                "DEVIR", kod, "", quantity, BigDecimal.ZERO, 0, BigDecimal.ZERO, 0, 1, cost, null);
        journal.entry(at.toLocalDate(), at, new Journal.Source(2, "DVR", number, "Devir: " + kod),
                new Journal.Line(Journal.STOCK, cost), new Journal.Line(Journal.CAPITAL, cost.negate()));
    }

    /**
     * A customer's receipt (tahsilat, {@code cha_evrak_tip} 1, {@code cha_tip} 1) into the cash box {@code NK}
     * ({@code cha_kasa_hizmet} 4) or the bank {@code BNK1} (2, [inference]), with its journal entry.
     */
    void receipt(long number, LocalDate date, String cariKod, BigDecimal amount, boolean bank, LocalDateTime stamp)
            throws SQLException {
        receipt.add(guid("tahsilat", "THS-" + number), stamp, stamp, RECEIPT, "THS", number, date.atStartOfDay(), 1,
                bank ? 17 : 0, "Demo tahsilat", cariKod, amount, bank ? 2 : 4, bank ? "BNK1" : "NK");
        journal.receipt(date, stamp, new Journal.Source(RECEIPT, "THS", number, "Tahsilat " + cariKod), bank,
                amount);
    }

    /** A sales invoice: one cari movement with the totals, one stock movement per line. */
    void invoice(String series, long number, LocalDate date, String cariKod, String belgeNo, String aciklama,
                 List<Line> lines, LocalDateTime stamp) throws SQLException {
        UUID guid = guid("fatura", series + "-" + number);
        BigDecimal net = BigDecimal.ZERO;
        BigDecimal cost = BigDecimal.ZERO;
        BigDecimal[] vatByPointer = new BigDecimal[VatTable.RATES.size() + 1];
        java.util.Arrays.fill(vatByPointer, BigDecimal.ZERO);
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            BigDecimal lineNet = line.net().setScale(2, RoundingMode.HALF_UP);
            BigDecimal vat = line.vat().setScale(2, RoundingMode.HALF_UP);
            int pointer = VatTable.pointerFor(line.vatPercent());
            vatByPointer[pointer] = vatByPointer[pointer].add(vat);
            net = net.add(lineNet);
            BigDecimal lineCost = lineNet.multiply(COST_SHARE).setScale(2, RoundingMode.HALF_UP);
            cost = cost.add(lineCost);
            stockMovement.add(guid("fatura-satir", series + "-" + number + "-" + i), stamp, stamp,
                    date.atStartOfDay(), 1, 4, series, number, i, belgeNo, line.stok(), cariKod, line.quantity(),
                    lineNet, pointer, vat, 1, 0, lineCost, guid);
        }
        BigDecimal vatTotal = java.util.Arrays.stream(vatByPointer).reduce(BigDecimal.ZERO, BigDecimal::add);
        movement.add(guid, stamp, stamp, SALES_INVOICE, series, number, date.atStartOfDay(), 0, 7, belgeNo,
                Batch.cut(aciklama, 127), cariKod, net.add(vatTotal), net, vatByPointer[1], vatByPointer[2],
                vatByPointer[3], vatByPointer[4], vatByPointer[5], vatByPointer[6], 0);
        journal.salesInvoice(date, stamp, new Journal.Source(SALES_INVOICE, series, number, aciklama), net,
                vatTotal, cost);
    }

    /**
     * A bank loan from {@code BNK2} (KREDI_SOZLESMESI_TANIMLARI) of {@code amount}, repaid in {@code count} equal
     * monthly principal instalments with interest at {@code monthlyRate} on what is still owed
     * (KREDI_SOZLESMESI_TAKSIT_TANIMLARI); the instalments due by {@code today} are paid. The payout and each payment
     * post their journal entries, so the unpaid principal is the credit balance of account 300 [inference: the
     * column names beyond §12.6's table names are ours].
     */
    void loan(String code, LocalDate start, BigDecimal amount, int count, BigDecimal monthlyRate, LocalDate today)
            throws SQLException {
        LocalDateTime stamp = start.atTime(9, 30);
        try (Batch contract = new Batch(connection, "KREDI_SOZLESMESI_TANIMLARI", "kst_Guid", "kst_create_date",
                "kst_lastup_date", "kst_kodu", "kst_aciklama", "kst_banka_kodu", "kst_baslangic_tarihi", "kst_tutar",
                "kst_taksit_sayisi");
             Batch instalments = new Batch(connection, "KREDI_SOZLESMESI_TAKSIT_TANIMLARI", "ktt_Guid",
                     "ktt_create_date", "ktt_lastup_date", "ktt_sozlesme_kodu", "ktt_taksit_no", "ktt_vade_tarihi",
                     "ktt_anapara", "ktt_faiz", "ktt_odendi_fl")) {
            contract.add(guid("kredi", code), stamp, stamp, code, "İşletme kredisi", "BNK2", start.atStartOfDay(),
                    amount, count);
            journal.loanPaidOut(start, stamp, new Journal.Source(0, "KRD", 0, "Kredi kullanımı " + code), amount);
            BigDecimal principal = amount.divide(BigDecimal.valueOf(count), 2, RoundingMode.DOWN);
            BigDecimal owed = amount;
            for (int i = 1; i <= count; i++) {
                BigDecimal part = i == count ? owed : principal;
                BigDecimal interest = owed.multiply(monthlyRate).setScale(2, RoundingMode.HALF_UP);
                LocalDate due = start.plusMonths(i);
                boolean paid = !due.isAfter(today);
                instalments.add(guid("kredi-taksit", code + "-" + i), stamp, stamp, code, i, due.atStartOfDay(),
                        part, interest, paid);
                if (paid) {
                    journal.loanInstalment(due, due.atTime(9, 30), new Journal.Source(0, "KRD", i,
                            "Kredi taksidi " + code + "/" + i), part, interest);
                }
                owed = owed.subtract(part);
            }
        }
    }

    @Override
    public void close() throws SQLException {
        for (Batch batch : List.of(cari, address, stok, barcode, price, movement, stockMovement, receipt)) {
            batch.close();
        }
        journal.close();
    }
}
