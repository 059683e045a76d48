package dev.kopru.sync.pipeline;

import org.junit.jupiter.api.extension.ExtendWith;

/** Two-way Mikro ↔ Mikro on PostgreSQL, started by the test itself. */
@ExtendWith(EmbeddedPostgresStore.class)
class PostgresTwoWayPipelineTest extends TwoWayPipelineContract {

    @Override
    String database() {
        return "PostgreSQL";
    }
}
