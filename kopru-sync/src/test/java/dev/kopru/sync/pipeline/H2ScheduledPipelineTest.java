package dev.kopru.sync.pipeline;

import org.junit.jupiter.api.extension.ExtendWith;

/** Scheduled runs and takeover with both nodes on one in-memory H2 database. */
@ExtendWith(H2InMemoryStore.class)
class H2ScheduledPipelineTest extends ScheduledPipelineContract {
}
