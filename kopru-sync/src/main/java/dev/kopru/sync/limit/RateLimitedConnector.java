package dev.kopru.sync.limit;

import dev.kopru.core.connector.Connector;
import dev.kopru.core.connector.ConnectorDescriptor;
import dev.kopru.core.connector.Entity;
import dev.kopru.core.connector.Limits;
import dev.kopru.core.connector.NaturalKey;
import dev.kopru.core.connector.OrderActions;
import dev.kopru.core.connector.Page;
import dev.kopru.core.connector.ReadRequest;
import dev.kopru.core.model.CanonicalRecord;
import dev.kopru.core.model.Order;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A connector whose every vendor call first takes a permit of its connection's shared rate limit. Calls that do not
 * reach the vendor ({@link #descriptor}, {@link #naturalKeyOf}) pass straight through; closing is left to the owner
 * of the wrapped connector.
 */
public final class RateLimitedConnector implements Connector {

    private final Connector delegate;
    private final long connectionId;
    private final Limits.RateLimit limit;
    private final ConnectionRateLimiter limiter;
    private final Consumer<Duration> onWait;

    private RateLimitedConnector(Connector delegate, long connectionId, Limits.RateLimit limit,
                                 ConnectionRateLimiter limiter, Consumer<Duration> onWait) {
        this.delegate = delegate;
        this.connectionId = connectionId;
        this.limit = limit;
        this.limiter = limiter;
        this.onWait = onWait;
    }

    /** {@code connector} itself when its descriptor declares no rate limit, else a limited view of it. */
    public static Connector wrap(Connector connector, long connectionId, ConnectionRateLimiter limiter,
                                 Consumer<Duration> onWait) {
        return connector.descriptor().limits().rateLimit()
                .<Connector>map(limit -> new RateLimitedConnector(connector, connectionId, limit, limiter, onWait))
                .orElse(connector);
    }

    private void permit() {
        Duration waited = limiter.acquire(connectionId, limit);
        if (!waited.isZero()) {
            onWait.accept(waited);
        }
    }

    @Override
    public ConnectorDescriptor descriptor() {
        return delegate.descriptor();
    }

    @Override
    public void check() {
        permit();
        delegate.check();
    }

    @Override
    public <T extends CanonicalRecord> Page<T> read(Entity<T> entity, ReadRequest request) {
        permit();
        return delegate.read(entity, request);
    }

    @Override
    public <T extends CanonicalRecord> Optional<T> get(Entity<T> entity, String key) {
        permit();
        return delegate.get(entity, key);
    }

    @Override
    public <T extends CanonicalRecord> Optional<T> findByNaturalKey(Entity<T> entity, NaturalKey naturalKey) {
        permit();
        return delegate.findByNaturalKey(entity, naturalKey);
    }

    @Override
    public <T extends CanonicalRecord> NaturalKey naturalKeyOf(Entity<T> entity, T record) {
        return delegate.naturalKeyOf(entity, record);
    }

    @Override
    public <T extends CanonicalRecord> String create(Entity<T> entity, T record) {
        permit();
        return delegate.create(entity, record);
    }

    @Override
    public <T extends CanonicalRecord> void update(Entity<T> entity, String key, T record) {
        permit();
        delegate.update(entity, key, record);
    }

    @Override
    public <T extends CanonicalRecord> void delete(Entity<T> entity, String key) {
        permit();
        delegate.delete(entity, key);
    }

    /** {@link OrderActions} take a permit per call, like records; other capabilities are not limited. */
    @Override
    public <C> Optional<C> capability(Class<C> type) {
        Optional<C> offered = delegate.capability(type);
        if (type != OrderActions.class || offered.isEmpty()) {
            return offered;
        }
        OrderActions actions = (OrderActions) offered.get();
        return Optional.of(type.cast(new OrderActions() {
            @Override
            public void confirm(Order order) {
                permit();
                actions.confirm(order);
            }

            @Override
            public void attachInvoice(Order order, String invoiceUrl) {
                permit();
                actions.attachInvoice(order, invoiceUrl);
            }
        }));
    }
}
