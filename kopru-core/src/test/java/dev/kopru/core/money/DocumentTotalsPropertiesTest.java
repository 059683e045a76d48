package dev.kopru.core.money;

import dev.kopru.core.model.DocumentLine;
import dev.kopru.core.model.PriceBasis;
import dev.kopru.core.model.StatedTotals;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Properties checked over thousands of generated documents; the seed makes a failure reproducible. */
class DocumentTotalsPropertiesTest {
    private static final long SEED = 0x4B4456L;
    private static final int DOCUMENTS = 5_000;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Test
    void totals_always_reconcile() {
        Random random = new Random(SEED);
        for (int n = 0; n < DOCUMENTS; n++) {
            List<DocumentLine> lines = document(random);
            DocumentTotals totals = DocumentTotals.of(lines);
            String doc = "document " + n + " " + lines;

            BigDecimal net = BigDecimal.ZERO;
            BigDecimal vat = BigDecimal.ZERO;
            BigDecimal gross = BigDecimal.ZERO;
            for (LineTotals line : totals.lines()) {
                assertThat(line.net().add(line.vat())).as(doc).isEqualTo(line.gross());
                net = net.add(line.net());
                vat = vat.add(line.vat());
                gross = gross.add(line.gross());
            }
            assertThat(totals.net()).as(doc).isEqualByComparingTo(net);
            assertThat(totals.vat()).as(doc).isEqualByComparingTo(vat);
            assertThat(totals.gross()).as(doc).isEqualByComparingTo(gross);
            assertThat(totals.net().add(totals.vat())).as(doc).isEqualTo(totals.gross());

            assertThat(totals.byRate().stream().map(RateTotals::net).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .as(doc).isEqualByComparingTo(totals.net());
            assertThat(totals.byRate().stream().map(RateTotals::vat).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .as(doc).isEqualByComparingTo(totals.vat());
            assertThat(totals.byRate().stream().map(RateTotals::gross).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .as(doc).isEqualByComparingTo(totals.gross());
            for (RateTotals rate : totals.byRate()) {
                assertThat(rate.net().add(rate.vat())).as(doc).isEqualTo(rate.gross());
            }

            assertThat(totals.check(new StatedTotals(totals.net(), totals.vat(), totals.gross()))).as(doc).isEmpty();
        }
    }

    @Test
    void the_charged_amount_is_the_exact_line_amount_rounded_once() {
        Random random = new Random(SEED + 1);
        for (int n = 0; n < DOCUMENTS; n++) {
            for (DocumentLine line : document(random)) {
                LineTotals totals = LineTotals.of(line);
                BigDecimal charged = line.quantity().multiply(line.unitPrice())
                        .multiply(BigDecimal.ONE.subtract(discount(line).divide(HUNDRED)))
                        .setScale(2, RoundingMode.HALF_UP);
                BigDecimal ofRate = totals.net().multiply(line.vatRate()).divide(HUNDRED);
                if (line.priceBasis() == PriceBasis.VAT_INCLUDED) {
                    assertThat(totals.gross()).as("%s", line).isEqualTo(charged);
                    // vat − net × rate = (1 + rate) × (rounding error of the net), at most 1.2 × 0.005
                    assertThat(totals.vat().subtract(ofRate).abs()).as("%s", line).isLessThanOrEqualTo(new BigDecimal("0.006"));
                } else {
                    assertThat(totals.net()).as("%s", line).isEqualTo(charged);
                    assertThat(totals.vat().subtract(ofRate).abs()).as("%s", line).isLessThanOrEqualTo(new BigDecimal("0.005"));
                }
            }
        }
    }

    @Test
    void every_amount_is_at_kurus_scale() {
        Random random = new Random(SEED + 2);
        for (int n = 0; n < DOCUMENTS; n++) {
            DocumentTotals totals = DocumentTotals.of(document(random));
            List<BigDecimal> amounts = new ArrayList<>(List.of(totals.net(), totals.vat(), totals.gross()));
            totals.lines().forEach(l -> amounts.addAll(List.of(l.net(), l.vat(), l.gross())));
            totals.byRate().forEach(r -> amounts.addAll(List.of(r.net(), r.vat(), r.gross())));
            assertThat(amounts).allSatisfy(amount -> assertThat(amount.scale()).isEqualTo(2));
        }
    }

    private static List<DocumentLine> document(Random random) {
        int count = 1 + random.nextInt(20);
        List<DocumentLine> lines = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            PriceBasis basis = random.nextBoolean() ? PriceBasis.VAT_INCLUDED : PriceBasis.VAT_EXCLUDED;
            BigDecimal rate = VatRate.all().get(random.nextInt(6)).asBigDecimal();
            if (random.nextInt(4) == 0) {
                rate = rate.setScale(2); // vendors send 20.00 as often as 20
            }
            lines.add(Lines.line(i, quantity(random), price(random), basis, rate, discountRate(random)));
        }
        return lines;
    }

    private static BigDecimal quantity(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> BigDecimal.valueOf(1 + random.nextInt(100));                   // pieces
            case 1 -> BigDecimal.valueOf(1 + random.nextInt(999_999), 3);            // kg, litres
            default -> BigDecimal.valueOf(1 + random.nextInt(10_000), random.nextInt(3));
        };
    }

    private static BigDecimal price(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> BigDecimal.valueOf(1 + random.nextInt(999), 2);                 // cheap: 0.01–9.99
            case 1 -> BigDecimal.valueOf(1 + random.nextInt(99_999_999), 4);          // unit prices at 4 decimals
            case 2 -> BigDecimal.valueOf(random.nextInt(100_000));                    // whole lira
            default -> BigDecimal.valueOf(1 + random.nextInt(1_000_000_000), 2);     // up to 10 million
        };
    }

    private static BigDecimal discountRate(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> null;
            case 1 -> BigDecimal.ZERO;
            case 2 -> BigDecimal.valueOf(5L * random.nextInt(21));                    // 0, 5, … 100
            default -> BigDecimal.valueOf(random.nextInt(10_001), 2);                 // 0.00–100.00
        };
    }

    private static BigDecimal discount(DocumentLine line) {
        return line.discountRate() == null ? BigDecimal.ZERO : line.discountRate();
    }
}
