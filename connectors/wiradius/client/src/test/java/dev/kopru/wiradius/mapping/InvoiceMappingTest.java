package dev.kopru.wiradius.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kopru.core.model.DocumentDirection;
import dev.kopru.core.model.Invoice;
import dev.kopru.core.model.LineKind;
import dev.kopru.core.money.DocumentTotals;
import dev.kopru.wiradius.client.Fatura;
import dev.kopru.wiradius.client.FaturaSatiri;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvoiceMappingTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void the_golden_invoice_is_one_service_line_whose_totals_are_wiradiuss() {
        Fatura g5 = new Fatura("1", "1", "WRD2023000000001", "2023-05-05", "sell", "e-Arşiv",
                "5d1f0c1e-6a4b-4e38-9d47-3c3f2b7c9a10", null, d("299.17"), null, d("59.83"), d("359.00"), "TRY");
        FaturaSatiri g8 = new FaturaSatiri("1", "1", null, "Fiber 100 Mbps - Mayıs 2023", d("1"), "Adet", d("299.17"),
                d("20"), d("59.83"), null, null, d("359.00"));

        Invoice invoice = InvoiceMapping.toInvoice(g5, List.of(g8));

        assertThat(invoice.direction()).isEqualTo(DocumentDirection.SALES);
        assertThat(invoice.eDocumentId()).isEqualTo("5d1f0c1e-6a4b-4e38-9d47-3c3f2b7c9a10");
        assertThat(invoice.lines()).singleElement().satisfies(l -> assertThat(l.kind()).isEqualTo(LineKind.SERVICE));
        assertThat(InvoiceMapping.check(invoice)).isEmpty();
    }

    @Test
    void oiv_is_a_tax_line_in_the_vat_base_so_the_totals_reconcile() {
        // 100 Mbps at 333.33: ÖİV 10 % = 33.33, KDV 20 % of 366.66 = 73.33, total 439.99
        Fatura fatura = new Fatura("7", "3", "WRD2025000000007", "2025-05-05", "sell", "e-Fatura", null, null,
                d("333.33"), d("33.33"), d("73.33"), d("439.99"), null);
        FaturaSatiri row = new FaturaSatiri("9", "7", "Fiber 100 Mbps", null, d("1"), "Adet", d("333.33"), d("20"),
                d("73.33"), d("10"), d("33.33"), d("439.99"));

        Invoice invoice = InvoiceMapping.toInvoice(fatura, List.of(row));

        assertThat(invoice.lines()).hasSize(2);
        assertThat(invoice.lines().get(1).kind()).isEqualTo(LineKind.TAX);
        assertThat(invoice.lines().get(1).description()).isEqualTo("ÖİV %10 - Fiber 100 Mbps");
        assertThat(invoice.lines().get(1).vatRate()).isEqualByComparingTo("20");
        DocumentTotals totals = DocumentTotals.of(invoice);
        assertThat(totals.net()).isEqualByComparingTo("366.66");
        assertThat(totals.vat()).isEqualByComparingTo("73.33");
        assertThat(totals.gross()).isEqualByComparingTo("439.99");
        assertThat(InvoiceMapping.check(invoice)).isEmpty();
        assertThat(invoice.currency()).isEqualTo("TRY");
    }
}
