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

    /**
     * How one entity lives in one Logo data object. {@code keyPrefix} goes before the reference in keys and cursors
     * when the entity spans several data objects ({@code purchaseInvoices/7}, see {@link DataObjects}); {@code scope}
     * is a {@code q} condition every read adds (the payment types of a slip data object), or null.
     */
    record Kind<T>(String entity, String resource, boolean expand, String naturalKey, String naturalKeyField,
                   Function<T, String> naturalKeyOf, Function<ObjectNode, T> read,
                   BiFunction<String, T, ObjectNode> write, Map<String, String> filters,
                   Map<String, String> canonicalFields, String keyPrefix, String scope) {

        Kind(String entity, String resource, boolean expand, String naturalKey, String naturalKeyField,
             Function<T, String> naturalKeyOf, Function<ObjectNode, T> read, BiFunction<String, T, ObjectNode> write,
             Map<String, String> filters, Map<String, String> canonicalFields) {
            this(entity, resource, expand, naturalKey, naturalKeyField, naturalKeyOf, read, write, filters,
                    canonicalFields, "", null);
        }

        /** This entity in data object {@code name}, keyed {@code name/reference}, reading only {@code scope}. */
        Kind<T> in(String name, String scope) {
            return new Kind<>(entity, name, expand, naturalKey, naturalKeyField, naturalKeyOf, read, write, filters,
                    canonicalFields, name + "/", scope);
        }

        /** This entity read from its data object's records by {@code reader}. */
        Kind<T> reading(Function<ObjectNode, T> reader) {
            return new Kind<>(entity, resource, expand, naturalKey, naturalKeyField, naturalKeyOf, reader, write,
                    filters, canonicalFields, keyPrefix, scope);
        }
    }

    /** One page of one data object: its records, and the reference of the last unless the page was the last. */
    record Step<T>(List<T> records, Optional<String> after) {
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
        ChangeCursor from = from(request);
        Step<T> step = step(request, from);
        return step.after().map(after -> new Page<>(step.records(), new ChangeCursor(from.changedAt(), after)
                .encode(), false)).orElseGet(() -> new Page<>(step.records(), end(from), true));
    }

    /** The position {@code request} reads from, its filters checked; a cursor from the future is refused. */
    ChangeCursor from(ReadRequest request) {
        String op = "GET " + kind.resource();
        ReadFilters.check(op, request, kind.filters().keySet());
        return request.from().map(c -> ChangeCursor.decode(c, op, clock, FUTURE_TOLERANCE))
                .orElse(new ChangeCursor(Instant.EPOCH, ""));
    }

    /** The cursor after the last page of a read from {@code from}: where the next incremental read starts. */
    Cursor end(ChangeCursor from) {
        Instant end = clock.instant().minus(LOOK_BACK);
        return new ChangeCursor(end.isAfter(from.changedAt()) ? end : from.changedAt(), "").encode();
    }

    /** One page from {@code from}, whose key is a reference of this data object (or empty: from its start). */
    Step<T> step(ReadRequest request, ChangeCursor from) {
        String op = "GET " + kind.resource();
        List<String> conditions = new ArrayList<>();
        if (kind.scope() != null) {
            conditions.add(kind.scope());
        }
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
        List<T> records = page.items().stream().map(this::record).toList();
        return new Step<>(records, page.last() ? Optional.empty()
                : Optional.of(page.items().getLast().path("INTERNAL_REFERENCE").asText()));
    }

    /** Whether {@code key} names a record of this data object. */
    boolean owns(String key) {
        return key != null && key.startsWith(kind.keyPrefix()) && key.substring(kind.keyPrefix().length())
                .matches("\\d{1,9}");
    }

    Kind<T> kind() {
        return kind;
    }

    @Override
    public Optional<T> get(String key) {
        if (!owns(key)) {
            return Optional.empty();
        }
        int id = Integer.parseInt(key.substring(kind.keyPrefix().length()));
        if (kind.scope() != null) {
            // a slip of another type under this reference is no record of this entity
            return client.list(kind.resource(), LogoQuery.where(scoped("INTERNAL_REFERENCE eq " + id)).expanded())
                    .items().stream().findFirst().map(this::record);
        }
        try {
            return Optional.of(record(client.get(kind.resource(), id, LogoQuery.all())));
        } catch (ConnectorException.NotFound absent) {
            return Optional.empty();
        }
    }

    /** {@code condition} within this data object's scope. */
    private String scoped(String condition) {
        return kind.scope() == null ? condition : "(" + kind.scope() + ") and (" + condition + ")";
    }

    @Override
    public Optional<T> find(NaturalKey naturalKey) {
        if (!naturalKey.name().equals(kind.naturalKey())) {
            throw ReadFilters.unknownNaturalKey("GET " + kind.resource(), kind.entity(), naturalKey,
                    List.of(kind.naturalKey()));
        }
        LogoQuery query = LogoQuery.where(scoped(kind.naturalKeyField() + " eq " + LogoQuery.text(naturalKey
                .value()))).withLimit(2);
        // Logo compares text without regard to case; the natural key is exact.
        return client.list(kind.resource(), kind.expand() ? query.expanded() : query).items().stream()
                .map(this::record).filter(r -> naturalKey.value().equals(kind.naturalKeyOf().apply(r))).findFirst();
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
        return kind.keyPrefix() + canonical(() -> client.create(kind.resource(), wire)).path("INTERNAL_REFERENCE")
                .asText();
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

    private int reference(String op, String key) {
        if (!owns(key)) {
            throw new ConnectorException.Validation(op, "key", "key: '" + key + "' is not a Logo reference"
                    + " (" + kind.keyPrefix() + "INTERNAL_REFERENCE)", null);
        }
        return Integer.parseInt(key.substring(kind.keyPrefix().length()));
    }

    /** The canonical record of {@code node}, keyed with this data object's prefix. */
    private T record(ObjectNode node) {
        if (!kind.keyPrefix().isEmpty()) {
            node = node.deepCopy().put("INTERNAL_REFERENCE", kind.keyPrefix() + node.path("INTERNAL_REFERENCE")
                    .asText());
        }
        return kind.read().apply(node);
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
