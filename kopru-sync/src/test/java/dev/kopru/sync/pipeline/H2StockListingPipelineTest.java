package dev.kopru.sync.pipeline;

import dev.kopru.sync.store.StoreConfig;

/** Pipeline 1 on the embedded default, H2. */
class H2StockListingPipelineTest extends StockListingPipelineContract {
    @Override
    StoreConfig storeConfig() {
        return StoreConfig.h2InMemory("stock-listing-" + System.nanoTime());
    }
}
