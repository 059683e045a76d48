package dev.kopru.sync.pipeline;

import dev.kopru.sync.store.StoreConfig;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.ExtensionContext;

/** H2 in the test's memory, the embedded default ({@code ./kopru demo} keeps it in a file). */
final class H2InMemoryStore extends TestStore {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    @Override
    StoreConfig freshDatabase(ExtensionContext testClass) {
        return StoreConfig.h2InMemory(testClass.getRequiredTestClass().getSimpleName() + "-"
                + DATABASES.incrementAndGet());
    }
}
