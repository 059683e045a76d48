package dev.kopru.sync.pipeline;

import dev.kopru.sync.store.StoreConfig;

/** FarmaBorsa orders → Logo invoices on H2. */
class H2LogoInvoicePipelineTest extends OrderErpPipelineContract {

    @Override
    StoreConfig storeConfig() {
        return StoreConfig.h2InMemory("logo-orders-" + System.nanoTime());
    }

    @Override
    String database() {
        return "H2";
    }

    @Override
    ErpFirm erp() {
        return ErpFirm.logo(SEED, CATALOGUE);
    }
}
