package dev.kopru.sync.pipeline;

import org.junit.jupiter.api.extension.ExtendWith;

/** The ISP set into DİA on PostgreSQL, started by the test itself. */
@ExtendWith(EmbeddedPostgresStore.class)
class PostgresIspDiaPipelineTest extends IspDiaPipelineContract {

    @Override
    String database() {
        return "PostgreSQL";
    }
}
