package dev.kopru.sync.pipeline;

import org.junit.jupiter.api.extension.ExtendWith;

/** Pipeline 1 on the embedded default, H2. */
@ExtendWith(H2InMemoryStore.class)
class H2StockListingPipelineTest extends StockListingPipelineContract {
}
