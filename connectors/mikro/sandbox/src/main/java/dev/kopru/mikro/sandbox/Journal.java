package dev.kopru.mikro.sandbox;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The general ledger behind the documents (MUHASEBE_FISLERI, mikro.md §12.6): every invoice, receipt and opening
 * stock gets a balanced journal entry, so that a trial balance (mizan) sums {@code fis_meblag0} — debit positive,
 * credit negative — to zero, and a cash position or a stock cost report finds its accounts. The chart of accounts is
 * Türkiye's uniform one (Tekdüzen Hesap Planı); which sub-accounts a Mikro company uses is [inference].
 */
final class Journal implements AutoCloseable {

    static final String CASH = "100.01";
    static final String BANK = "102.01";
    /** The account of the bank that lent the demo company its loan (BNK2). */
    static final String LOAN_BANK = "102.02";
    static final String BANK_LOANS = "300.01";
    static final String INTEREST = "780.01";
    static final String CUSTOMERS = "120.01";
    static final String STOCK = "153.01";
    static final String VAT_OUT = "391.01";
    static final String CAPITAL = "500.01";
    static final String SALES = "600.01";
    static final String COST_OF_SALES = "621.01";

    /** The accounts above, with their names, for MUHASEBE_HESAP_PLANI. */
    static final List<List<String>> CHART = List.of(List.of("100", "KASA"), List.of(CASH, "MERKEZ KASA"),
            List.of("102", "BANKALAR"), List.of(BANK, "VADESİZ MEVDUAT"),
            List.of(LOAN_BANK, "KREDİ BANKASI VADESİZ MEVDUAT"), List.of("120", "ALICILAR"),
            List.of(CUSTOMERS, "YURTİÇİ ALICILAR"), List.of("153", "TİCARİ MALLAR"), List.of(STOCK, "TİCARİ MALLAR"),
            List.of("391", "HESAPLANAN KDV"), List.of(VAT_OUT, "HESAPLANAN KDV"), List.of("500", "SERMAYE"),
            List.of(CAPITAL, "SERMAYE"), List.of("600", "YURTİÇİ SATIŞLAR"), List.of(SALES, "YURTİÇİ SATIŞLAR"),
            List.of("621", "SATILAN TİCARİ MALLAR MALİYETİ"), List.of(COST_OF_SALES, "SATILAN TİCARİ MALLAR MALİYETİ"),
            List.of("300", "BANKA KREDİLERİ"), List.of(BANK_LOANS, "BANKA KREDİLERİ"), List.of("780", "FİNANSMAN GİDERLERİ"),
            List.of(INTEREST, "FİNANSMAN GİDERLERİ"));

    /** One line of an entry: the account and the signed amount (debit positive). */
    record Line(String account, BigDecimal amount) {
    }

    /** The document an entry records. */
    record Source(int evrakTip, String seri, long sira, String aciklama) {
    }

    private final Batch lines;
    private int nextEntry;

    Journal(Connection connection) throws SQLException {
        this.lines = new Batch(connection, "MUHASEBE_FISLERI", "fis_Guid", "fis_create_date", "fis_lastup_date",
                "fis_maliyil", "fis_tarih", "fis_sira_no", "fis_satir_no", "fis_yevmiye_no", "fis_hesap_kod",
                "fis_aciklama1", "fis_meblag0", "fis_meblag1", "fis_kaynak_evrak_tip", "fis_kaynak_evrak_seri",
                "fis_kaynak_evrak_sira");
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT COALESCE(MAX(fis_sira_no), 0) FROM MUHASEBE_FISLERI")) {
            rs.next();
            nextEntry = rs.getInt(1) + 1;
        }
    }

    /** Writes one balanced entry; lines of zero are left out. */
    void entry(LocalDate date, LocalDateTime stamp, Source source, Line... entryLines) throws SQLException {
        BigDecimal balance = BigDecimal.ZERO;
        for (Line line : entryLines) {
            balance = balance.add(line.amount());
        }
        if (balance.signum() != 0) {
            throw new IllegalStateException("an unbalanced journal entry for " + source + ": " + balance);
        }
        int entry = nextEntry++;
        int row = 0;
        for (Line line : entryLines) {
            if (line.amount().signum() == 0) {
                continue;
            }
            lines.add(SeedWriter.guid("fis", entry + "-" + row), stamp, stamp, date.getYear(), date.atStartOfDay(),
                    entry, row++, entry, line.account(), Batch.cut(source.aciklama(), 127), line.amount(),
                    line.amount(), source.evrakTip(), source.seri(), source.sira());
        }
    }

    /** A sales invoice: the customer owes the gross; sales and VAT are credited; the goods leave stock at cost. */
    void salesInvoice(LocalDate date, LocalDateTime stamp, Source source, BigDecimal net, BigDecimal vat,
                      BigDecimal cost) throws SQLException {
        entry(date, stamp, source, new Line(CUSTOMERS, net.add(vat)), new Line(SALES, net.negate()),
                new Line(VAT_OUT, vat.negate()), new Line(COST_OF_SALES, cost), new Line(STOCK, cost.negate()));
    }

    /** A receipt from a customer into the cash box or the bank. */
    void receipt(LocalDate date, LocalDateTime stamp, Source source, boolean bank, BigDecimal amount)
            throws SQLException {
        entry(date, stamp, source, new Line(bank ? BANK : CASH, amount), new Line(CUSTOMERS, amount.negate()));
    }

    /** A bank loan paid out into the lending bank's account. */
    void loanPaidOut(LocalDate date, LocalDateTime stamp, Source source, BigDecimal amount) throws SQLException {
        entry(date, stamp, source, new Line(LOAN_BANK, amount), new Line(BANK_LOANS, amount.negate()));
    }

    /** An instalment of the loan, principal and interest, paid from the lending bank's account. */
    void loanInstalment(LocalDate date, LocalDateTime stamp, Source source, BigDecimal principal,
                        BigDecimal interest) throws SQLException {
        entry(date, stamp, source, new Line(BANK_LOANS, principal), new Line(INTEREST, interest),
                new Line(LOAN_BANK, principal.add(interest).negate()));
    }

    @Override
    public void close() throws SQLException {
        lines.close();
    }
}
