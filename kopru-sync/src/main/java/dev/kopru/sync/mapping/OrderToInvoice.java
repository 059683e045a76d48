package dev.kopru.sync.mapping;

import dev.kopru.core.connector.Connector;
import dev.kopru.core.connector.ConnectorException;
import dev.kopru.core.connector.Entity;
import dev.kopru.core.connector.OrderActions;
import dev.kopru.core.model.DocumentDirection;
import dev.kopru.core.model.DocumentLine;
import dev.kopru.core.model.Invoice;
import dev.kopru.core.model.LineKind;
import dev.kopru.core.model.Money;
import dev.kopru.core.model.Order;
import dev.kopru.core.model.StatedTotals;
import dev.kopru.core.money.DocumentTotals;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A marketplace order (FarmaBorsa) → a sales invoice in the ERP (Mikro). The invoice number, the natural key by which
 * a lost create is found again, is {@code invoiceNumberPrefix} + the order key (FarmaBorsa's satisKod). The buyer
 * becomes the invoice's party: the ERP's party with the buyer's VKN/TCKN, else a new one coded
 * {@code buyerCodePrefix} + tax id. Item lines take their stock code from {@code itemCodes} (barcode → code), else
 * from the ERP's card with that barcode; the shipping-fee line (a service line in the order) is invoiced on the card
 * {@code shippingItemCode}, a service card the seller keeps for it. The
 * invoice's total must equal the order's to the kuruş, or the order is dead-lettered. After the write: the order
 * confirmed ({@code confirmOrder}, default on) and the invoice URL attached ({@code invoiceUrlTemplate}).
 */
public final class OrderToInvoice implements RecordMapping<Order, Invoice> {

    static final String NUMBER = "{number}";

    /** The mapping's options as Jackson reads them; defaults filled in and every value checked here. */
    public record Options(String invoiceNumberPrefix, String documentSeries, String warehouse,
                          Map<String, String> itemCodes, String shippingItemCode, String buyerCodePrefix,
                          Boolean confirmOrder, String invoiceUrlTemplate, String note) implements MappingOptions {

        public Options {
            invoiceNumberPrefix = Objects.requireNonNullElse(
                    PipelineOptions.text("invoiceNumberPrefix", invoiceNumberPrefix), "FB");
            if (!invoiceNumberPrefix.matches("[A-Za-z0-9.\\-]{1,12}")) {
                throw PipelineOptions.invalid("invoiceNumberPrefix", "must be 1 to 12 letters, digits, '.' or '-',"
                        + " was '" + invoiceNumberPrefix + "'");
            }
            documentSeries = PipelineOptions.text("documentSeries", documentSeries);
            warehouse = PipelineOptions.text("warehouse", warehouse);
            itemCodes = PipelineOptions.texts("itemCodes", itemCodes);
            shippingItemCode = PipelineOptions.text("shippingItemCode", shippingItemCode);
            buyerCodePrefix = Customers.codePrefix("buyerCodePrefix", buyerCodePrefix, "120.FB.");
            confirmOrder = !Boolean.FALSE.equals(confirmOrder);
            invoiceUrlTemplate = urlTemplate(PipelineOptions.text("invoiceUrlTemplate", invoiceUrlTemplate));
            note = Objects.requireNonNullElse(PipelineOptions.text("note", note), "FarmaBorsa sipariş " + NUMBER);
        }

        @Override
        public OrderToInvoice mapping() {
            return new OrderToInvoice(this);
        }
    }

    private final String numberPrefix;
    private final String series;
    private final String warehouse;
    private final Map<String, String> itemCodes;
    private final String shippingItemCode;
    private final String buyerCodePrefix;
    private final String note;
    private final List<AfterWriteStep<Order, Invoice>> afterWrite;

    OrderToInvoice(Options options) {
        this.numberPrefix = options.invoiceNumberPrefix();
        this.series = options.documentSeries();
        this.warehouse = options.warehouse();
        this.itemCodes = options.itemCodes();
        this.shippingItemCode = options.shippingItemCode();
        this.buyerCodePrefix = options.buyerCodePrefix();
        this.note = options.note();
        List<AfterWriteStep<Order, Invoice>> steps = new ArrayList<>();
        if (options.confirmOrder()) {
            steps.add(new ConfirmOrder());
        }
        if (options.invoiceUrlTemplate() != null) {
            steps.add(new AttachInvoice(options.invoiceUrlTemplate()));
        }
        this.afterWrite = List.copyOf(steps);
    }

    /** An http(s) URL template holding {@link #NUMBER}, e.g. {@code https://erp.example.com/f/{number}.pdf}. */
    private static String urlTemplate(String template) {
        if (template == null) {
            return null;
        }
        if (!template.contains(NUMBER)) {
            throw PipelineOptions.invalid("invoiceUrlTemplate", "must contain " + NUMBER + ", was '" + template + "'");
        }
        URI uri;
        try {
            uri = URI.create(template.replace(NUMBER, "X"));
        } catch (IllegalArgumentException e) {
            throw PipelineOptions.invalid("invoiceUrlTemplate", "is not a URL: " + e.getMessage());
        }
        if (!("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                || uri.getHost() == null) {
            throw PipelineOptions.invalid("invoiceUrlTemplate", "must be an http(s) URL with a host, was '" + template
                    + "'");
        }
        return template;
    }

    @Override
    public Entity<Order> source() {
        return Entity.ORDER;
    }

    @Override
    public Entity<Invoice> target() {
        return Entity.INVOICE;
    }

    @Override
    public List<AfterWriteStep<Order, Invoice>> afterWrite() {
        return afterWrite;
    }

    @Override
    public Invoice map(Order order, MappingContext context) {
        if (order.key() == null || order.key().isBlank()) {
            throw new MappingException("key", "the order has no key to number its invoice by");
        }
        if (order.date() == null) {
            throw new MappingException("date", "the order has no date to date its invoice by");
        }
        List<DocumentLine> lines = lines(order, context);
        DocumentTotals totals = DocumentTotals.of(lines);
        StatedTotals stated = order.statedTotals();
        if (stated != null && stated.gross() != null && totals.gross().compareTo(stated.gross()) != 0) {
            throw new MappingException("statedTotals.gross", "the invoice would total " + totals.gross()
                    + " but the order totals " + stated.gross() + "; the lines do not reconcile to the kuruş");
        }
        String partyCode = context.partyCode(Customers.of(order.buyer(), buyerCodePrefix, "buyer.taxId"));
        return Invoice.builder().number(numberPrefix + order.key()).series(series).direction(DocumentDirection.SALES)
                .date(order.date()).partyCode(partyCode).currency(Money.TRY).lines(lines)
                .statedTotals(new StatedTotals(null, null, totals.gross())).note(note.replace(NUMBER, order.key()))
                .build();
    }

    private List<DocumentLine> lines(Order order, MappingContext context) {
        if (order.lines().isEmpty()) {
            throw new MappingException("lines", "the order has no lines");
        }
        List<DocumentLine> lines = new ArrayList<>();
        for (DocumentLine line : order.lines()) {
            String at = "lines[" + (lines.size()) + "]";
            String code;
            if (line.kind() == LineKind.SERVICE) {
                if (shippingItemCode == null) {
                    throw new MappingException("options.shippingItemCode", "the order has a shipping-fee line; set"
                            + " the ERP code of the shipping service card to invoice it");
                }
                code = shippingItemCode;
            } else {
                code = itemCode(at, line, context);
            }
            // the shipping fee goes on the ERP's shipping card as an ordinary stock line, as the demo's sellers keep it
            // (a Mikro hizmet line would need the seller's hizmet card instead)
            lines.add(new DocumentLine(lines.size() + 1, LineKind.ITEM, code, line.barcode(), line.description(),
                    line.quantity(), line.unit(), line.unitPrice(), line.priceBasis(), line.vatRate(),
                    line.discountRate(), warehouse));
        }
        return lines;
    }

    private String itemCode(String at, DocumentLine line, MappingContext context) {
        if (line.itemCode() != null && !line.itemCode().isBlank()) {
            return line.itemCode();
        }
        String barcode = line.barcode();
        if (barcode == null || barcode.isBlank()) {
            throw new MappingException(at + ".barcode", "the line has neither a stock code nor a barcode");
        }
        String mapped = itemCodes.get(barcode);
        if (mapped != null) {
            return mapped;
        }
        return context.itemCodeByBarcode(barcode).orElseThrow(() -> new MappingException(at + ".barcode",
                "no stock card with barcode " + barcode + " in the target; add it to options.itemCodes or give"
                        + " the card that barcode"));
    }

    /** Confirms the order at the marketplace; an order confirmed before (a lost answer) counts as done. */
    static final class ConfirmOrder implements AfterWriteStep<Order, Invoice> {
        @Override
        public String name() {
            return "confirm-order";
        }

        @Override
        public void run(Order order, Invoice written, String targetKey, Connector source, Connector target) {
            actions(source).confirm(order);
        }
    }

    /** Attaches the invoice's URL ({@code invoiceUrlTemplate} with its number) to the order. */
    record AttachInvoice(String template) implements AfterWriteStep<Order, Invoice> {
        @Override
        public String name() {
            return "attach-invoice";
        }

        @Override
        public void run(Order order, Invoice written, String targetKey, Connector source, Connector target) {
            actions(source).attachInvoice(order, template.replace(NUMBER, written.number()));
        }
    }

    static OrderActions actions(Connector source) {
        return source.capability(OrderActions.class).orElseThrow(() -> new ConnectorException.Validation(
                "afterWrite", "options.confirmOrder", source.descriptor().vendor() + " has no order actions"
                + " (confirm, invoice link); set confirmOrder to false and leave invoiceUrlTemplate out", null));
    }
}
