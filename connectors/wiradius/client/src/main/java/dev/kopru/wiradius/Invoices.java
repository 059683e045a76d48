package dev.kopru.wiradius;

import dev.kopru.connector.kit.cursor.CursorCodec;
import dev.kopru.connector.kit.paging.DateWindows;
import dev.kopru.core.connector.ConnectorException;
import dev.kopru.core.connector.Page;
import dev.kopru.core.connector.ReadRequest;
import dev.kopru.core.connector.support.EntityHandler;
import dev.kopru.core.connector.support.ReadFilters;
import dev.kopru.core.model.Invoice;
import dev.kopru.core.money.Discrepancy;
import dev.kopru.wiradius.client.Fatura;
import dev.kopru.wiradius.client.FaturaTipi;
import dev.kopru.wiradius.client.WiradiusClient;
import dev.kopru.wiradius.mapping.InvoiceMapping;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Sales, then purchase invoices, month window after month window, page after page ({@code invoice/list}), each with
 * its lines ({@code invoice/rows}, one call per invoice). Every invoice's totals are checked against Wiradius's; a
 * disagreement is logged and the vendor's figures travel on in {@link Invoice#statedTotals()}.
 */
final class Invoices implements EntityHandler<Invoice> {

    static final Set<String> FILTERS = Set.of("from", "to", "type");
    private static final String LIST = "invoice/list";
    private static final Period WINDOW = WiradiusClient.invoiceWindow(null);
    private static final CursorCodec<Position> CODEC = CursorCodec.of("wiradius.invoice.1", Position.class);
    private static final System.Logger LOG = System.getLogger(Invoices.class.getName());

    /** Within a pass: the invoice type (index), the window's first day, the vendor page and the rows taken of it. */
    record Position(LocalDate from, LocalDate to, int type, LocalDate window, int page, int offset) {
    }

    private final WiradiusClient client;
    private final Clock clock;
    private final Reading reading;
    private final int maxPageSize;

    Invoices(WiradiusClient client, Clock clock, Reading reading, int maxPageSize) {
        this.client = client;
        this.clock = clock;
        this.reading = reading;
        this.maxPageSize = maxPageSize;
    }

    @Override
    public String entityName() {
        return "invoice";
    }

    @Override
    public Page<Invoice> read(ReadRequest request) {
        ReadFilters.check(LIST, request, FILTERS);
        List<FaturaTipi> types = types(request);
        Position at = DatedRead.position(request, LIST, CODEC);
        if (at == null) {
            DatedRead pass = DatedRead.start(request, LIST, clock, reading);
            at = new Position(pass.from(), pass.to(), 0, pass.from(), 1, 0);
        }
        int size = Math.min(request.pageSize(), maxPageSize);
        while (at.type() < types.size()) {
            DateWindows.Window window = DateWindows.split(at.window(), at.to(), WINDOW).getFirst();
            List<Fatura> rows = client.invoiceList(types.get(at.type()), window.from(), window.to(), null, at.page());
            if (!rows.isEmpty() && rows.size() <= at.offset()) {
                at = new Position(at.from(), at.to(), at.type(), at.window(), at.page() + 1, 0); // the page shrank
                continue;
            }
            if (rows.isEmpty()) {
                DateWindows.Window next = DateWindows.next(window, at.to(), WINDOW);
                at = next == null ? new Position(at.from(), at.to(), at.type() + 1, at.from(), 1, 0)
                        : new Position(at.from(), at.to(), at.type(), next.from(), 1, 0);
                continue;
            }
            List<Fatura> slice = rows.subList(at.offset(), Math.min(at.offset() + size, rows.size()));
            List<Invoice> records = new ArrayList<>(slice.size());
            for (Fatura fatura : slice) {
                records.add(toInvoice(fatura));
            }
            int consumed = at.offset() + slice.size();
            at = consumed >= rows.size() ? new Position(at.from(), at.to(), at.type(), at.window(), at.page() + 1, 0)
                    : new Position(at.from(), at.to(), at.type(), at.window(), at.page(), consumed);
            return new Page<>(records, CODEC.encode(at), false);
        }
        return new Page<>(List.of(), new DatedRead(at.from(), at.to()).end(reading), true);
    }

    /** Wiradius has no way to fetch one invoice's header by its id. */
    @Override
    public Optional<Invoice> get(String key) {
        throw new UnsupportedOperationException("invoice does not support get (Wiradius has no invoice look-up)");
    }

    private Invoice toInvoice(Fatura fatura) {
        Invoice invoice = InvoiceMapping.toInvoice(fatura, client.invoiceRows(fatura.invoice_id()));
        try {
            List<Discrepancy> disagreements = InvoiceMapping.check(invoice);
            if (!disagreements.isEmpty()) {
                LOG.log(System.Logger.Level.WARNING, "invoice {0}: Wiradius''s totals differ from Köprü''s: {1}",
                        fatura.invoice_no(), disagreements);
            }
        } catch (IllegalArgumentException unusableLine) {
            // A line Köprü cannot total (an unknown VAT rate) is the target's to refuse, not a reason to stop reading.
            LOG.log(System.Logger.Level.WARNING, "invoice {0}: totals cannot be checked: {1}", fatura.invoice_no(),
                    unusableLine.getMessage());
        }
        return invoice;
    }

    private static List<FaturaTipi> types(ReadRequest request) {
        String type = request.filters().get("type");
        if (type == null || type.isBlank()) {
            return List.of(FaturaTipi.SELL, FaturaTipi.BUY);
        }
        return switch (type.trim().toLowerCase(Locale.ROOT)) {
            case "sell", "sales" -> List.of(FaturaTipi.SELL);
            case "buy", "purchase" -> List.of(FaturaTipi.BUY);
            default -> throw new ConnectorException.Validation(LIST, "type", "type: '" + type
                    + "' is not sell (sales) or buy (purchase)", null);
        };
    }
}
