package dev.kopru.dia.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kopru.core.connector.ConnectorException;
import dev.kopru.core.model.DispatchNote;
import dev.kopru.core.model.DocumentDirection;
import dev.kopru.core.model.DocumentLine;
import dev.kopru.core.model.Invoice;
import dev.kopru.core.model.LineKind;
import dev.kopru.core.model.Order;
import dev.kopru.core.model.PriceBasis;
import dev.kopru.core.model.StatedTotals;
import dev.kopru.core.money.Discrepancy;
import dev.kopru.core.money.DocumentTotals;
import dev.kopru.dia.client.DiaDates;
import dev.kopru.dia.client.Fatura;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Invoice ↔ {@code scf_fatura}, order ↔ {@code scf_siparis}, dispatch note ↔ {@code scf_irsaliye}, each with
 * {@code m_kalemler} (dia.md §7.3; the order and dispatch models are taken to share the invoice's header and line
 * fields [inference]). The number is {@code belgeno}, the party the {@code _key_scf_carikart} link (a filter on
 * {@code carikartkodu}), each line a stock line ({@code MLZM}, the card by {@code stokkartkodu}) or a service line
 * ({@code HZMT}, by {@code hizmetkartkodu}) with quantity, unit price, VAT rate and {@code kdvdurumu} ({@code H}
 * excluded, {@code D} included). {@code turu} is the kind, whose code table the reference leaves unconfirmed: the
 * connection says which codes are sales and purchases. Stated totals are DİA's {@code toplam}, {@code toplamkdv} and
 * {@code net}; a document is checked against {@link DocumentTotals} before it is sent. Not mapped: line discounts,
 * units, warehouses, due dates, an order's status.
 *
 * @param salesKind    the {@code turu} of sales documents
 * @param purchaseKind the {@code turu} of purchase documents
 */
public record DocumentMapping(int salesKind, int purchaseKind) {

    /** What the three documents share, as the canonical records hold it. */
    private record Header(String number, DocumentDirection direction, LocalDate date, String partyCode,
                          String currency, BigDecimal exchangeRate, String note, StatedTotals stated,
                          List<DocumentLine> lines) {
    }

    public Invoice toInvoice(Fatura f) {
        return new Invoice(f._key(), f.belgeno(), f.fisno(), direction(f), date(f), null, partyCode(f), currency(f),
                f.dovizkuru(), lines(f), stated(f), f.aciklama1(), null, DiaDates.instant(f._date()));
    }

    public Order toOrder(Fatura f) {
        return new Order(f._key(), f.belgeno(), f.fisno(), direction(f), date(f), partyCode(f), null, null, null,
                currency(f), lines(f), stated(f), f.aciklama1(), DiaDates.instant(f._date()));
    }

    public DispatchNote toDispatchNote(Fatura f) {
        return new DispatchNote(f._key(), f.belgeno(), f.fisno(), direction(f), date(f), partyCode(f), currency(f),
                lines(f), stated(f), f.aciklama1(), DiaDates.instant(f._date()));
    }

    public Fatura fromInvoice(String operation, Invoice i) {
        return toWire(operation, new Header(i.number(), i.direction(), i.date(), i.partyCode(), i.currency(),
                i.exchangeRate(), i.note(), i.statedTotals(), i.lines()));
    }

    public Fatura fromOrder(String operation, Order o) {
        return toWire(operation, new Header(o.number(), o.direction(), o.date(), o.partyCode(), o.currency(), null,
                o.note(), o.statedTotals(), o.lines()));
    }

    public Fatura fromDispatchNote(String operation, DispatchNote d) {
        return toWire(operation, new Header(d.number(), d.direction(), d.date(), d.partyCode(), d.currency(), null,
                d.note(), d.statedTotals(), d.lines()));
    }

    private Fatura toWire(String operation, Header h) {
        if (h.lines().isEmpty()) {
            throw new ConnectorException.Validation(operation, "lines", "lines: a document needs at least one line",
                    null);
        }
        if (h.stated() != null) {
            List<Discrepancy> off = DocumentTotals.of(h.lines()).check(h.stated());
            if (!off.isEmpty()) {
                throw new ConnectorException.Validation(operation, "statedTotals", "statedTotals: "
                        + off.stream().map(Discrepancy::describe).toList(), null);
            }
        }
        List<Fatura.Kalem> kalemler = new ArrayList<>();
        for (DocumentLine line : h.lines()) {
            if (line.discountRate() != null && line.discountRate().signum() != 0) {
                throw new ConnectorException.Validation(operation, "lines.discountRate", "lines.discountRate: line "
                        + line.lineNo() + " has a discount; DİA line discounts are not mapped yet", null);
            }
            // DİA's line has no field for a tax other than VAT (dia.md §7.3): an expense or tax line (ÖİV) goes on a
            // hizmet card, and reads back as a service line
            boolean service = line.kind() != null && line.kind() != LineKind.ITEM;
            ObjectNode card = JsonNodeFactory.instance.objectNode()
                    .put(service ? "hizmetkartkodu" : "stokkartkodu", line.itemCode());
            kalemler.add(new Fatura.Kalem(null, service ? "HZMT" : "MLZM", card, line.quantity(), line.unitPrice(),
                    line.vatRate(), line.priceBasis() == PriceBasis.VAT_INCLUDED ? "D" : "H", null, null,
                    line.description()));
        }
        ObjectNode party = JsonNodeFactory.instance.objectNode().put("carikartkodu", h.partyCode());
        String currency = h.currency() == null || h.currency().equals("TRY") ? "TL" : h.currency();
        boolean purchase = h.direction() == DocumentDirection.PURCHASE;
        return new Fatura(null, purchase ? purchaseKind : salesKind, null, h.number(),
                h.date() == null ? null : h.date().toString(), null, null, party,
                JsonNodeFactory.instance.objectNode().put("adi", currency), h.exchangeRate(), h.note(), kalemler, null,
                null, null, null, null, null, null, null);
    }

    private static List<DocumentLine> lines(Fatura f) {
        List<DocumentLine> lines = new ArrayList<>();
        List<Fatura.Kalem> kalemler = f.m_kalemler() == null ? List.of() : f.m_kalemler();
        for (int i = 0; i < kalemler.size(); i++) {
            Fatura.Kalem k = kalemler.get(i);
            boolean service = "HZMT".equals(k.kalemturu());
            JsonNode card = k._key_kalemturu();
            String itemCode = card == null ? null
                    : card.path(service ? "hizmetkartkodu" : "stokkartkodu").asText(null);
            lines.add(new DocumentLine(i + 1, service ? LineKind.SERVICE : LineKind.ITEM, itemCode, null, k.note(),
                    k.miktar(), null, k.birimfiyati(), "D".equals(k.kdvdurumu()) ? PriceBasis.VAT_INCLUDED
                    : PriceBasis.VAT_EXCLUDED, k.kdv(), null, null));
        }
        return lines;
    }

    private DocumentDirection direction(Fatura f) {
        return f.turu() != null && f.turu() == purchaseKind ? DocumentDirection.PURCHASE : DocumentDirection.SALES;
    }

    private static String partyCode(Fatura f) {
        return f._key_scf_carikart() != null && f._key_scf_carikart().isObject()
                ? f._key_scf_carikart().path("carikartkodu").asText(null) : f.carikartkodu();
    }

    private static StatedTotals stated(Fatura f) {
        return f.toplam() == null ? null : new StatedTotals(f.toplam(), f.toplamkdv(), f.net());
    }

    private static LocalDate date(Fatura f) {
        return f.tarih() == null || f.tarih().isBlank() ? null : LocalDate.parse(f.tarih().substring(0, 10));
    }

    /** DİA's currency name ({@code TL}, {@code USD}) as an ISO code. */
    private static String currency(Fatura f) {
        JsonNode link = f._key_sis_doviz();
        String name = link == null || !link.isObject() ? null : link.path("adi").asText(null);
        return name == null || name.equals("TL") ? "TRY" : name;
    }
}
