package dev.kopru.sync.pipeline;

import org.junit.jupiter.api.extension.ExtendWith;

/** Read-side dead letters on H2. */
@ExtendWith(H2InMemoryStore.class)
class H2UnreadableRecordsTest extends UnreadableRecordsContract {
}
