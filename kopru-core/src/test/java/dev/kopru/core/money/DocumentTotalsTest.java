package dev.kopru.core.money;

import dev.kopru.core.model.DocumentLine;
import dev.kopru.core.model.Invoice;
import dev.kopru.core.model.PriceBasis;
import dev.kopru.core.model.StatedTotals;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static dev.kopru.core.money.Lines.excl;
import static dev.kopru.core.money.Lines.incl;
import static dev.kopru.core.money.Lines.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentTotalsTest {

    @Test
    void adds_vat_to_a_vat_excluded_price() {
        DocumentTotals totals = DocumentTotals.of(List.of(excl(1, "1", "50000", 20)));

        assertThat(totals.net()).isEqualTo("50000.00");
        assertThat(totals.vat()).isEqualTo("10000.00");
        assertThat(totals.gross()).isEqualTo("60000.00");
    }

    @Test
    void keeps_the_gross_of_a_vat_included_price_and_derives_the_net() {
        LineTotals line = DocumentTotals.of(List.of(incl(1, "3", "33.33", 10))).lines().getFirst();

        // 99.99 / 1.10 = 90.9
        assertThat(line.gross()).isEqualTo("99.99");
        assertThat(line.net()).isEqualTo("90.90");
        assertThat(line.vat()).isEqualTo("9.09");
    }

    @Test
    void preserves_a_marketplace_gross_that_a_net_first_computation_would_lose() {
        // 1 × 19.99 VAT-included at 20 %: net 16.658… → 16.66, and 16.66 × 1.20 = 19.992 → 19.99 only by luck;
        // with 29.99: net 24.99, vat 5.00 — the buyer paid 29.99, which is what we keep.
        LineTotals line = LineTotals.of(incl(1, "1", "29.99", 20));
        assertThat(line.net()).isEqualTo("24.99");
        assertThat(line.vat()).isEqualTo("5.00");
        assertThat(line.gross()).isEqualTo("29.99");

        LineTotals cheap = LineTotals.of(incl(2, "7", "0.99", 20));
        assertThat(cheap.gross()).isEqualTo("6.93");
        assertThat(cheap.net()).isEqualTo("5.78");
        assertThat(cheap.vat()).isEqualTo("1.15");
    }

    @Test
    void applies_the_discount_before_vat() {
        LineTotals line = LineTotals.of(line(1, "2", "12.50", PriceBasis.VAT_EXCLUDED, 20, "10"));

        assertThat(line.net()).isEqualTo("22.50");
        assertThat(line.vat()).isEqualTo("4.50");
        assertThat(line.gross()).isEqualTo("27.00");
    }

    @Test
    void rounds_a_fractional_quantity_half_up_to_kurus() {
        // 1.5 kg × 7.99 = 11.985 → 11.99; VAT 1 %: 0.1199 → 0.12
        LineTotals line = LineTotals.of(excl(1, "1.5", "7.99", 1));

        assertThat(line.net()).isEqualTo("11.99");
        assertThat(line.vat()).isEqualTo("0.12");
        assertThat(line.gross()).isEqualTo("12.11");
    }

    @Test
    void a_full_discount_or_a_zero_rate_gives_exact_zeros() {
        LineTotals free = LineTotals.of(line(1, "5", "10", PriceBasis.VAT_INCLUDED, 10, "100"));
        assertThat(List.of(free.net(), free.vat(), free.gross())).containsOnly(new BigDecimal("0.00"));

        LineTotals exempt = LineTotals.of(excl(2, "2", "45.5", 0));
        assertThat(exempt.vat()).isEqualTo("0.00");
        assertThat(exempt.gross()).isEqualTo("91.00");
    }

    @Test
    void rounds_each_line_so_the_document_is_the_sum_of_its_lines() {
        // three lines of 0.05 at 10 %: each line's VAT 0.005 rounds to 0.01, the document's VAT is 0.03
        // (rounding the document instead would give 0.015 → 0.02).
        DocumentTotals totals = DocumentTotals.of(List.of(
                excl(1, "1", "0.05", 10), excl(2, "1", "0.05", 10), excl(3, "1", "0.05", 10)));

        assertThat(totals.lines()).extracting(LineTotals::vat).containsOnly(new BigDecimal("0.01"));
        assertThat(totals.net()).isEqualTo("0.15");
        assertThat(totals.vat()).isEqualTo("0.03");
        assertThat(totals.gross()).isEqualTo("0.18");
    }

    @Test
    void totals_each_vat_rate_separately() {
        DocumentTotals totals = DocumentTotals.of(List.of(
                excl(1, "2", "100", 20), incl(2, "1", "110", 10), excl(3, "4", "25", 20), excl(4, "1", "10", 1)));

        assertThat(totals.byRate()).extracting(RateTotals::vatRate)
                .containsExactly(VatRate.ONE, VatRate.TEN, VatRate.TWENTY);
        RateTotals twenty = totals.forRate(VatRate.TWENTY).orElseThrow();
        assertThat(twenty.net()).isEqualTo("300.00");
        assertThat(twenty.vat()).isEqualTo("60.00");
        assertThat(twenty.gross()).isEqualTo("360.00");
        assertThat(totals.forRate(VatRate.EIGHTEEN)).isEmpty();
        assertThat(totals.net()).isEqualTo("410.00");
        assertThat(totals.vat()).isEqualTo("70.10");
        assertThat(totals.gross()).isEqualTo("480.10");
    }

    @Test
    void totals_an_invoice_and_an_empty_document() {
        Invoice invoice = new Invoice(null, "FAT2026000001", null, null, LocalDate.of(2026, 1, 5), null, "120.01.00001",
                "TRY", null, List.of(incl(1, "3", "33.33", 10)), null, null, null, null);
        assertThat(DocumentTotals.of(invoice).gross()).isEqualTo("99.99");

        DocumentTotals empty = DocumentTotals.of(List.of());
        assertThat(List.of(empty.net(), empty.vat(), empty.gross())).containsOnly(new BigDecimal("0.00"));
        assertThat(empty.byRate()).isEmpty();
    }

    @Test
    void agrees_with_a_vendor_that_states_the_same_totals() {
        DocumentTotals totals = DocumentTotals.of(List.of(excl(1, "1", "50000", 20)));

        assertThat(totals.check(new StatedTotals(new BigDecimal("50000"), new BigDecimal("10000.0"),
                new BigDecimal("60000.00")))).isEmpty();
        assertThat(totals.check(new StatedTotals(null, null, new BigDecimal("60000")))).isEmpty();
        assertThat(totals.check(null)).isEmpty();
    }

    @Test
    void reports_each_total_on_which_a_vendor_disagrees() {
        DocumentTotals totals = DocumentTotals.of(List.of(excl(1, "1", "100", 20)));

        List<Discrepancy> found = totals.check(new StatedTotals(new BigDecimal("100.00"), new BigDecimal("20.02"),
                new BigDecimal("120.02")));

        assertThat(found).extracting(Discrepancy::total)
                .containsExactly(Discrepancy.Total.VAT, Discrepancy.Total.GROSS);
        Discrepancy gross = found.get(1);
        assertThat(gross.ours()).isEqualTo("120.00");
        assertThat(gross.theirs()).isEqualTo("120.02");
        assertThat(gross.difference()).isEqualTo("0.02");
        assertThat(gross.describe()).isEqualTo("gross: ours 120.00, theirs 120.02, difference 0.02 (allowed 0.00)");
    }

    @Test
    void tolerates_a_vendor_that_rounds_the_document_instead_of_the_lines() {
        List<DocumentLine> lines = List.of(excl(1, "1", "0.05", 10), excl(2, "1", "0.05", 10),
                excl(3, "1", "0.05", 10));
        StatedTotals documentRounded = new StatedTotals(new BigDecimal("0.15"), new BigDecimal("0.02"),
                new BigDecimal("0.17"));
        DocumentTotals totals = DocumentTotals.of(lines);

        assertThat(totals.check(documentRounded)).hasSize(2);
        assertThat(totals.check(documentRounded, Tolerance.perLine(new BigDecimal("0.01")))).isEmpty();
        assertThat(totals.check(documentRounded, Tolerance.perDocument(new BigDecimal("0.01")))).isEmpty();
        assertThat(Tolerance.perLine(new BigDecimal("0.01")).allowedFor(3)).isEqualByComparingTo("0.03");
        assertThatThrownBy(() -> Tolerance.perLine(new BigDecimal("-0.01")))
                .hasMessage("perLine: -0.01 must not be negative");
    }

    @Test
    void names_the_line_and_field_of_bad_input() {
        assertThatThrownBy(() -> DocumentTotals.of(List.of(excl(1, "1", "10", 20), excl(2, "1", "10", 19))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("line 2: vatRate: 19 is not a Turkish KDV rate (0, 1, 8, 10, 18, 20)");
        assertThatThrownBy(() -> LineTotals.of(line(3, "1", "10", PriceBasis.VAT_EXCLUDED, 20, "120")))
                .hasMessage("line 3: discountRate: 120 must be between 0 and 100 (percent)");
        assertThatThrownBy(() -> LineTotals.of(line(4, "1", "10", null, 20, null)))
                .hasMessageStartingWith("line 4: priceBasis: must not be null");
        assertThatThrownBy(() -> LineTotals.of(Lines.line(5, null, BigDecimal.ONE, PriceBasis.VAT_EXCLUDED,
                BigDecimal.TEN, null))).hasMessage("line 5: quantity: must not be null");
        assertThatThrownBy(() -> LineTotals.of(Lines.line(6, BigDecimal.ONE, null, PriceBasis.VAT_EXCLUDED,
                BigDecimal.TEN, null))).hasMessage("line 6: unitPrice: must not be null");
    }

    @Test
    void a_negated_line_has_exactly_negated_totals() {
        LineTotals positive = LineTotals.of(incl(1, "3", "33.33", 10));
        LineTotals negative = LineTotals.of(incl(1, "-3", "33.33", 10));

        assertThat(negative.net()).isEqualTo(positive.net().negate());
        assertThat(negative.vat()).isEqualTo(positive.vat().negate());
        assertThat(negative.gross()).isEqualTo(positive.gross().negate());
    }
}
