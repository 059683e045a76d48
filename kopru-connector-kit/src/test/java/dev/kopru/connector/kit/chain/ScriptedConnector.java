package dev.kopru.connector.kit.chain;

import dev.kopru.core.model.CanonicalRecord;
import dev.kopru.core.connector.Connector;
import dev.kopru.core.connector.ConnectorDescriptor;
import dev.kopru.core.connector.ConnectorException;
import dev.kopru.core.connector.Cursor;
import dev.kopru.core.connector.Entity;
import dev.kopru.core.connector.Limits;
import dev.kopru.core.connector.NaturalKey;
import dev.kopru.core.connector.OrderActions;
import dev.kopru.core.connector.Page;
import dev.kopru.core.connector.RawOperations;
import dev.kopru.core.connector.ReadRequest;
import dev.kopru.core.connector.SqlReports;
import dev.kopru.core.connector.SqlResult;
import dev.kopru.core.model.Order;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The kit's own stand-in for a vendor: every vendor call is counted by name and fails with the next scripted failure,
 * if any. It offers every SPI capability, a {@link Chainable} one of its own and one that is not chainable.
 */
final class ScriptedConnector implements Connector, SqlReports, RawOperations, OrderActions, ScriptedConnectorCapabilities.Lists,
        ScriptedConnectorCapabilities.Unchained {

    final List<String> sent = new ArrayList<>();
    private final Deque<ConnectorException> failures = new ArrayDeque<>();

    /** The next calls fail with these, in order; later calls succeed. */
    ScriptedConnector failing(ConnectorException... next) {
        failures.addAll(List.of(next));
        return this;
    }

    private void send(String operation) {
        sent.add(operation);
        ConnectorException failure = failures.poll();
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public ConnectorDescriptor descriptor() {
        return new ConnectorDescriptor("scripted", "Scripted", List.of(),
                new Limits(10, 10, Optional.empty(), Optional.empty()), List.of());
    }

    @Override
    public void check() {
        send("check");
    }

    @Override
    public <T extends CanonicalRecord> Page<T> read(Entity<T> entity, ReadRequest request) {
        send("read");
        return new Page<>(List.of(), new Cursor("end"), true);
    }

    @Override
    public <T extends CanonicalRecord> Optional<T> get(Entity<T> entity, String key) {
        send("get");
        return Optional.empty();
    }

    @Override
    public <T extends CanonicalRecord> Optional<T> findByNaturalKey(Entity<T> entity, NaturalKey naturalKey) {
        send("find");
        return Optional.empty();
    }

    @Override
    public <T extends CanonicalRecord> NaturalKey naturalKeyOf(Entity<T> entity, T record) {
        return new NaturalKey("code", "1");
    }

    @Override
    public <T extends CanonicalRecord> String create(Entity<T> entity, T record) {
        send("create");
        return "K1";
    }

    @Override
    public <T extends CanonicalRecord> void update(Entity<T> entity, String key, T record) {
        send("update");
    }

    @Override
    public <T extends CanonicalRecord> void delete(Entity<T> entity, String key) {
        send("delete");
    }

    @Override
    public SqlResult query(String sql, int maxRows, Duration timeout) {
        send("sql");
        return new SqlResult(List.of(), List.of(), false);
    }

    @Override
    public List<RawOperation> rawOperations() {
        return List.of(new RawOperation("ListThings", false), new RawOperation("SaveThing", true));
    }

    @Override
    public String callRaw(String operation, String jsonBody) {
        send("raw " + operation);
        return "{}";
    }

    @Override
    public void confirm(Order order) {
        send("confirm");
    }

    @Override
    public void attachInvoice(Order order, String invoiceUrl) {
        send("attachInvoice");
    }

    @Override
    public List<String> names() {
        send("names");
        return List.of("a");
    }

    static ConnectorException.Transient transientFailure() {
        return new ConnectorException.Transient("op", "HTTP 503", null, null);
    }

    static ConnectorException.InDoubt inDoubt() {
        return new ConnectorException.InDoubt("op", "timed out after sending", null);
    }
}
