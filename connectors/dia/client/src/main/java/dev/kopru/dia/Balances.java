package dev.kopru.dia;

import dev.kopru.connector.kit.cursor.CursorCodec;
import dev.kopru.core.connector.Page;
import dev.kopru.core.connector.ReadRequest;
import dev.kopru.core.connector.support.EntityHandler;
import dev.kopru.core.connector.support.ReadFilters;
import dev.kopru.core.model.Balance;
import dev.kopru.core.model.Money;
import dev.kopru.dia.client.CariKart;
import dev.kopru.dia.client.DiaClient;
import dev.kopru.dia.client.DiaQuery;
import dev.kopru.dia.client.HesapDurumu;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Balances from {@code scf_carikart_hesapdurumu_getir}, one per cari card, keyed by the card's code. A page walks
 * the cards by {@code _key} (the page token is the last key) and asks each one's state: n + 1 billed calls.
 * Amounts are in TL, DİA's local currency.
 */
final class Balances implements EntityHandler<Balance> {

    /** The position of a balance read: the last cari {@code _key} delivered; 0 before the first. */
    record Position(long afterKey) {
    }

    private static final CursorCodec<Position> CODEC = CursorCodec.of("dia.balances.1", Position.class);
    private static final String LIST = "scf_carikart_listele";

    private final DiaClient client;
    private final Clock clock;
    private final int maxPageSize;

    Balances(DiaClient client, Clock clock, int maxPageSize) {
        this.client = client;
        this.clock = clock;
        this.maxPageSize = maxPageSize;
    }

    @Override
    public String entityName() {
        return "balance";
    }

    @Override
    public Page<Balance> read(ReadRequest request) {
        ReadFilters.check(LIST, request, Set.of());
        long after = CODEC.decode(request, LIST).map(Position::afterKey).orElse(0L);
        int size = Math.min(request.pageSize(), maxPageSize);
        List<CariKart> cards = client.cari().list(DiaQuery.first(size).where("_key", ">", Long.toString(after))
                .orderBy("_key", false).columns("carikartkodu"));
        long last = cards.isEmpty() ? after : Long.parseLong(cards.getLast()._key());
        return new Page<>(cards.stream().map(c -> balance(Long.parseLong(c._key()))).toList(),
                CODEC.encode(new Position(last)), cards.size() < size);
    }

    @Override
    public Optional<Balance> get(String partyCode) {
        return client.cari().list(DiaQuery.first(2).where("carikartkodu", "=", partyCode).columns("carikartkodu"))
                .stream().findFirst().map(c -> balance(Long.parseLong(c._key())));
    }

    private Balance balance(long cariKey) {
        HesapDurumu state = client.hesapDurumu(cariKey);
        return new Balance(state.carikartkodu(), tl(state.borc()), tl(state.alacak()), tl(state.bakiye()),
                clock.instant());
    }

    private static Money tl(BigDecimal amount) {
        return new Money(amount == null ? BigDecimal.ZERO : amount, Money.TRY);
    }
}
