package dev.kopru.wiradius;

import dev.kopru.connector.kit.cursor.CursorCodec;
import dev.kopru.connector.kit.paging.DateWindows;
import dev.kopru.core.connector.Page;
import dev.kopru.core.connector.ReadRequest;
import dev.kopru.core.connector.support.EntityHandler;
import dev.kopru.core.connector.support.ReadFilters;
import dev.kopru.wiradius.client.Cari;
import dev.kopru.wiradius.client.CariHareket;
import dev.kopru.wiradius.client.WiradiusClient;
import dev.kopru.wiradius.client.WiradiusDates;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Records made from customer movements ({@code cari_trans}): account movements, or the collections among them as
 * payments. {@code cari_trans} takes one customer and at most six months, so a pass walks the customer list
 * ({@code cari_list}, page by page) and, per customer, the six-month windows of the range; the {@code cari_id}
 * filter reads one customer. The customer list is sorted newest first: a customer added during a pass shifts the
 * list by one, so one customer may be read twice (the engine's hashes drop it) or, rarely, missed until the next pass.
 *
 * @param <T> the canonical record
 */
final class Ledger<T> implements EntityHandler<T> {

    static final Set<String> FILTERS = Set.of("from", "to", "cari_id");
    private static final String TRANS = "cari_trans";

    /** Within a pass: the customer (list page and index in it), the window's first day, the rows taken of it. */
    record Position(LocalDate from, LocalDate to, int customerPage, int customerIndex, LocalDate window, int offset) {
    }

    private final String entity;
    private final WiradiusClient client;
    private final Clock clock;
    private final Reading reading;
    private final int maxPageSize;
    private final Function<CariHareket, Optional<T>> mapping;
    private final CursorCodec<Position> codec;
    /** The customer-list page last read, so that a pass reads each list page once, not once per page it returns. */
    private final AtomicReference<Customers> lastCustomers = new AtomicReference<>();

    /** One page of the customer list, as read during the pass over {@code [from, to]}. */
    private record Customers(LocalDate from, LocalDate to, int page, List<String> ids) {
    }

    Ledger(String entity, WiradiusClient client, Clock clock, Reading reading, int maxPageSize,
           Function<CariHareket, Optional<T>> mapping) {
        this.entity = entity;
        this.client = client;
        this.clock = clock;
        this.reading = reading;
        this.maxPageSize = maxPageSize;
        this.mapping = mapping;
        this.codec = CursorCodec.of("wiradius." + entity + ".1", Position.class);
    }

    @Override
    public String entityName() {
        return entity;
    }

    @Override
    public Page<T> read(ReadRequest request) {
        ReadFilters.check(TRANS, request, FILTERS);
        String only = request.filters().get("cari_id");
        Position at = DatedRead.position(request, TRANS, codec);
        if (at == null) {
            DatedRead pass = DatedRead.start(request, TRANS, clock, reading);
            at = new Position(pass.from(), pass.to(), 1, 0, pass.from(), 0);
        }
        int size = Math.min(request.pageSize(), maxPageSize);
        while (true) {
            List<String> customers = only != null ? (at.customerPage() == 1 ? List.of(only.trim()) : List.of())
                    : customers(at);
            if (customers.isEmpty()) {
                return new Page<>(List.of(), new DatedRead(at.from(), at.to()).end(reading), true);
            }
            if (at.customerIndex() >= customers.size()) {
                at = new Position(at.from(), at.to(), at.customerPage() + 1, 0, at.from(), 0);
                continue;
            }
            DateWindows.Window window = DateWindows.split(at.window(), at.to(), WiradiusDates.MOVEMENT_WINDOW)
                    .getFirst();
            List<T> records = client.cariTrans(customers.get(at.customerIndex()), window.from(), window.to()).stream()
                    .map(mapping).flatMap(Optional::stream).toList();
            if (at.offset() < records.size()) {
                List<T> slice = records.subList(at.offset(), Math.min(at.offset() + size, records.size()));
                int consumed = at.offset() + slice.size();
                Position next = consumed < records.size()
                        ? new Position(at.from(), at.to(), at.customerPage(), at.customerIndex(), at.window(), consumed)
                        : after(at, window);
                return new Page<>(slice, codec.encode(next), false);
            }
            at = after(at, window);
        }
    }

    private List<String> customers(Position at) {
        Customers cached = lastCustomers.get();
        if (cached != null && cached.page() == at.customerPage() && cached.from().equals(at.from())
                && cached.to().equals(at.to())) {
            return cached.ids();
        }
        List<String> ids = client.cariList(at.customerPage(), null).stream().map(Cari::cari_id).toList();
        lastCustomers.set(new Customers(at.from(), at.to(), at.customerPage(), ids));
        return ids;
    }

    /** The next window of this customer, or the first window of the next one. */
    private static Position after(Position at, DateWindows.Window window) {
        DateWindows.Window next = DateWindows.next(window, at.to(), WiradiusDates.MOVEMENT_WINDOW);
        return next != null
                ? new Position(at.from(), at.to(), at.customerPage(), at.customerIndex(), next.from(), 0)
                : new Position(at.from(), at.to(), at.customerPage(), at.customerIndex() + 1, at.from(), 0);
    }

    /** {@code cari_trans} cannot fetch one movement by its id. */
    @Override
    public Optional<T> get(String key) {
        throw new UnsupportedOperationException(entity + " does not support get (Wiradius has no movement look-up)");
    }
}
