package dev.kopru.server.entities;

import static dev.kopru.core.connector.Operation.CREATE;
import static dev.kopru.core.connector.Operation.GET;
import static dev.kopru.core.connector.Operation.LIST;
import static dev.kopru.core.connector.Operation.UPDATE;

import dev.kopru.core.connector.Connector;
import dev.kopru.core.connector.ConnectorDescriptor;
import dev.kopru.core.connector.Entity;
import dev.kopru.core.input.InvalidInputException;
import dev.kopru.core.model.AccountMovement;
import dev.kopru.core.model.Balance;
import dev.kopru.core.model.CanonicalRecord;
import dev.kopru.core.model.DocumentLine;
import dev.kopru.core.model.Invoice;
import dev.kopru.server.connections.ConnectionDirectory;
import dev.kopru.server.problems.NotFoundException;
import dev.kopru.sync.store.StoredConnection;
import dev.kopru.sync.write.CanonicalJson;
import dev.kopru.sync.write.KeyedCreates;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The canonical entities of one connection, as far as its connector's descriptor offers them: list with cursor
 * paging and the connector's filters, get, create and update; a party's balance and account movements; an
 * invoice's lines. Records are kopru-core's canonical model; money is a JSON number with its scale.
 */
@RestController
@RequestMapping("/api/v1/connections/{id}")
@Tag(name = "entities")
public class EntitiesController {

    private final ConnectionDirectory directory;
    private final JsonMapper json;
    private final ApiCreates creates;
    private final IdempotencyKeys idempotencyKeys;
    private final CanonicalJson canonical = new CanonicalJson();

    public EntitiesController(ConnectionDirectory directory, JsonMapper json, ApiCreates creates,
                              IdempotencyKeys idempotencyKeys) {
        this.directory = directory;
        this.json = json;
        this.creates = creates;
        this.idempotencyKeys = idempotencyKeys;
    }

    /** The connection, its connector, and the entity under the path segment. */
    private record Target(StoredConnection connection, Connector connector, Entity<?> entity) {
        ConnectorDescriptor descriptor() {
            return connector.descriptor();
        }
    }

    private Target target(String id, String segment) {
        StoredConnection connection = directory.resolve(id);
        Connector connector = directory.connector(connection);
        return new Target(connection, connector, EntityPaths.supported(connector.descriptor(), segment));
    }

    @GetMapping("/{entity}")
    @Operation(summary = "List records page by page (cursor, limit, changedSince and the connector's filters)")
    RecordPage<?> list(@PathVariable String id, @PathVariable String entity,
                       @Parameter(description = "cursor, limit, changedSince, and filters such as code or taxId")
                       @RequestParam MultiValueMap<String, String> query) {
        Target target = target(id, entity);
        EntityReads.require(target.descriptor(), target.entity(), LIST);
        return RecordPage.of(target.connector().read(target.entity(),
                EntityReads.request(target.connector(), target.entity(), query, Map.of())));
    }

    @GetMapping("/{entity}/{key}")
    @Operation(summary = "One record by its key")
    Object get(@PathVariable String id, @PathVariable String entity, @PathVariable String key) {
        Target target = target(id, entity);
        EntityReads.require(target.descriptor(), target.entity(), GET);
        return target.connector().get(target.entity(), key).orElseThrow(() -> new NotFoundException(
                "key: no " + target.entity() + " '" + key + "' in connection '" + target.connection().name() + "'"));
    }

    @PostMapping("/{entity}")
    @Operation(summary = "Create a record, once per natural key: 201 with its key and Location, or 200 with the key of"
            + " the record a concurrent or earlier request made. With an Idempotency-Key, the same key and body get"
            + " the same answer again; the same key with another body is a 422")
    ResponseEntity<Map<String, String>> create(@PathVariable String id, @PathVariable String entity,
                                              @RequestBody JsonNode body, UriComponentsBuilder uri,
                                              @RequestHeader(name = IdempotencyKeys.HEADER, required = false)
                                              String idempotencyKey) {
        Target target = target(id, entity);
        EntityReads.require(target.descriptor(), target.entity(), CREATE);
        CanonicalRecord record = json.treeToValue(object(body), target.entity().type());
        long connectionId = target.connection().id();
        if (idempotencyKey != null) {
            Optional<IdempotencyKeys.Answer> earlier = idempotencyKeys.claim(connectionId, idempotencyKey,
                    canonical.hash(Map.of("entity", entity, "record", record)));
            if (earlier.isPresent()) {
                return created(uri, connectionId, entity, earlier.get().status(), earlier.get().recordKey());
            }
        }
        KeyedCreates.Outcome outcome;
        try {
            outcome = createAs(target, record);
        } catch (RuntimeException e) {
            if (idempotencyKey != null) {
                idempotencyKeys.release(connectionId, idempotencyKey);
            }
            throw e;
        }
        int status = outcome.created() ? 201 : 200;
        if (idempotencyKey != null) {
            idempotencyKeys.complete(connectionId, idempotencyKey, new IdempotencyKeys.Answer(status, outcome.key()));
        }
        return created(uri, connectionId, entity, status, outcome.key());
    }

    private static ResponseEntity<Map<String, String>> created(UriComponentsBuilder uri, long connectionId,
                                                               String entity, int status, String key) {
        return ResponseEntity.status(status).location(uri.path("/api/v1/connections/{id}/{entity}/{key}")
                .buildAndExpand(connectionId, entity, key).encode().toUri()).body(Map.of("key", key));
    }

    @PutMapping("/{entity}/{key}")
    @Operation(summary = "Replace a record, where the vendor allows updates")
    ResponseEntity<Void> update(@PathVariable String id, @PathVariable String entity, @PathVariable String key,
                                @RequestBody JsonNode body) {
        Target target = target(id, entity);
        EntityReads.require(target.descriptor(), target.entity(), UPDATE);
        updateAs(target.connector(), target.entity(), key, body);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/parties/{code}/balance")
    @Operation(summary = "A party's balance: debit, credit and debit − credit")
    Balance balance(@PathVariable String id, @PathVariable String code) {
        Target target = target(id, EntityPaths.path(Entity.BALANCE));
        EntityReads.require(target.descriptor(), Entity.BALANCE, GET);
        return target.connector().get(Entity.BALANCE, code).orElseThrow(() -> new NotFoundException(
                "code: no balance for party '" + code + "' in connection '" + target.connection().name() + "'"));
    }

    @GetMapping("/parties/{code}/movements")
    @Operation(summary = "A party's account movements, page by page")
    RecordPage<AccountMovement> movements(@PathVariable String id, @PathVariable String code,
                                          @RequestParam MultiValueMap<String, String> query) {
        Target target = target(id, EntityPaths.path(Entity.ACCOUNT_MOVEMENT));
        EntityReads.require(target.descriptor(), Entity.ACCOUNT_MOVEMENT, LIST);
        return RecordPage.of(target.connector().read(Entity.ACCOUNT_MOVEMENT, EntityReads.request(target.connector(),
                Entity.ACCOUNT_MOVEMENT, new LinkedMultiValueMap<>(query), Map.of("partyCode", code))));
    }

    @GetMapping("/invoices/{key}/lines")
    @Operation(summary = "An invoice's lines")
    RecordPage<DocumentLine> invoiceLines(@PathVariable String id, @PathVariable String key) {
        Target target = target(id, EntityPaths.path(Entity.INVOICE));
        EntityReads.require(target.descriptor(), Entity.INVOICE, GET);
        Invoice invoice = target.connector().get(Entity.INVOICE, key).orElseThrow(() -> new NotFoundException(
                "key: no invoice '" + key + "' in connection '" + target.connection().name() + "'"));
        return new RecordPage<>(invoice.lines(), null, null);
    }

    /** The body was read whole and bound to the entity's record before anything is sent: nothing half-written. */
    private <T extends CanonicalRecord> KeyedCreates.Outcome createAs(Target target, CanonicalRecord record) {
        @SuppressWarnings("unchecked")
        Entity<T> entity = (Entity<T>) target.entity();
        return creates.create(target.connection(), target.connector(), entity, entity.type().cast(record));
    }

    private <T extends CanonicalRecord> void updateAs(Connector connector, Entity<T> entity, String key,
                                                     JsonNode body) {
        connector.update(entity, key, json.treeToValue(object(body), entity.type()));
    }

    private static JsonNode object(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new InvalidInputException("body", "a JSON object with the record's fields");
        }
        return body;
    }
}
