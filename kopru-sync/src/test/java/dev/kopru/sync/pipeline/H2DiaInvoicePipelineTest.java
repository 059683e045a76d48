package dev.kopru.sync.pipeline;

import dev.kopru.sync.store.StoreConfig;

/** FarmaBorsa orders → DİA invoices on H2. */
class H2DiaInvoicePipelineTest extends DiaInvoicePipelineContract {

    @Override
    StoreConfig storeConfig() {
        return StoreConfig.h2InMemory("dia-invoices-" + System.nanoTime());
    }

    @Override
    String database() {
        return "H2";
    }
}
