package dev.kopru.mikro.mapping;

import dev.kopru.core.model.DispatchNote;
import dev.kopru.core.model.DocumentDirection;
import dev.kopru.core.model.Invoice;
import dev.kopru.core.model.Order;
import java.time.LocalDate;

/**
 * The header of a sales invoice, order or dispatch note as Mikro's rows carry it, checked before anything is sent.
 * The three are checked alike and in the same order, so that the first refusal names the same field whatever the
 * document.
 *
 * @param seri the document's own series, else the configured one
 */
record SalesHeader(String number, LocalDate date, String partyCode, String seri) {

    static SalesHeader of(String operation, Invoice invoice, DocumentSettings settings) {
        return check(operation, invoice.number(), invoice.direction(), "invoices are not mapped: Mikro's documented"
                        + " invoice codes (cha_evrak_tip 63, sth_evraktip 4) are for sales only", invoice.date(),
                invoice.partyCode(), invoice.currency(), settings.seriesOr(invoice.series()));
    }

    static SalesHeader of(String operation, Order order, DocumentSettings settings) {
        return check(operation, order.number(), order.direction(), "orders are not mapped (sales only)", order.date(),
                order.partyCode(), order.currency(), settings.seriesOr(order.series()));
    }

    static SalesHeader of(String operation, DispatchNote note, DocumentSettings settings) {
        return check(operation, note.number(), note.direction(), "dispatch notes are not mapped (sales only)",
                note.date(), note.partyCode(), note.currency(), settings.seriesOr(note.series()));
    }

    private static SalesHeader check(String operation, String number, DocumentDirection direction, String notSales,
                                     LocalDate date, String partyCode, String currency, String seri) {
        String checkedNumber = Invalid.documentNumber(operation, number);
        if (direction != null && direction != DocumentDirection.SALES) {
            throw Invalid.field(operation, "direction", direction + " " + notSales);
        }
        LocalDate checkedDate = Invalid.requireDate(operation, date);
        String checkedParty = Invalid.requireText(operation, "partyCode", partyCode);
        Currencies.toMikro(operation, "currency", currency);
        return new SalesHeader(checkedNumber, checkedDate, checkedParty, seri);
    }
}
