package dev.kopru.core.money;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kopru.core.model.DocumentLine;
import dev.kopru.core.model.LineKind;
import dev.kopru.core.model.PriceBasis;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A tax other than VAT on its own line (the telecom ÖİV) is in the VAT base of the line it follows. */
class TaxLinesTest {

    private static DocumentLine service(int no, String price) {
        return new DocumentLine(no, LineKind.SERVICE, null, null, "Fiber", BigDecimal.ONE, null, new BigDecimal(price),
                PriceBasis.VAT_EXCLUDED, BigDecimal.valueOf(20), null, null);
    }

    private static DocumentLine oiv(int no, String amount, int vatRate) {
        return new DocumentLine(no, LineKind.TAX, "OIV", null, "ÖİV %10", BigDecimal.ONE, null, new BigDecimal(amount),
                PriceBasis.VAT_EXCLUDED, BigDecimal.valueOf(vatRate), null, null);
    }

    @Test
    void rounds_the_vat_once_on_the_line_and_its_tax() {
        // KDV on 333.33 + 33.33 = 366.66 is 73.33; rounding each apart would give 66.67 + 6.67 = 73.34
        DocumentTotals totals = DocumentTotals.of(List.of(service(1, "333.33"), oiv(2, "33.33", 20)));

        assertThat(totals.lines().get(0).vat()).isEqualTo("66.67");
        assertThat(totals.lines().get(1).vat()).isEqualTo("6.66");
        assertThat(totals.lines().get(1).gross()).isEqualTo("39.99");
        assertThat(totals.net()).isEqualTo("366.66");
        assertThat(totals.vat()).isEqualTo("73.33");
        assertThat(totals.gross()).isEqualTo("439.99");
    }

    @Test
    void a_tax_line_outside_the_vat_base_is_totalled_on_its_own() {
        DocumentTotals totals = DocumentTotals.of(List.of(service(1, "333.33"), oiv(2, "33.33", 0)));

        assertThat(totals.vat()).isEqualTo("66.67");
        assertThat(totals.gross()).isEqualTo("433.33");
    }

    @Test
    void a_tax_line_first_on_the_document_is_totalled_on_its_own() {
        assertThat(DocumentTotals.of(List.of(oiv(1, "33.33", 20))).vat()).isEqualTo("6.67");
    }
}
