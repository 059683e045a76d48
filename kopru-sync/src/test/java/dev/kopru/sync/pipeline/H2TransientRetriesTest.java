package dev.kopru.sync.pipeline;

import org.junit.jupiter.api.extension.ExtendWith;

/** Transient retries on H2. */
@ExtendWith(H2InMemoryStore.class)
class H2TransientRetriesTest extends TransientRetriesContract {
}
