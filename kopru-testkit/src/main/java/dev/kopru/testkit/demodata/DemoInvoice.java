package dev.kopru.testkit.demodata;

import dev.kopru.core.model.DocumentDirection;
import dev.kopru.core.model.DocumentLine;
import dev.kopru.core.model.Invoice;
import dev.kopru.core.model.StatedTotals;
import dev.kopru.core.money.DocumentTotals;

import java.time.LocalDate;
import java.util.List;

/**
 * A demo sales invoice to one of the data set's customers, with lines for its items at their VAT-excluded prices.
 *
 * @param number an e-invoice style number, {@code FAT} + year + nine digits, e.g. {@code FAT2026000000001}
 */
public record DemoInvoice(int index, String number, LocalDate date, LocalDate dueDate, String partyCode,
                          List<DocumentLine> lines) {
    public DemoInvoice {
        lines = List.copyOf(lines);
    }

    /** Köprü's totals of the lines. */
    public DocumentTotals totals() {
        return DocumentTotals.of(lines);
    }

    /** The canonical invoice, with stated totals equal to Köprü's (as a vendor that rounds per line states them). */
    public Invoice toInvoice() {
        DocumentTotals totals = totals();
        return Invoice.builder().number(number).direction(DocumentDirection.SALES).date(date).dueDate(dueDate)
                .partyCode(partyCode).currency("TRY").lines(lines)
                .statedTotals(new StatedTotals(totals.net(), totals.vat(), totals.gross())).build();
    }
}
