package dev.kopru.sync.pipeline;

import org.junit.jupiter.api.extension.ExtendWith;

/** Mikro cards → Logo on PostgreSQL, started by the test itself. */
@ExtendWith(EmbeddedPostgresStore.class)
class PostgresMikroLogoPipelineTest extends MikroLogoPipelineContract {

    @Override
    String database() {
        return "PostgreSQL";
    }
}
