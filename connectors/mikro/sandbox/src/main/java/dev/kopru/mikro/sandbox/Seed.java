package dev.kopru.mikro.sandbox;

import dev.kopru.core.model.Address;
import dev.kopru.core.model.DocumentLine;
import dev.kopru.core.model.PartyRole;
import dev.kopru.core.money.LineTotals;
import dev.kopru.testkit.demodata.DemoData;
import dev.kopru.testkit.demodata.DemoInvoice;
import dev.kopru.testkit.demodata.DemoItem;
import dev.kopru.testkit.demodata.DemoParty;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Fills a fresh database: the reference tables (depots, VAT), the golden set of mikro.md §10 when asked for, and
 * {@code demoSize} parties, items and sales invoices from {@link DemoData} (seeded, so the same every time).
 */
final class Seed {

    /** The e-document of golden example G10. */
    static final UUID GOLDEN_EDOCUMENT = UUID.fromString("381EF1A7-BE66-44E6-A3C2-65D75D05C78A");

    private Seed() {
    }

    /** Seeds {@code db} as of {@code today}, the demo data from {@code demoSeed}. */
    static void run(MikroDatabase db, MikroSandboxOptions options, LocalDate today, long demoSeed)
            throws SQLException {
        db.write(connection -> {
            referenceTables(connection);
            List<DemoParty> suppliers = List.of();
            try (SeedWriter writer = new SeedWriter(connection)) {
                if (options.goldenSet()) {
                    golden(writer);
                }
                if (options.demoSize() > 0) {
                    suppliers = demo(writer, DemoData.of(demoSeed, options.demoSize()).withReferenceDate(today));
                }
            }
            try (Batch incoming = incomingBatch(connection)) {
                if (options.goldenSet()) {
                    goldenEDocuments(connection, incoming);
                }
                for (int i = 0; i < suppliers.size(); i++) {
                    DemoParty supplier = suppliers.get(i);
                    incoming(incoming, String.format("DMO%04d%09d", today.getYear(), i + 1), supplier.taxId(),
                            supplier.name(), today.minusDays(3L * (i + 1)), BigDecimal.valueOf(1000L * (i + 1), 0)
                                    .setScale(2), 20);
                }
            }
            return null;
        });
    }

    private static void referenceTables(Connection connection) throws SQLException {
        LocalDateTime stamp = LocalDateTime.of(2020, 1, 1, 0, 0);
        try (Batch depots = new Batch(connection, "DEPOLAR", "dep_Guid", "dep_create_date", "dep_lastup_date",
                "dep_no", "dep_adi", "dep_il")) {
            depots.add(SeedWriter.guid("depo", "1"), stamp, stamp, 1, "MERKEZ DEPO", "İzmir");
            depots.add(SeedWriter.guid("depo", "2"), stamp, stamp, 2, "LİMAN DEPO", "İzmir");
        }
        try (Batch vat = new Batch(connection, "VERGI_ORANLARI", "vrg_pntr", "vrg_oran", "vrg_isim")) {
            for (VatTable.Rate rate : VatTable.RATES) {
                vat.add(rate.pointer(), rate.percent(), rate.name());
            }
        }
        try (Batch chart = new Batch(connection, "MUHASEBE_HESAP_PLANI", "muh_Guid", "muh_create_date",
                "muh_lastup_date", "muh_hesap_kod", "muh_hesap_isim1")) {
            for (List<String> account : Journal.CHART) {
                chart.add(SeedWriter.guid("hesap", account.get(0)), stamp, stamp, account.get(0), account.get(1));
            }
        }
        try (Batch company = new Batch(connection, "FIRMALAR", "fir_Guid", "fir_create_date", "fir_lastup_date",
                "fir_sirano", "fir_unvan", "fir_vergi_daire", "fir_vergi_no", "fir_adres1", "fir_ilce", "fir_il")) {
            company.add(SeedWriter.guid("firma", "0"), stamp, stamp, 0, "Köprü Demo Ticaret A.Ş.", "KORDON",
                    "1112223334", "Cumhuriyet Blv. No:1", "Konak", "İzmir");
        }
        try (Batch cash = new Batch(connection, "KASALAR", "kas_Guid", "kas_create_date", "kas_lastup_date",
                "kas_kod", "kas_isim", "kas_muh_kod")) {
            cash.add(SeedWriter.guid("kasa", "NK"), stamp, stamp, "NK", "MERKEZ NAKİT KASA", Journal.CASH);
        }
        try (Batch banks = new Batch(connection, "BANKALAR", "ban_Guid", "ban_create_date", "ban_lastup_date",
                "ban_kod", "ban_ismi", "ban_sube", "ban_IBAN", "ban_hesap_tip", "ban_muh_kod")) {
            banks.add(SeedWriter.guid("banka", "BNK1"), stamp, stamp, "BNK1", "Ege Bankası", "Konak",
                    "TR330006100519786457841326", 0, Journal.BANK);
            banks.add(SeedWriter.guid("banka", "BNK2"), stamp, stamp, "BNK2", "Liman Katılım Bankası", "Aliağa",
                    "TR320010009999901234567890", 0, Journal.LOAN_BANK);
        }
        try (Batch plans = new Batch(connection, "ODEME_PLANLARI", "odp_Guid", "odp_create_date", "odp_lastup_date",
                "odp_no", "odp_kodu", "odp_adi", "odp_ortgun")) {
            plans.add(SeedWriter.guid("odeme", "1"), stamp, stamp, 1, "PESIN", "Peşin", BigDecimal.ZERO);
            plans.add(SeedWriter.guid("odeme", "2"), stamp, stamp, 2, "30GUN", "30 gün vadeli", BigDecimal.valueOf(30));
            plans.add(SeedWriter.guid("odeme", "3"), stamp, stamp, 3, "60GUN", "60 gün vadeli", BigDecimal.valueOf(60));
        }
        try (Batch centres = new Batch(connection, "SORUMLULUK_MERKEZLERI", "som_Guid", "som_create_date",
                "som_lastup_date", "som_kod", "som_isim")) {
            centres.add(SeedWriter.guid("srm", "MRK"), stamp, stamp, "MRK", "Merkez");
            centres.add(SeedWriter.guid("srm", "LMN"), stamp, stamp, "LMN", "Liman Şubesi");
        }
    }

    /** mikro.md §10: two customers, one service item and one invoice already sent as an e-invoice (G10). */
    private static void golden(SeedWriter writer) throws SQLException {
        writer.cari(new SeedWriter.Cari("120.01.001", "Aliağa Denizcilik Ltd. Şti.", "ALİAĞA", "9876543210", false,
                "muhasebe@aliaga-denizcilik.example.com", "05321112233", true, false, "Liman Cd. No:5", "Aliağa",
                "İzmir", "35800", LocalDateTime.of(2025, 3, 3, 9, 0)));
        writer.cari(new SeedWriter.Cari("120.01.002", "Ege Liman Hizmetleri A.Ş.", "KORDON", "1234567890", false,
                "finans@egeliman.example.com", "05324445566", false, false, "Atatürk Cd. No:120", "Konak", "İzmir",
                "35210", LocalDateTime.of(2025, 3, 4, 9, 0)));
        writer.stok(new SeedWriter.Stok("BAR-001", "Barınma Hizmeti", "ADET", 20, "HIZMET", null,
                new BigDecimal("50000.00"), LocalDateTime.of(2025, 3, 3, 10, 0)));
        writer.invoice("EFT", 1, LocalDate.of(2025, 10, 15), "120.01.001", "EFT2025000000001", "Ekim barınma",
                List.of(SeedWriter.Line.of("BAR-001", BigDecimal.ONE, new BigDecimal("1000.00"), 20)),
                LocalDateTime.of(2025, 10, 15, 11, 0));
    }

    private static void goldenEDocuments(Connection connection, Batch incoming) throws SQLException {
        LocalDateTime stamp = LocalDateTime.of(2025, 10, 15, 11, 5);
        try (Batch sent = new Batch(connection, "E_BELGELER", "eb_Guid", "eb_create_date", "eb_lastup_date",
                "eb_UUID", "eb_cha_Guid", "eb_evrakno_seri", "eb_evrakno_sira", "eb_EFaturaTipi", "eb_EBelgeTipi",
                "eb_DurumKodu", "eb_Durum")) {
            sent.add(SeedWriter.guid("ebelge", "EFT-1"), stamp, stamp, GOLDEN_EDOCUMENT,
                    SeedWriter.guid("fatura", "EFT-1"), "EFT", 1, 0, 0, EDocumentOperations.DONE,
                    EDocumentOperations.DONE_TEXT);
        }
        incoming(incoming, "GLD2025000000101", "3334445556", "Körfez Yakıt A.Ş.", LocalDate.of(2025, 11, 3),
                new BigDecimal("12500.00"), 20);
        incoming(incoming, "GLD2025000000102", "4445556667", "İzmir Halat San. Ltd. Şti.",
                LocalDate.of(2025, 11, 10), new BigDecimal("3400.00"), 20);
        incoming(incoming, "GLD2025000000103", "5556667778", "Çandarlı Kumanya Ltd. Şti.",
                LocalDate.of(2025, 11, 18), new BigDecimal("860.00"), 10);
    }

    /** Writes the demo data; answers the first few suppliers, who send the demo incoming e-invoices. */
    private static List<DemoParty> demo(SeedWriter writer, DemoData data) throws SQLException {
        List<DemoParty> suppliers = new ArrayList<>();
        for (DemoParty party : (Iterable<DemoParty>) data.parties()::iterator) {
            Address address = party.address();
            writer.cari(new SeedWriter.Cari(party.code(), party.name(), party.taxOffice(), party.taxId(),
                    party.kind() == DemoParty.Kind.PERSON, party.email(), party.phone(), party.eInvoiceTaxpayer(),
                    party.role() == PartyRole.SUPPLIER, address == null ? "" : address.line(),
                    address == null ? "" : address.district(), address == null ? "" : address.city(),
                    address == null ? "" : address.postalCode(), stamp(data, party.index())));
            if (party.role() == PartyRole.SUPPLIER && suppliers.size() < 3) {
                suppliers.add(party);
            }
        }
        for (DemoItem item : (Iterable<DemoItem>) data.items()::iterator) {
            writer.stok(new SeedWriter.Stok(item.code(), item.name(), item.unit(), item.vatRate().intValue(),
                    item.category(), item.barcode(), item.price(), stamp(data, item.index())));
        }
        Map<String, BigDecimal> sold = new HashMap<>();
        long receipts = 0;
        for (DemoInvoice invoice : (Iterable<DemoInvoice>) data.invoices()::iterator) {
            List<SeedWriter.Line> lines = new ArrayList<>();
            for (DocumentLine line : invoice.lines()) {
                LineTotals totals = LineTotals.of(line);
                lines.add(new SeedWriter.Line(line.itemCode(), line.quantity(), totals.net(), line.vatRate(),
                        totals.vat()));
                sold.merge(line.itemCode(), line.quantity(), BigDecimal::add);
            }
            writer.invoice("DMO", invoice.index() + 1L, invoice.date(), invoice.partyCode(), invoice.number(),
                    "Demo satış faturası", lines, invoice.date().atTime(17, 0));
            // Two in three invoices are paid a week later, by turns in cash and by bank transfer.
            LocalDate paid = invoice.date().plusDays(7);
            if (invoice.index() % 3 != 2 && !paid.isAfter(data.referenceDate())) {
                BigDecimal gross = lines.stream().map(l -> l.net().add(l.vat())).reduce(BigDecimal.ZERO,
                        BigDecimal::add).setScale(2, java.math.RoundingMode.HALF_UP);
                writer.receipt(++receipts, paid, invoice.partyCode(), gross, invoice.index() % 3 == 1,
                        paid.atTime(10, 0));
            }
        }
        writer.loan("KRD-001", data.referenceDate().minusMonths(7), new BigDecimal("120000.00"), 12,
                new BigDecimal("0.0150"), data.referenceDate());
        // what came in before the year's sales, so that each item keeps its demo quantity on hand
        LocalDateTime opening = data.referenceDate().minusDays(400).atTime(8, 0);
        for (DemoItem item : (Iterable<DemoItem>) data.items()::iterator) {
            BigDecimal in = BigDecimal.valueOf(item.onHand()).add(sold.getOrDefault(item.code(), BigDecimal.ZERO));
            writer.opening(item.code(), item.index() + 1L, in, item.price().multiply(SeedWriter.COST_SHARE), opening);
        }
        return suppliers;
    }

    /** Creation and change time of demo record {@code index}: spread over the year before the reference date. */
    private static LocalDateTime stamp(DemoData data, int index) {
        return data.referenceDate().minusDays(2 + (index * 7L) % 360).atTime(9, 0).plusMinutes(index % 480);
    }

    private static Batch incomingBatch(Connection connection) throws SQLException {
        return new Batch(connection, "GELEN_E_FATURALAR", "gef_Guid", "gef_create_date", "gef_lastup_date",
                "gef_UUID", "gef_GIBFaturaNo", "gef_VKNo", "gef_Unvan", "gef_FaturaTarihi", "gef_MalHizmetToplam",
                "gef_VergiToplam", "gef_OdenecekTutar");
    }

    private static void incoming(Batch batch, String number, String vkn, String name, LocalDate date,
                                 BigDecimal net, int vatPercent) throws SQLException {
        BigDecimal vat = VatTable.vat(net, BigDecimal.valueOf(vatPercent));
        LocalDateTime stamp = date.atTime(8, 30);
        batch.add(SeedWriter.guid("gelen", number), stamp, stamp, SeedWriter.guid("gelen-uuid", number), number, vkn,
                name, date.atStartOfDay(), net, vat, net.add(vat));
    }
}
