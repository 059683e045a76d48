package dev.kopru.dia.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kopru.core.connector.ConnectorException;
import dev.kopru.core.model.DocumentDirection;
import dev.kopru.core.model.DocumentLine;
import dev.kopru.core.model.Invoice;
import dev.kopru.core.model.LineKind;
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
 * Invoice ↔ {@code scf_fatura} with {@code m_kalemler} (dia.md §7.3). The number is {@code belgeno}, the party the
 * {@code _key_scf_carikart} link (a filter on {@code carikartkodu}), each line a stock line ({@code MLZM}, the card
 * by {@code stokkartkodu}) or a service line ({@code HZMT}, by {@code hizmetkartkodu}) with quantity, unit price,
 * VAT rate and {@code kdvdurumu} ({@code H} excluded, {@code D} included). {@code turu} is the invoice kind, whose
 * code table the reference leaves unconfirmed: the connection says which codes are sales and purchases. Stated
 * totals are DİA's {@code toplam}, {@code toplamkdv} and {@code net}; a create is checked against
 * {@link DocumentTotals} before it is sent. Line discounts, units, warehouses and the due date are not mapped.
 */
public final class InvoiceMapping {

    static final String OPERATION = "scf_fatura_ekle";

    private InvoiceMapping() {
    }

    /** {@code salesKind}, {@code purchaseKind}: the {@code turu} codes of this DİA's sales and purchase invoices. */
    public static Invoice toInvoice(Fatura fatura, int salesKind, int purchaseKind) {
        List<DocumentLine> lines = new ArrayList<>();
        List<Fatura.Kalem> kalemler = fatura.m_kalemler() == null ? List.of() : fatura.m_kalemler();
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
        String partyCode = fatura._key_scf_carikart() != null && fatura._key_scf_carikart().isObject()
                ? fatura._key_scf_carikart().path("carikartkodu").asText(null) : fatura.carikartkodu();
        DocumentDirection direction = fatura.turu() != null && fatura.turu() == purchaseKind
                ? DocumentDirection.PURCHASE : DocumentDirection.SALES;
        StatedTotals stated = fatura.toplam() == null ? null
                : new StatedTotals(fatura.toplam(), fatura.toplamkdv(), fatura.net());
        return new Invoice(fatura._key(), fatura.belgeno(), fatura.fisno(), direction, date(fatura.tarih()), null,
                partyCode, currency(fatura._key_sis_doviz()), fatura.dovizkuru(), lines, stated, fatura.aciklama1(),
                null, DiaDates.instant(fatura._date()));
    }

    /** The invoice to write; its lines' totals are checked against its stated totals first. */
    public static Fatura toFatura(Invoice invoice, int salesKind, int purchaseKind) {
        if (invoice.lines().isEmpty()) {
            throw new ConnectorException.Validation(OPERATION, "lines", "lines: an invoice needs at least one line",
                    null);
        }
        DocumentTotals ours = DocumentTotals.of(invoice.lines());
        if (invoice.statedTotals() != null) {
            List<Discrepancy> off = ours.check(invoice.statedTotals());
            if (!off.isEmpty()) {
                throw new ConnectorException.Validation(OPERATION, "statedTotals", "statedTotals: "
                        + off.stream().map(Discrepancy::describe).toList(), null);
            }
        }
        List<Fatura.Kalem> kalemler = new ArrayList<>();
        for (DocumentLine line : invoice.lines()) {
            if (line.discountRate() != null && line.discountRate().signum() != 0) {
                throw new ConnectorException.Validation(OPERATION, "lines.discountRate", "lines.discountRate: line "
                        + line.lineNo() + " has a discount; DİA line discounts are not mapped yet", null);
            }
            boolean service = line.kind() == LineKind.SERVICE;
            ObjectNode card = JsonNodeFactory.instance.objectNode()
                    .put(service ? "hizmetkartkodu" : "stokkartkodu", line.itemCode());
            kalemler.add(new Fatura.Kalem(null, service ? "HZMT" : "MLZM", card, line.quantity(), line.unitPrice(),
                    line.vatRate(), line.priceBasis() == PriceBasis.VAT_INCLUDED ? "D" : "H", null, null,
                    line.description()));
        }
        ObjectNode party = JsonNodeFactory.instance.objectNode().put("carikartkodu", invoice.partyCode());
        String currency = invoice.currency() == null || invoice.currency().equals("TRY") ? "TL" : invoice.currency();
        return new Fatura(null, invoice.direction() == DocumentDirection.PURCHASE ? purchaseKind : salesKind, null,
                invoice.number(), invoice.date() == null ? null : invoice.date().toString(), null, null, party,
                JsonNodeFactory.instance.objectNode().put("adi", currency), invoice.exchangeRate(), invoice.note(),
                kalemler, null, null, null, null, null, null, null, null);
    }

    private static LocalDate date(String tarih) {
        return tarih == null || tarih.isBlank() ? null : LocalDate.parse(tarih.substring(0, 10));
    }

    /** DİA's currency name ({@code TL}, {@code USD}) as an ISO code. */
    private static String currency(JsonNode link) {
        String name = link == null || !link.isObject() ? null : link.path("adi").asText(null);
        return name == null || name.equals("TL") ? "TRY" : name;
    }
}
