package dev.kopru.core.model;

import java.time.LocalDate;
import java.util.List;

/** What invoices, orders and dispatch notes share: lines in one currency, so their totals compute alike. */
public interface TradeDocument {
    String number();

    String series();

    DocumentDirection direction();

    LocalDate date();

    String partyCode();

    String currency();

    List<DocumentLine> lines();

    /** The totals the vendor reported, if it reported any; checked against Köprü's own. */
    StatedTotals statedTotals();

    String note();
}
