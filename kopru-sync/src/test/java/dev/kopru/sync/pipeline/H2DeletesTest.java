package dev.kopru.sync.pipeline;

import org.junit.jupiter.api.extension.ExtendWith;

/** Deletions and cancellations on H2. */
@ExtendWith(H2InMemoryStore.class)
class H2DeletesTest extends DeletesContract {
}
