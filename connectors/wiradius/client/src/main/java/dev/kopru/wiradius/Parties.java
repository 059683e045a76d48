package dev.kopru.wiradius;

import dev.kopru.connector.kit.cursor.CursorCodec;
import dev.kopru.core.connector.Page;
import dev.kopru.core.connector.ReadRequest;
import dev.kopru.core.connector.support.EntityHandler;
import dev.kopru.core.connector.support.ReadFilters;
import dev.kopru.core.model.Party;
import dev.kopru.wiradius.client.Cari;
import dev.kopru.wiradius.client.WiradiusClient;
import dev.kopru.wiradius.mapping.PartyMapping;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Customers ({@code cari_list}), page after page to the empty page. The list has no change date and no look-up by
 * id, so every read is a full read (the engine's content hashes decide what changed) and {@code get} walks the list.
 */
final class Parties implements EntityHandler<Party> {

    private static final String LIST = "cari_list";
    private static final CursorCodec<Position> CODEC = CursorCodec.of("wiradius.party.1", Position.class);

    /** The vendor page and the rows of it already delivered. */
    record Position(int page, int offset) {
    }

    private final WiradiusClient client;
    private final int maxPageSize;

    Parties(WiradiusClient client, int maxPageSize) {
        this.client = client;
        this.maxPageSize = maxPageSize;
    }

    @Override
    public String entityName() {
        return "party";
    }

    @Override
    public Page<Party> read(ReadRequest request) {
        ReadFilters.check(LIST, request, Set.of());
        Position at = CODEC.decode(request, LIST).orElse(new Position(1, 0));
        if (at.page() < 1 || at.offset() < 0) {
            throw CursorCodec.refused(LIST, "its position is not one this connector issues");
        }
        int size = Math.min(request.pageSize(), maxPageSize);
        while (true) {
            List<Cari> rows = client.cariList(at.page(), null);
            if (rows.isEmpty()) {
                // The next read starts over: customers have no change date, so every read is a full one.
                return new Page<>(List.of(), CODEC.encode(new Position(1, 0)), true);
            }
            if (at.offset() >= rows.size()) {
                at = new Position(at.page() + 1, 0);
                continue;
            }
            List<Cari> slice = rows.subList(at.offset(), Math.min(at.offset() + size, rows.size()));
            int consumed = at.offset() + slice.size();
            Position next = consumed < rows.size() ? new Position(at.page(), consumed) : new Position(at.page() + 1, 0);
            return new Page<>(slice.stream().map(PartyMapping::toParty).toList(), CODEC.encode(next), false);
        }
    }

    /** The customer {@code key} ({@code cari_id}), found by walking the list. */
    @Override
    public Optional<Party> get(String key) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        try (var customers = client.cariler(null)) {
            return customers.filter(c -> key.trim().equals(c.cari_id())).findFirst().map(PartyMapping::toParty);
        }
    }
}
