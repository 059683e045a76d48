package dev.kopru.connector.kit.chain;

import dev.kopru.core.model.CanonicalRecord;
import dev.kopru.core.connector.Connector;
import dev.kopru.core.connector.ConnectorDescriptor;
import dev.kopru.core.connector.Entity;
import dev.kopru.core.connector.NaturalKey;
import dev.kopru.core.connector.LocalCapability;
import dev.kopru.core.connector.OrderActions;
import dev.kopru.core.connector.Page;
import dev.kopru.core.connector.RawOperations;
import dev.kopru.core.connector.ReadRequest;
import dev.kopru.core.connector.SqlReports;
import dev.kopru.core.model.Order;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A connector whose every vendor call goes through {@code interceptors}, the first one outermost. Capabilities are
 * handed out only through {@link #capability}, wrapped the same way; calls that do not reach the vendor
 * ({@link #descriptor}, {@link #naturalKeyOf}, {@link RawOperations#rawOperations}) pass straight through, and closing
 * is left to the owner of the wrapped connector.
 */
public final class ChainedConnector implements Connector {

    private final Connector delegate;
    private final String connection;
    private final List<Interceptor> interceptors;

    /** {@code connection} names the connection in each {@link VendorCall}. */
    public ChainedConnector(Connector delegate, String connection, List<Interceptor> interceptors) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.connection = Objects.requireNonNull(connection, "connection");
        this.interceptors = List.copyOf(interceptors);
    }

    @Override
    public ConnectorDescriptor descriptor() {
        return delegate.descriptor();
    }

    @Override
    public void check() {
        call("check", null, VendorCall.Kind.READ, () -> {
            delegate.check();
            return null;
        });
    }

    @Override
    public <T extends CanonicalRecord> Page<T> read(Entity<T> entity, ReadRequest request) {
        return call("read", entity, VendorCall.Kind.READ, () -> delegate.read(entity, request));
    }

    @Override
    public <T extends CanonicalRecord> Optional<T> get(Entity<T> entity, String key) {
        return call("get", entity, VendorCall.Kind.READ, () -> delegate.get(entity, key));
    }

    @Override
    public <T extends CanonicalRecord> Optional<T> findByNaturalKey(Entity<T> entity, NaturalKey naturalKey) {
        return call("find", entity, VendorCall.Kind.READ, () -> delegate.findByNaturalKey(entity, naturalKey));
    }

    @Override
    public <T extends CanonicalRecord> NaturalKey naturalKeyOf(Entity<T> entity, T record) {
        return delegate.naturalKeyOf(entity, record);
    }

    @Override
    public <T extends CanonicalRecord> String create(Entity<T> entity, T record) {
        return call("create", entity, VendorCall.Kind.WRITE_ONCE, () -> delegate.create(entity, record));
    }

    /** An update overwrites the record, so repeating one whose answer was lost is harmless. */
    @Override
    public <T extends CanonicalRecord> void update(Entity<T> entity, String key, T record) {
        call("update", entity, VendorCall.Kind.WRITE_REPEATABLE, () -> {
            delegate.update(entity, key, record);
            return null;
        });
    }

    @Override
    public <T extends CanonicalRecord> void delete(Entity<T> entity, String key) {
        call("delete", entity, VendorCall.Kind.WRITE_ONCE, () -> {
            delegate.delete(entity, key);
            return null;
        });
    }

    /**
     * The wrapped connector's capability of {@code type}, its calls sent through the chain: {@link SqlReports},
     * {@link RawOperations}, {@link OrderActions} and any {@link Chainable} one; a {@link LocalCapability} makes no
     * vendor call and is handed out as it is. A capability of another type is not handed out, as it would go around
     * the chain.
     */
    @Override
    public <C> Optional<C> capability(Class<C> type) {
        Optional<?> chained;
        if (type == SqlReports.class) {
            chained = delegate.capability(SqlReports.class).map(this::sqlReports);
        } else if (type == RawOperations.class) {
            chained = delegate.capability(RawOperations.class).map(this::rawOperations);
        } else if (type == OrderActions.class) {
            chained = delegate.capability(OrderActions.class).map(this::orderActions);
        } else if (LocalCapability.class.isAssignableFrom(type)) {
            chained = delegate.capability(type);
        } else if (Chainable.class.isAssignableFrom(type)) {
            chained = delegate.capability(type).map(offered -> ((Chainable<?>) offered).through(this::call));
        } else {
            chained = Optional.empty();
        }
        return chained.map(type::cast);
    }

    private SqlReports sqlReports(SqlReports reports) {
        return (sql, maxRows, timeout) -> call("sql", null, VendorCall.Kind.READ,
                () -> reports.query(sql, maxRows, timeout));
    }

    private RawOperations rawOperations(RawOperations raw) {
        return new RawOperations() {
            @Override
            public List<RawOperation> rawOperations() {
                return raw.rawOperations();
            }

            /** A write is sent once; an unknown operation is the connector's to refuse, before anything is sent. */
            @Override
            public String callRaw(String operation, String jsonBody) {
                boolean write = raw.rawOperations().stream()
                        .anyMatch(op -> op.name().equalsIgnoreCase(operation) && op.write());
                return call("raw:" + operation, null, write ? VendorCall.Kind.WRITE_ONCE : VendorCall.Kind.READ,
                        () -> raw.callRaw(operation, jsonBody));
            }
        };
    }

    private OrderActions orderActions(OrderActions actions) {
        return new OrderActions() {
            @Override
            public void confirm(Order order) {
                call("confirm", Entity.ORDER, VendorCall.Kind.WRITE_REPEATABLE, () -> {
                    actions.confirm(order);
                    return null;
                });
            }

            @Override
            public void attachInvoice(Order order, String invoiceUrl) {
                call("attachInvoice", Entity.ORDER, VendorCall.Kind.WRITE_REPEATABLE, () -> {
                    actions.attachInvoice(order, invoiceUrl);
                    return null;
                });
            }
        };
    }

    private <R> R call(String operation, VendorCall.Kind kind, Supplier<R> call) {
        return call(operation, null, kind, call);
    }

    private <R> R call(String operation, Entity<?> entity, VendorCall.Kind kind, Supplier<R> call) {
        VendorCall vendorCall = new VendorCall(delegate.descriptor().vendor(), connection, operation,
                Optional.ofNullable(entity).map(Entity::name), kind);
        return proceed(vendorCall, 0, call);
    }

    private <R> R proceed(VendorCall call, int index, Supplier<R> last) {
        if (index == interceptors.size()) {
            return last.get();
        }
        return interceptors.get(index).intercept(call, () -> proceed(call, index + 1, last));
    }

    @Override
    public String toString() {
        return "chained " + delegate;
    }
}
