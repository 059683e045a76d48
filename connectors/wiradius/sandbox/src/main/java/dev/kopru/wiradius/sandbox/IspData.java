package dev.kopru.wiradius.sandbox;

import dev.kopru.testkit.demodata.DemoData;
import dev.kopru.testkit.demodata.DemoParty;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * The records a sandbox starts with: an ISP's subscribers with twelve months of invoices, payments and movements,
 * deterministic from a seed, or the golden examples' few records (wiradius.md §8).
 */
final class IspData {

    private static final String[] MONTHS = {"Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz",
            "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"};
    private static final String[] COLLECTIONS = {"Kredi kartı tahsilat", "Havale tahsilat", "Otomatik ödeme talimatı",
            "Nakit tahsilat"};
    private static final BigDecimal OIV = new BigDecimal("10");
    private static final int KDV = 20;

    /** A monthly package: its name and net price (VAT and ÖİV excluded). */
    private record Plan(String name, String price) { }

    // Prices in kuruş on purpose: the VAT on net + ÖİV is rounded once per row, as on a real e-invoice.
    private static final List<Plan> HOME = List.of(new Plan("Fiber 100 Mbps", "333.33"),
            new Plan("Fiber 50 Mbps", "274.99"), new Plan("VDSL 35 Mbps", "233.37"),
            new Plan("ADSL 16 Mbps", "183.33"), new Plan("Mobil 20 GB", "208.35"));
    private static final List<Plan> BUSINESS = List.of(new Plan("Kurumsal Fiber 1 Gbps", "2083.33"),
            new Plan("Kurumsal Fiber 200 Mbps", "999.99"), new Plan("Metro Ethernet 100 Mbps", "1499.95"));

    private IspData() {
    }

    static Isp of(WiradiusSandboxOptions options) {
        return options.golden() ? golden() : generated(options.demoSeed(), options.subscribers(),
                options.referenceDate());
    }

    /** The records behind G1, G3, G5 and G8. */
    static Isp golden() {
        List<Isp.Subscriber> subscribers = List.of(
                new Isp.Subscriber(1, 1, "Ayşe Kaya", "10000000078", null, null, "05321234567", "ayse.kaya@example.com",
                        "Atatürk Mah. Cumhuriyet Cad. No:5", "İzmir", "Karşıyaka", LocalDateTime.of(2022, 11, 3, 9, 30),
                        Isp.ZERO),
                new Isp.Subscriber(4, 4, "Ege Net Bilişim A.Ş.", null, "1234567890", "Karşıyaka", "02323334455",
                        "muhasebe@egenet.example.com", "Bostanlı Mah. 1234 Sk. No:7", "İzmir", "Karşıyaka",
                        LocalDateTime.of(2022, 12, 1, 9, 0), new BigDecimal("-90.00")),
                new Isp.Subscriber(17, 1, "Mehmet Demir", "10000000146", null, null, "05427654321",
                        "mehmet.demir@example.com", "Alsancak Mah. Kıbrıs Şehitleri Cad. No:40", "İzmir", "Konak",
                        LocalDateTime.of(2023, 2, 11, 10, 12), new BigDecimal("-250.00")));
        List<Isp.Movement> movements = List.of(
                new Isp.Movement(501, 1, LocalDateTime.of(2023, 1, 5, 0, 0), "invoice", 1, "Ocak 2023 internet",
                        new BigDecimal("359.00"), Isp.ZERO, new BigDecimal("359.00")),
                new Isp.Movement(502, 1, LocalDateTime.of(2023, 1, 12, 14, 31), "payment", null,
                        "Kredi kartı tahsilat", Isp.ZERO, new BigDecimal("359.00"), Isp.ZERO),
                new Isp.Movement(503, 4, LocalDateTime.of(2022, 12, 1, 9, 5), "payment", null, "Avans tahsilat",
                        Isp.ZERO, new BigDecimal("90.00"), new BigDecimal("-90.00")),
                new Isp.Movement(504, 17, LocalDateTime.of(2023, 2, 11, 10, 20), "payment", null, "Avans tahsilat",
                        Isp.ZERO, new BigDecimal("250.00"), new BigDecimal("-250.00")));
        List<Isp.Invoice> invoices = List.of(new Isp.Invoice(1, 1, "WRD2023000000001", LocalDate.of(2023, 5, 5),
                "sell", "e-Arşiv", "5d1f0c1e-6a4b-4e38-9d47-3c3f2b7c9a10", "Ayşe Kaya", List.of(
                new Isp.Row(1, 1, "Fiber 100 Mbps - Mayıs 2023", BigDecimal.ONE, "Adet", new BigDecimal("299.17"), KDV,
                        BigDecimal.ZERO))));
        return new Isp(subscribers, movements, invoices);
    }

    /**
     * {@code count} subscribers from the test kit's demo parties (persons with a TCKN, companies with a VKN); every
     * 25th is an upstream provider that bills the operator (purchase invoices). Each customer gets a monthly invoice
     * on the 5th for the twelve months before {@code today}, with KDV and ÖİV; most pay within three weeks, some are
     * late and a few pay in advance.
     */
    static Isp generated(long seed, int count, LocalDate today) {
        DemoData parties = DemoData.of(seed, count);
        LocalDate firstMonth = today.withDayOfMonth(1).minusMonths(12);
        List<Isp.Subscriber> bare = new ArrayList<>();
        List<Isp.Invoice> invoices = new ArrayList<>();
        List<Isp.Movement> movements = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            DemoParty party = parties.party(i);
            int id = i + 1;
            Random random = new Random(seed * 1_000_003L + id);
            boolean company = party.kind() == DemoParty.Kind.COMPANY;
            boolean upstream = i % 25 == 24 && company;
            LocalDateTime createdAt = firstMonth.minusDays(1 + random.nextInt(400)).atTime(9 + random.nextInt(9),
                    random.nextInt(60));
            bare.add(new Isp.Subscriber(id, company ? cariTipi(party.name()) : 1, party.name(),
                    company ? null : party.taxId(), company ? party.taxId() : null,
                    company ? party.taxOffice().replace(" Vergi Dairesi", "") : null, party.phone(), party.email(),
                    party.address().line(), party.address().city(), party.address().district(), createdAt, null));
            Plan plan = upstream ? new Plan("Toptan IP transit hizmeti", "15000.00")
                    : (company ? BUSINESS : HOME).get(random.nextInt((company ? BUSINESS : HOME).size()));
            boolean staticIp = company && !upstream && random.nextBoolean();
            boolean late = random.nextInt(100) < 12;
            if (!upstream && random.nextInt(100) < 5) {
                movements.add(new Isp.Movement(0, id, firstMonth.atTime(10, 0), "payment", null, "Avans tahsilat",
                        Isp.ZERO, new BigDecimal("1000.00"), null));
            }
            for (int m = 0; m < 12; m++) {
                LocalDate month = firstMonth.plusMonths(m);
                LocalDate date = month.withDayOfMonth(upstream ? 1 : 5);
                String period = MONTHS[month.getMonthValue() - 1] + " " + month.getYear();
                List<Isp.Row> rows = new ArrayList<>();
                rows.add(new Isp.Row(0, 0, plan.name() + " - " + period, BigDecimal.ONE, "Adet",
                        new BigDecimal(plan.price()), KDV, upstream ? BigDecimal.ZERO : OIV));
                if (staticIp) {
                    rows.add(new Isp.Row(0, 0, "Statik IP - " + period, BigDecimal.ONE, "Adet", new BigDecimal("41.67"),
                            KDV, OIV));
                }
                Isp.Invoice invoice = new Isp.Invoice(0, id, null, date, upstream ? "buy" : "sell",
                        party.eInvoiceTaxpayer() ? "e-Fatura" : "e-Arşiv", null, party.name(), rows);
                invoices.add(invoice);
                boolean pays = !(late && m >= 10) && random.nextInt(100) < 97;
                if (pays) {
                    LocalDateTime paidAt = date.plusDays(3 + random.nextInt(18)).atTime(8 + random.nextInt(12),
                            random.nextInt(60));
                    movements.add(new Isp.Movement(-invoices.size(), id, paidAt, "payment", null,
                            upstream ? "Banka havalesi ödeme" : COLLECTIONS[random.nextInt(COLLECTIONS.length)],
                            null, null, null));
                }
            }
        }
        return numbered(seed, bare, invoices, movements);
    }

    /**
     * Gives invoices their ids, numbers and ETTNs in date order, turns each into its movement, prices the payments
     * (a placeholder payment carries minus the index of the invoice it settles), and runs the balances.
     */
    private static Isp numbered(long seed, List<Isp.Subscriber> bare, List<Isp.Invoice> drafts,
                                List<Isp.Movement> drafted) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> drafts.get(i).date()).thenComparing(i -> drafts.get(i).cariId()));
        Map<Integer, Isp.Invoice> byDraft = new HashMap<>();
        Map<Integer, Integer> perYear = new HashMap<>();
        int rowId = 0;
        List<Isp.Invoice> invoices = new ArrayList<>();
        for (int n = 0; n < order.size(); n++) {
            Isp.Invoice d = drafts.get(order.get(n));
            int id = n + 1;
            int sequence = perYear.merge(d.date().getYear(), 1, Integer::sum);
            List<Isp.Row> rows = new ArrayList<>();
            for (Isp.Row r : d.rows()) {
                rows.add(new Isp.Row(++rowId, id, r.description(), r.quantity(), r.unit(), r.unitPrice(), r.taxRate(),
                        r.oivRate()));
            }
            Isp.Invoice invoice = new Isp.Invoice(id, d.cariId(), String.format(Locale.ROOT, "%s%d%09d",
                    d.type().equals("sell") ? "WRD" : "ALS", d.date().getYear(), sequence), d.date(), d.type(),
                    d.invoiceType(), UUID.nameUUIDFromBytes((seed + "/" + id).getBytes(StandardCharsets.UTF_8))
                    .toString(), d.cariName(), rows);
            invoices.add(invoice);
            byDraft.put(order.get(n) + 1, invoice);
        }
        List<Isp.Movement> unbalanced = new ArrayList<>();
        for (Isp.Invoice invoice : invoices) {
            boolean sale = invoice.type().equals("sell");
            unbalanced.add(new Isp.Movement(0, invoice.cariId(), invoice.date().atTime(LocalTime.MIDNIGHT), "invoice",
                    invoice.invoiceId(), invoice.rows().getFirst().description(),
                    sale ? invoice.grandTotal() : Isp.ZERO, sale ? Isp.ZERO : invoice.grandTotal(), null));
        }
        for (Isp.Movement m : drafted) {
            if (m.transId() < 0) {
                Isp.Invoice settled = byDraft.get(-m.transId());
                boolean sale = settled.type().equals("sell");
                unbalanced.add(new Isp.Movement(0, m.cariId(), m.date(), "payment", null, m.description(),
                        sale ? Isp.ZERO : settled.grandTotal(), sale ? settled.grandTotal() : Isp.ZERO, null));
            } else {
                unbalanced.add(m);
            }
        }
        unbalanced.sort(Comparator.comparing(Isp.Movement::date).thenComparing(Isp.Movement::cariId));
        Map<Integer, BigDecimal> balances = new HashMap<>();
        List<Isp.Movement> movements = new ArrayList<>();
        int transId = 0;
        for (Isp.Movement m : unbalanced) {
            BigDecimal balance = balances.getOrDefault(m.cariId(), Isp.ZERO).add(m.debt()).subtract(m.credit());
            balances.put(m.cariId(), balance);
            movements.add(new Isp.Movement(++transId, m.cariId(), m.date(), m.type(), m.invoiceId(), m.description(),
                    m.debt(), m.credit(), balance));
        }
        List<Isp.Subscriber> subscribers = bare.stream().map(s -> new Isp.Subscriber(s.id(), s.cariTipi(), s.name(),
                s.tcNo(), s.taxNo(), s.taxOffice(), s.phone(), s.email(), s.address(), s.city(), s.district(),
                s.createdAt(), balances.getOrDefault(s.id(), Isp.ZERO))).toList();
        return new Isp(subscribers, movements, invoices);
    }

    /** The §5.5 code of a company by its legal form; 1 ("Firma Değil") is for persons. */
    private static int cariTipi(String name) {
        if (name.endsWith("A.Ş.")) {
            return 4;
        }
        return name.endsWith("Ltd. Şti.") ? 3 : 2;
    }
}
