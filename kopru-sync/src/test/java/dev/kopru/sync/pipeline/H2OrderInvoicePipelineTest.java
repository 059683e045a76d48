package dev.kopru.sync.pipeline;

import dev.kopru.sync.store.StoreConfig;

/** Pipeline 2 on the embedded default, H2. */
class H2OrderInvoicePipelineTest extends OrderInvoicePipelineContract {
    @Override
    StoreConfig storeConfig() {
        return StoreConfig.h2InMemory("order-invoice-" + System.nanoTime());
    }
}
