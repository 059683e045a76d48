package dev.kopru.sync.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kopru.core.connector.Connector;
import dev.kopru.core.connector.ConnectorDescriptor;
import dev.kopru.core.connector.Entity;
import dev.kopru.core.connector.NaturalKey;
import dev.kopru.core.connector.Page;
import dev.kopru.core.connector.ReadRequest;
import dev.kopru.core.model.CanonicalRecord;
import dev.kopru.sync.write.CanonicalJson;
import java.util.Optional;
import java.util.Set;

/**
 * A pipeline's side as the pipeline sees it when two systems do not carry the same fields (Mikro's cari has no role,
 * DİA's no currency): the fields named in the {@code fieldsNotSynced} option read as absent, so they are neither
 * copied nor compared. Without this, each side's default for a field the other lacks (DİA's {@code AL} role, Mikro's
 * TRY) makes every echo of a two-way pipeline look like a change, and each run writes every record back.
 */
final class FieldsNotSynced implements Connector {

    private final Connector side;
    private final Set<String> fields;
    private static final ObjectMapper TREES = new ObjectMapper();

    private final CanonicalJson json = new CanonicalJson();

    FieldsNotSynced(Connector side, Set<String> fields) {
        this.side = side;
        this.fields = Set.copyOf(fields);
    }

    /** {@code side} itself when no field is left out. */
    static Connector of(Connector side, Set<String> fields) {
        return fields.isEmpty() ? side : new FieldsNotSynced(side, fields);
    }

    private <T extends CanonicalRecord> T without(Entity<T> entity, T record) {
        try {
            ObjectNode tree = (ObjectNode) TREES.readTree(json.toJson(record));
            tree.remove(fields);
            return json.fromJson(tree.toString(), entity.type());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("our own JSON of a " + entity + " could not be read back", e);
        }
    }

    @Override
    public ConnectorDescriptor descriptor() {
        return side.descriptor();
    }

    @Override
    public void check() {
        side.check();
    }

    @Override
    public <T extends CanonicalRecord> Page<T> read(Entity<T> entity, ReadRequest request) {
        Page<T> page = side.read(entity, request);
        return new Page<>(page.records().stream().map(r -> without(entity, r)).toList(), page.next(), page.last());
    }

    @Override
    public <T extends CanonicalRecord> Optional<T> get(Entity<T> entity, String key) {
        return side.get(entity, key).map(r -> without(entity, r));
    }

    @Override
    public <T extends CanonicalRecord> Optional<T> findByNaturalKey(Entity<T> entity, NaturalKey naturalKey) {
        return side.findByNaturalKey(entity, naturalKey).map(r -> without(entity, r));
    }

    @Override
    public <T extends CanonicalRecord> NaturalKey naturalKeyOf(Entity<T> entity, T record) {
        return side.naturalKeyOf(entity, record);
    }

    @Override
    public <T extends CanonicalRecord> String create(Entity<T> entity, T record) {
        return side.create(entity, record);
    }

    @Override
    public <T extends CanonicalRecord> void update(Entity<T> entity, String key, T record) {
        side.update(entity, key, record);
    }

    @Override
    public <T extends CanonicalRecord> void delete(Entity<T> entity, String key) {
        side.delete(entity, key);
    }

    @Override
    public <C> Optional<C> capability(Class<C> type) {
        return side.capability(type);
    }
}
