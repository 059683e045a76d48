package dev.kopru.farmaborsa;

import dev.kopru.core.connector.ConnectorException;
import dev.kopru.core.connector.Page;
import dev.kopru.core.connector.ReadRequest;
import dev.kopru.core.connector.support.EntityHandler;
import dev.kopru.core.connector.support.ReadFilters;
import dev.kopru.core.model.Order;
import dev.kopru.farmaborsa.client.FarmaBorsaClient;
import dev.kopru.farmaborsa.client.FarmaBorsaDates;
import dev.kopru.farmaborsa.client.SatisDurum;
import dev.kopru.farmaborsa.client.SiparisBilgi;
import dev.kopru.farmaborsa.client.SiparisSorgusu;
import dev.kopru.farmaborsa.mapping.OrderMapping;
import dev.kopru.farmaborsa.mapping.TotalsCheck;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The seller's orders, read with SiparisListesi status by status (see {@link OrderPosition}); one by
 * {@code satisKod}. Every order's totals are checked against Köprü's own ({@link OrderMapping#check}); a
 * disagreement is logged, and the vendor's figures travel on in {@link Order#statedTotals()}.
 */
final class Orders implements EntityHandler<Order> {

    static final Set<String> FILTERS = Set.of("status", "from", "to");
    /** Before FarmaBorsa existed: the start of a date range the caller left open. */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    private static final String LIST = "SiparisListesi";
    private static final System.Logger LOG = System.getLogger(Orders.class.getName());

    private final FarmaBorsaClient client;
    private final Clock clock;
    private final int maxPageSize;

    Orders(FarmaBorsaClient client, Clock clock, int maxPageSize) {
        this.client = client;
        this.clock = clock;
        this.maxPageSize = maxPageSize;
    }

    @Override
    public String entityName() {
        return "order";
    }

    @Override
    public Page<Order> read(ReadRequest request) {
        ReadFilters.check(LIST, request, FILTERS);
        List<SatisDurum> statuses = statuses(request);
        LocalDate from = ReadFilters.date(LIST, request, "from");
        LocalDate to = ReadFilters.date(LIST, request, "to");
        OrderPosition at = OrderPosition.from(request, LIST, clock);
        int size = Math.min(request.pageSize(), maxPageSize);
        Instant startedAt = at.sinceAt() != null ? at.sinceAt()
                : EARLIEST.atStartOfDay(FarmaBorsaDates.ZONE).toInstant();
        while (at.statusIndex() < statuses.size()) {
            SatisDurum status = statuses.get(at.statusIndex());
            SiparisSorgusu query = window(SiparisSorgusu.durum(status).sayfa(at.sayfa()), at, from, to);
            if (query == null) {
                break;
            }
            List<SiparisBilgi> rows = client.siparisListesi(query);
            if (rows.isEmpty() || (at.sayfa() > 1 && rows.get(0).satisKod() == at.previousFirst())) {
                at = at.nextStatus(); // the status is exhausted, or the server ignores sayfa and repeats page 1
                continue;
            }
            List<SiparisBilgi> slice = rows.subList(Math.min(at.offset(), rows.size()),
                    Math.min(at.offset() + size, rows.size()));
            List<Order> records = new ArrayList<>();
            OrderPosition next = at;
            for (SiparisBilgi row : slice) {
                Instant tarih = instant(row.tarihi());
                if (at.after(tarih, row.satisKod())) {
                    records.add(toOrder(row, status));
                    next = next.delivered(tarih, row.satisKod());
                }
            }
            int consumed = at.offset() + slice.size();
            next = consumed >= rows.size() ? next.nextPage(rows.get(0).satisKod()) : next.withOffset(consumed);
            at = next;
            if (!records.isEmpty()) {
                return new Page<>(records, at.encode(), false);
            }
        }
        return new Page<>(List.of(), at.end(startedAt), true);
    }

    @Override
    public Optional<Order> get(String key) {
        int satisKod;
        try {
            satisKod = Integer.parseInt(key == null ? "" : key.trim());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (satisKod < 1) {
            return Optional.empty();
        }
        try {
            return client.siparisListesi(SiparisSorgusu.satis(satisKod)).stream()
                    .filter(row -> row.satisKod() == satisKod).findFirst().map(row -> toOrder(row, null));
        } catch (ConnectorException.NotFound gone) {
            return Optional.empty();
        }
    }

    private Order toOrder(SiparisBilgi row, SatisDurum status) {
        try {
            List<TotalsCheck> disagreements = OrderMapping.check(row);
            if (!disagreements.isEmpty()) {
                LOG.log(System.Logger.Level.WARNING, "order {0}: FarmaBorsa''s totals differ from Köprü''s: {1}",
                        row.satisKod(), String.join("; ", disagreements.stream().map(TotalsCheck::describe).toList()));
            }
        } catch (IllegalArgumentException unusableLine) {
            // A line Köprü cannot total (e.g. no VAT rate) is the target's problem to refuse, not a reason to stop
            // reading every other order.
            LOG.log(System.Logger.Level.WARNING, "order {0}: totals cannot be checked: {1}", row.satisKod(),
                    unusableLine.getMessage());
        }
        return OrderMapping.toOrder(row, status);
    }

    private List<SatisDurum> statuses(ReadRequest request) {
        String wanted = request.filters().get("status");
        if (wanted == null || wanted.isBlank()) {
            return List.of(SatisDurum.states());
        }
        Optional<SatisDurum> status;
        try {
            status = SatisDurum.ofKod(Integer.parseInt(wanted.trim()));
        } catch (NumberFormatException notACode) {
            status = SatisDurum.ofAd(wanted);
            if (status.isEmpty()) {
                try {
                    status = Optional.of(SatisDurum.valueOf(wanted.trim().toUpperCase(java.util.Locale.ROOT)));
                } catch (IllegalArgumentException notAName) {
                    status = Optional.empty();
                }
            }
        }
        return List.of(status.filter(SatisDurum::sellerFilter).orElseThrow(() -> new ConnectorException.Validation(
                LIST, "status", "status: '" + wanted + "' is not an order status of the seller's list (1 Yeni"
                + " Sipariş, 2 Onaylandı, 3 Kargolandı, 4 Teslim Edildi, 5 Alıcı Onayladı, 8 İptal Edildi)", null)));
    }

    /** The order-date range to ask for: the caller's filters, narrowed to the pass's lower bound; null when empty. */
    private SiparisSorgusu window(SiparisSorgusu query, OrderPosition at, LocalDate from, LocalDate to) {
        LocalDate start = from;
        if (at.sinceAt() != null) {
            LocalDate sinceDay = at.sinceAt().atZone(FarmaBorsaDates.ZONE).toLocalDate();
            start = start == null || sinceDay.isAfter(start) ? sinceDay : start;
        }
        if (start == null && to == null) {
            return query;
        }
        LocalDate end = to != null ? to : LocalDate.now(clock.withZone(FarmaBorsaDates.ZONE)).plusDays(1);
        LocalDate begin = start != null ? start : EARLIEST;
        return end.isBefore(begin) ? null : query.arasinda(begin, end);
    }

    private static Instant instant(LocalDateTime tarih) {
        return tarih == null ? null : tarih.atZone(FarmaBorsaDates.ZONE).toInstant();
    }
}
