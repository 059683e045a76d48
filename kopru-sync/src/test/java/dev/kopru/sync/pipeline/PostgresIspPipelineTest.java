package dev.kopru.sync.pipeline;

import org.junit.jupiter.api.extension.ExtendWith;

/** The ISP set on PostgreSQL, started by the test itself. */
@ExtendWith(EmbeddedPostgresStore.class)
class PostgresIspPipelineTest extends IspPipelineContract {

    @Override
    String database() {
        return "PostgreSQL";
    }
}
