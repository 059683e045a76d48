package dev.kopru.testkit.memory;

import dev.kopru.core.connector.ConfigField;
import dev.kopru.core.connector.Connector;
import dev.kopru.core.connector.ConnectorDescriptor;
import dev.kopru.core.connector.Cursor;
import dev.kopru.core.connector.CursorKind;
import dev.kopru.core.connector.Entity;
import dev.kopru.core.connector.EntitySupport;
import dev.kopru.core.connector.Limits;
import dev.kopru.core.connector.NaturalKey;
import dev.kopru.core.connector.Operation;
import dev.kopru.core.connector.Page;
import dev.kopru.core.connector.ReadRequest;
import dev.kopru.core.model.CanonicalRecord;
import dev.kopru.core.model.Party;
import dev.kopru.core.model.PartyRole;
import dev.kopru.core.tax.TaxIds;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A vendor of {@code size} parties that exist only as they are read, page by page (record {@code i} is built from
 * {@code i} alone), and that takes creates by counting them. It keeps nothing per record, so a run's memory is the
 * engine's own: the test of whether the engine streams, and the in-memory connector of the engine benchmarks.
 */
public final class GeneratedParties implements Connector {

    private final int size;
    private final AtomicLong created = new AtomicLong();

    public GeneratedParties(int size) {
        this.size = size;
    }

    /** How many creates it took. */
    public long created() {
        return created.get();
    }

    @Override
    public ConnectorDescriptor descriptor() {
        return new ConnectorDescriptor("generated", "parties generated on read", List.of(new EntitySupport(
                Entity.PARTY, Set.of(Operation.LIST, Operation.CREATE, Operation.FIND_BY_NATURAL_KEY),
                CursorKind.PAGE_TOKEN, List.of("code"), "generated")),
                new Limits(1000, 1000, Optional.empty(), Optional.empty()),
                List.of(ConfigField.optional("size", "how many parties", "100000")));
    }

    @Override
    public void check() {
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T extends CanonicalRecord> Page<T> read(Entity<T> entity, ReadRequest request) {
        int from = request.from().map(c -> Integer.parseInt(c.value())).orElse(0);
        int to = Math.min(size, from + request.pageSize());
        List<T> page = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            page.add((T) party(i));
        }
        return new Page<>(page, new Cursor(Integer.toString(to)), to >= size);
    }

    /** Record {@code i}: the same party every time. */
    public static Party party(int i) {
        String code = String.format("120.%02d.%05d", i / 100_000, i % 100_000);
        String vkn = TaxIds.completeVkn(String.format("%09d", 100_000_000 + i));
        return new Party(code, code, "Müşteri " + i + " Ticaret Ltd. Şti.", PartyRole.CUSTOMER, vkn, "Konak",
                null, "musteri" + i + "@example.com", null, "TRY", false, true, null);
    }

    @Override
    public <T extends CanonicalRecord> Optional<T> get(Entity<T> entity, String key) {
        return Optional.empty();
    }

    @Override
    public <T extends CanonicalRecord> Optional<T> findByNaturalKey(Entity<T> entity, NaturalKey naturalKey) {
        return Optional.empty();
    }

    @Override
    public <T extends CanonicalRecord> NaturalKey naturalKeyOf(Entity<T> entity, T record) {
        return new NaturalKey("code", ((Party) record).code());
    }

    @Override
    public <T extends CanonicalRecord> String create(Entity<T> entity, T record) {
        created.incrementAndGet();
        return ((Party) record).code();
    }

    @Override
    public <T extends CanonicalRecord> void update(Entity<T> entity, String key, T record) {
        throw new UnsupportedOperationException("generated: no update");
    }

    @Override
    public <T extends CanonicalRecord> void delete(Entity<T> entity, String key) {
        throw new UnsupportedOperationException("generated: no delete");
    }
}
