package dev.kopru.wiradius.mapping;

import dev.kopru.core.model.DocumentDirection;
import dev.kopru.core.model.DocumentLine;
import dev.kopru.core.model.Invoice;
import dev.kopru.core.model.LineKind;
import dev.kopru.core.model.Money;
import dev.kopru.core.model.PriceBasis;
import dev.kopru.core.model.StatedTotals;
import dev.kopru.core.money.Discrepancy;
import dev.kopru.core.money.DocumentTotals;
import dev.kopru.wiradius.client.Fatura;
import dev.kopru.wiradius.client.FaturaSatiri;
import dev.kopru.wiradius.client.WiradiusDates;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * An invoice of {@code invoice/list} with its {@code invoice/rows} as a canonical invoice. Each row is a service line
 * at its net unit price (VAT excluded) and VAT rate. The special communication tax of an ISP's invoice (ÖİV) is a
 * {@link LineKind#TAX} line of its own after the row it taxes, priced at the row's ÖİV amount and carrying the row's
 * VAT rate, because the ÖİV is part of the VAT base: so {@link DocumentTotals} gives the invoice's net (services plus
 * ÖİV), VAT and gross the way Wiradius states them, {@code total + oiv_total}, {@code tax_total},
 * {@code grand_total}, to the kuruş.
 */
public final class InvoiceMapping {

    /** The item code of an ÖİV line, so a target can post it to its own tax account. */
    public static final String OIV = "OIV";

    private InvoiceMapping() {
    }

    public static Invoice toInvoice(Fatura fatura, List<FaturaSatiri> rows) {
        List<DocumentLine> lines = new ArrayList<>();
        for (FaturaSatiri row : rows) {
            String description = PartyMapping.first(row.description(), row.product());
            BigDecimal vatRate = row.tax_rate() == null ? BigDecimal.ZERO : row.tax_rate();
            lines.add(new DocumentLine(lines.size() + 1, LineKind.SERVICE, null, null, description,
                    row.quantity() == null ? BigDecimal.ONE : row.quantity(), PartyMapping.blankToNull(row.unit()),
                    row.unit_price(), PriceBasis.VAT_EXCLUDED, vatRate, null, null));
            if (row.oiv_amount() != null && row.oiv_amount().signum() != 0) {
                String rate = row.oiv_rate() == null ? "" : " %" + row.oiv_rate().stripTrailingZeros().toPlainString();
                lines.add(new DocumentLine(lines.size() + 1, LineKind.TAX, OIV, null,
                        "ÖİV" + rate + (description == null ? "" : " - " + description), BigDecimal.ONE, null,
                        row.oiv_amount(), PriceBasis.VAT_EXCLUDED, vatRate, null, null));
            }
        }
        return new Invoice(fatura.invoice_id(), fatura.invoice_no(), null,
                "buy".equalsIgnoreCase(fatura.type()) ? DocumentDirection.PURCHASE : DocumentDirection.SALES,
                WiradiusDates.day(fatura.invoice_date()), null, fatura.cari_id(),
                fatura.currency() == null || fatura.currency().isBlank() ? Money.TRY : fatura.currency().trim(), null,
                lines, stated(fatura), null, PartyMapping.blankToNull(fatura.ettn()), null);
    }

    /** Wiradius's totals in canonical terms: the net includes the ÖİV, as the VAT base does. */
    static StatedTotals stated(Fatura fatura) {
        BigDecimal net = fatura.total() == null ? null
                : fatura.total().add(fatura.oiv_total() == null ? BigDecimal.ZERO : fatura.oiv_total());
        return new StatedTotals(net, fatura.tax_total(), fatura.grand_total());
    }

    /** Where Köprü's totals of {@code invoice} differ from Wiradius's; empty when they agree to the kuruş. */
    public static List<Discrepancy> check(Invoice invoice) {
        return DocumentTotals.of(invoice).check(invoice.statedTotals());
    }
}
