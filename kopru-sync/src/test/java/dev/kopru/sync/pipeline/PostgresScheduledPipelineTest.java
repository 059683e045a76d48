package dev.kopru.sync.pipeline;

import org.junit.jupiter.api.extension.ExtendWith;

/** Scheduled runs and takeover with both nodes on one PostgreSQL, started by the test; a database per test. */
@ExtendWith(EmbeddedPostgresStore.class)
class PostgresScheduledPipelineTest extends ScheduledPipelineContract {
}
