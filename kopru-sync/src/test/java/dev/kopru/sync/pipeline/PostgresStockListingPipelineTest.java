package dev.kopru.sync.pipeline;

import org.junit.jupiter.api.extension.ExtendWith;

/** Pipeline 1 on PostgreSQL, started by the test itself. */
@ExtendWith(EmbeddedPostgresStore.class)
class PostgresStockListingPipelineTest extends StockListingPipelineContract {
}
