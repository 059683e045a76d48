package dev.kopru.core.connector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kopru.core.model.CanonicalRecord;
import dev.kopru.core.model.Party;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ConnectorStreamTest {

    /** A connector over an in-memory list, paging by offset: enough to prove the stream's page walking. */
    private static final class ListConnector implements Connector {
        final List<Party> parties;
        final List<Integer> pagesAsked = new ArrayList<>();

        ListConnector(int size) {
            parties = IntStream.range(0, size).mapToObj(i -> new Party("k" + i, "c" + i, "n", null, null, null,
                    null, null, null, "TRY", null, null, null)).toList();
        }

        @Override
        public ConnectorDescriptor descriptor() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void check() {
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T extends CanonicalRecord> Page<T> read(Entity<T> entity, ReadRequest request) {
            int from = request.from().map(c -> Integer.parseInt(c.value())).orElse(0);
            pagesAsked.add(from);
            int to = Math.min(parties.size(), from + request.pageSize());
            return new Page<>((List<T>) parties.subList(from, to), new Cursor(Integer.toString(to)), to == parties.size());
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
            throw new UnsupportedOperationException();
        }

        @Override
        public <T extends CanonicalRecord> void update(Entity<T> entity, String key, T record) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <T extends CanonicalRecord> void delete(Entity<T> entity, String key) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void streams_every_record_across_pages_in_order() {
        ListConnector connector = new ListConnector(23);

        List<String> codes = connector.stream(Entity.PARTY, ReadRequest.full(5)).map(Party::code).toList();

        assertThat(codes).hasSize(23).startsWith("c0", "c1").endsWith("c22");
        assertThat(connector.pagesAsked).containsExactly(0, 5, 10, 15, 20);
    }

    @Test
    void fetches_pages_only_as_they_are_consumed() {
        ListConnector connector = new ListConnector(1000);

        connector.stream(Entity.PARTY, ReadRequest.full(10)).limit(15).forEach(p -> { });

        assertThat(connector.pagesAsked).containsExactly(0, 10);
    }

    @Test
    void an_empty_source_reads_one_page() {
        ListConnector connector = new ListConnector(0);

        assertThat(connector.stream(Entity.PARTY, ReadRequest.full(10)).count()).isZero();
        assertThat(connector.pagesAsked).containsExactly(0);
    }
}
