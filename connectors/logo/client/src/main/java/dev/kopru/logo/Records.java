package dev.kopru.logo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kopru.core.connector.ChangeCursor;
import dev.kopru.core.connector.ConnectorException;
import dev.kopru.core.connector.Cursor;
import dev.kopru.core.connector.NaturalKey;
import dev.kopru.core.connector.Page;
import dev.kopru.core.connector.ReadRequest;
import dev.kopru.core.connector.support.EntityHandler;
import dev.kopru.core.connector.support.ReadFilters;
import dev.kopru.logo.client.LogoClient;
import dev.kopru.logo.client.LogoPage;
import dev.kopru.logo.client.LogoQuery;
import dev.kopru.logo.mapping.LogoValues;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One canonical entity kept in one Logo data object: key = {@code INTERNAL_REFERENCE}, one natural key in one Logo
 * field, reads in reference order ({@code q=INTERNAL_REFERENCE gt n}, so pages neither skip nor repeat when records
 * come and go), incremental reads by {@code DATE_MODIFIED} (day resolution: the cursor's day is read again, and the
 * end of a read looks back an hour; the engine's content hashes drop the repeats).
 *
 * @param <T> the canonical record
 */
final class Records<T> implements EntityHandler<T> {

    /** How far a cursor may lie ahead of this machine's clock (the vendor's clock may run ahead). */
    private static final Duration FUTURE_TOLERANCE = Duration.ofDays(1);
    /** The end of a read is set this far back, so that a change made while it ran is read next time. */
    private static final Duration LOOK_BACK = Duration.ofHours(1);

    /** How one entity lives in Logo. */
    record Kind<T>(String entity, String resource, boolean expand, String naturalKey, String naturalKeyField,
                   Function<T, String> naturalKeyOf, Function<ObjectNode, T> read,
                   BiFunction<String, T, ObjectNode> write, Map<String, String> filters,
                   Map<String, String> canonicalFields) {
    }

    private final LogoClient client;
    private final Clock clock;
    private final Kind<T> kind;

    Records(LogoClient client, Clock clock, Kind<T> kind) {
        this.client = client;
        this.clock = clock;
        this.kind = kind;
    }

    @Override
    public String entityName() {
        return kind.entity();
    }

    @Override
    public Page<T> read(ReadRequest request) {
        String op = "GET " + kind.resource();
        ReadFilters.check(op, request, kind.filters().keySet());
        ChangeCursor from = request.from().map(c -> ChangeCursor.decode(c, op, clock, FUTURE_TOLERANCE))
                .orElse(new ChangeCursor(Instant.EPOCH, ""));
        List<String> conditions = new ArrayList<>();
        request.filters().forEach((name, value) -> conditions.add(kind.filters().get(name) + " eq "
                + LogoQuery.text(value)));
        if (from.changedAt().isAfter(Instant.EPOCH)) {
            LocalDate day = from.changedAt().atZone(LogoValues.ISTANBUL).toLocalDate();
            conditions.add("DATE_MODIFIED gte " + LogoQuery.text(day.toString()));
        }
        if (!from.key().isEmpty()) {
            if (!from.key().matches("\\d{1,10}")) {
                throw new ConnectorException.Validation(op, "cursor", "cursor: its position '" + from.key()
                        + "' is not a Logo reference; reset the cursor", null);
            }
            conditions.add("INTERNAL_REFERENCE gt " + from.key());
        }
        LogoQuery query = LogoQuery.where(conditions.stream().map(c -> "(" + c + ")")
                .collect(Collectors.joining(" and "))).withSort("INTERNAL_REFERENCE").withLimit(request.pageSize());
        LogoPage page = client.list(kind.resource(), kind.expand() ? query.expanded() : query);
        List<T> records = page.items().stream().map(kind.read()).toList();
        if (page.last()) {
            Instant end = clock.instant().minus(LOOK_BACK);
            Instant next = end.isAfter(from.changedAt()) ? end : from.changedAt();
            return new Page<>(records, new ChangeCursor(next, "").encode(), true);
        }
        String lastReference = page.items().getLast().path("INTERNAL_REFERENCE").asText();
        Cursor next = new ChangeCursor(from.changedAt(), lastReference).encode();
        return new Page<>(records, next, false);
    }

    @Override
    public Optional<T> get(String key) {
        if (key == null || !key.matches("\\d{1,9}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(kind.read().apply(client.get(kind.resource(), Integer.parseInt(key),
                    LogoQuery.all())));
        } catch (ConnectorException.NotFound absent) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<T> find(NaturalKey naturalKey) {
        if (!naturalKey.name().equals(kind.naturalKey())) {
            throw ReadFilters.unknownNaturalKey("GET " + kind.resource(), kind.entity(), naturalKey,
                    List.of(kind.naturalKey()));
        }
        LogoQuery query = LogoQuery.where(kind.naturalKeyField() + " eq " + LogoQuery.text(naturalKey.value()))
                .withLimit(2);
        // Logo compares text without regard to case; the natural key is exact.
        return client.list(kind.resource(), kind.expand() ? query.expanded() : query).items().stream()
                .map(kind.read()).filter(r -> naturalKey.value().equals(kind.naturalKeyOf().apply(r))).findFirst();
    }

    @Override
    public NaturalKey naturalKeyOf(T record) {
        String value = kind.naturalKeyOf().apply(record);
        if (value == null || value.isBlank()) {
            throw new ConnectorException.Validation("POST " + kind.resource(), kind.naturalKey(), kind.naturalKey()
                    + ": required, it is the " + kind.entity() + "'s natural key", null);
        }
        return new NaturalKey(kind.naturalKey(), value);
    }

    @Override
    public String create(T record) {
        String op = "POST " + kind.resource();
        ObjectNode wire = kind.write().apply(op, record);
        return canonical(() -> client.create(kind.resource(), wire)).path("INTERNAL_REFERENCE").asText();
    }

    @Override
    public void update(String key, T record) {
        String op = "PUT " + kind.resource();
        int id = reference(op, key);
        ObjectNode wire = kind.write().apply(op, record);
        wire.put("INTERNAL_REFERENCE", id);
        canonical(() -> client.replace(kind.resource(), id, wire));
    }

    @Override
    public void delete(String key) {
        String op = "DELETE " + kind.resource();
        int id = reference(op, key);
        canonical(() -> {
            client.delete(kind.resource(), id);
            return null;
        });
    }

    private static int reference(String op, String key) {
        if (key == null || !key.matches("\\d{1,9}")) {
            throw new ConnectorException.Validation(op, "key", "key: '" + key + "' is not a Logo reference"
                    + " (INTERNAL_REFERENCE)", null);
        }
        return Integer.parseInt(key);
    }

    /** Logo's refusal in the canonical field's name, Logo's key and text kept in the message. */
    private <R> R canonical(java.util.function.Supplier<R> call) {
        try {
            return call.get();
        } catch (ConnectorException.Validation refused) {
            Optional<String> canonical = refused.field().map(kind.canonicalFields()::get);
            if (canonical.isEmpty()) {
                throw refused;
            }
            throw new ConnectorException.Validation(refused.operation(), canonical.get(), canonical.get() + ": "
                    + refused.getMessage(), refused.vendorMessage().orElse(null));
        }
    }
}
