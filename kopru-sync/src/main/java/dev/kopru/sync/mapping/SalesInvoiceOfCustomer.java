package dev.kopru.sync.mapping;

import dev.kopru.core.connector.Entity;
import dev.kopru.core.model.DocumentDirection;
import dev.kopru.core.model.DocumentLine;
import dev.kopru.core.model.Invoice;
import dev.kopru.core.model.LineKind;
import dev.kopru.core.money.Discrepancy;
import dev.kopru.core.money.DocumentTotals;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A source's sales invoice to a customer (a Wiradius subscriber's monthly invoice) → a sales invoice in the ERP, numbered
 * {@code invoiceNumberPrefix} + the source's number (the natural key a lost create is found by). The customer is the
 * ERP's card for the customer's VKN/TCKN, found or opened once as {@link CustomerByTaxId} opens it. Service lines go
 * on the ERP's service card {@code serviceCode}; a tax line (the telecom ÖİV, item code {@code OIV}) on the card
 * {@code taxCodes} names for its code; stock lines keep their code. The mapped invoice must total what the source
 * states to the kuruş (net, VAT and gross), or it is dead-lettered.
 */
public final class SalesInvoiceOfCustomer implements RecordMapping<Invoice, Invoice> {

    static final String NAME = "sales-invoice-of-customer";

    /** The mapping's options as Jackson reads them. */
    public record Options(String customerCodePrefix, String invoiceNumberPrefix, String documentSeries,
                          String serviceCode, Map<String, String> taxCodes) implements MappingOptions {

        public Options {
            customerCodePrefix = Customers.codePrefix("customerCodePrefix", customerCodePrefix,
                    CustomerByTaxId.DEFAULT_PREFIX);
            invoiceNumberPrefix = Objects.requireNonNullElse(
                    PipelineOptions.text("invoiceNumberPrefix", invoiceNumberPrefix), "");
            documentSeries = PipelineOptions.text("documentSeries", documentSeries);
            serviceCode = PipelineOptions.text("serviceCode", serviceCode);
            if (serviceCode == null) {
                throw PipelineOptions.invalid("serviceCode", "required: the ERP's service card the invoices' service"
                        + " lines go on");
            }
            taxCodes = PipelineOptions.texts("taxCodes", taxCodes);
        }

        @Override
        public SalesInvoiceOfCustomer mapping() {
            return new SalesInvoiceOfCustomer(this);
        }
    }

    private final Options options;

    SalesInvoiceOfCustomer(Options options) {
        this.options = options;
    }

    @Override
    public Entity<Invoice> source() {
        return Entity.INVOICE;
    }

    @Override
    public Entity<Invoice> target() {
        return Entity.INVOICE;
    }

    @Override
    public Invoice map(Invoice invoice, MappingContext context) {
        if (invoice.direction() != null && invoice.direction() != DocumentDirection.SALES) {
            throw new MappingException("direction", invoice.direction() + " invoices are not mapped; read sales"
                    + " invoices only (options.sourceFilters)");
        }
        if (invoice.number() == null || invoice.number().isBlank()) {
            throw new MappingException("number", "the invoice has no number to find it by in the ERP");
        }
        List<DocumentLine> lines = lines(invoice.lines());
        List<Discrepancy> differences = DocumentTotals.of(lines).check(invoice.statedTotals());
        if (!differences.isEmpty()) {
            throw new MappingException("statedTotals", "the lines do not reconcile to the kuruş with the invoice's"
                    + " totals: " + differences);
        }
        String partyCode = context.partyCodeOfSource(invoice.partyCode(),
                customer -> Customers.of(customer, options.customerCodePrefix(), "partyCode"));
        return invoice.toBuilder().key(null).number(options.invoiceNumberPrefix() + invoice.number().trim())
                .series(options.documentSeries()).partyCode(partyCode).lines(lines).changedAt(null).build();
    }

    private List<DocumentLine> lines(List<DocumentLine> source) {
        if (source.isEmpty()) {
            throw new MappingException("lines", "the invoice has no lines");
        }
        List<DocumentLine> lines = new ArrayList<>();
        for (DocumentLine line : source) {
            lines.add(new DocumentLine(line.lineNo(), line.kind(), code(lines.size(), line), line.barcode(),
                    line.description(), line.quantity(), line.unit(), line.unitPrice(), line.priceBasis(),
                    line.vatRate(), line.discountRate(), line.warehouse()));
        }
        return lines;
    }

    private String code(int index, DocumentLine line) {
        LineKind kind = line.kind() == null ? LineKind.ITEM : line.kind();
        return switch (kind) {
            case SERVICE, EXPENSE -> options.serviceCode();
            case TAX -> {
                String code = line.itemCode() == null ? null : options.taxCodes().get(line.itemCode().trim());
                if (code == null) {
                    throw new MappingException("options.taxCodes", "lines[" + index + "] is a tax line coded '"
                            + line.itemCode() + "'; name the ERP's service card for it in options.taxCodes");
                }
                yield code;
            }
            case ITEM -> {
                if (line.itemCode() == null || line.itemCode().isBlank()) {
                    throw new MappingException("lines[" + index + "].itemCode", "a stock line without a stock code");
                }
                yield line.itemCode();
            }
        };
    }
}
