package dev.kopru.sync.pipeline;

import dev.kopru.sync.store.StoreConfig;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives every {@link StoreConfig} parameter of a test class (its {@code @BeforeAll}, its tests) a fresh database of
 * one kind; a server the kind needs is started once per test class and stopped after the class's last
 * {@code @AfterAll}. Chosen with {@code @ExtendWith(H2InMemoryStore.class)}, {@code H2TcpStore} or
 * {@code EmbeddedPostgresStore}.
 */
abstract class TestStore implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == StoreConfig.class;
    }

    @Override
    public StoreConfig resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return freshDatabase(context.getTestMethod().isPresent() ? context.getParent().orElseThrow() : context);
    }

    /** A database no other test has used; {@code testClass} holds what must live as long as the class. */
    abstract StoreConfig freshDatabase(ExtensionContext testClass);

    /** The server {@code start} makes, once per test class; JUnit closes it when the class is done. */
    static <S extends AutoCloseable> S server(ExtensionContext testClass, Class<S> type, Supplier<S> start) {
        return testClass.getStore(ExtensionContext.Namespace.create(TestStore.class))
                .getOrComputeIfAbsent(type, t -> start.get(), type);
    }
}
