package dev.kopru.server.metrics;

import dev.kopru.core.connector.Connector;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A connector whose vendor calls are timed and counted per connection. It is a proxy with every public interface of
 * the connector it meters, so callers still find {@code SqlReports} and {@code RawOperations} where the vendor has
 * them, and a vendor call added to an interface later is metered without a change here. Calls that do not reach the
 * vendor pass straight through; closing is left to the pool that owns the connector.
 */
final class MeteredConnector implements InvocationHandler {

    /** Methods that answer from the connector itself, without a vendor call. */
    private static final Set<String> LOCAL = Set.of("descriptor", "naturalKeyOf", "rawOperations", "close", "at",
            "changedAt", "isProvisional");

    /** The {@code operation} tag of a method, where it differs from the method's name. */
    private static final Map<String, String> OPERATIONS = Map.of("findByNaturalKey", "find", "query", "sql",
            "callRaw", "raw");

    private final Connector delegate;
    private final ConnectorMetrics.Meters meters;

    private MeteredConnector(Connector delegate, ConnectorMetrics.Meters meters) {
        this.delegate = delegate;
        this.meters = meters;
    }

    static Connector of(Connector delegate, ConnectorMetrics.Meters meters) {
        Set<Class<?>> interfaces = new LinkedHashSet<>();
        for (Class<?> type = delegate.getClass(); type != null; type = type.getSuperclass()) {
            addPublicInterfaces(type, interfaces);
        }
        return (Connector) Proxy.newProxyInstance(delegate.getClass().getClassLoader(),
                interfaces.toArray(Class<?>[]::new), new MeteredConnector(delegate, meters));
    }

    private static void addPublicInterfaces(Class<?> type, Set<Class<?>> into) {
        for (Class<?> each : type.getInterfaces()) {
            if (Modifier.isPublic(each.getModifiers())) {
                into.add(each);
            }
            addPublicInterfaces(each, into);
        }
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        if (method.getDeclaringClass() == Object.class) {
            return switch (name) {
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> "metered " + delegate;
            };
        }
        if (name.equals("close")) {
            return null;
        }
        if (method.isDefault()) {
            // e.g. Connector.stream: its reads go through the proxy and are metered one by one
            return InvocationHandler.invokeDefault(proxy, method, args);
        }
        if (LOCAL.contains(name)) {
            return call(method, args);
        }
        return meters.call(OPERATIONS.getOrDefault(name, name), () -> call(method, args));
    }

    private Object call(Method method, Object[] args) {
        try {
            return method.invoke(delegate, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
