package dev.kopru.sync.pipeline;

import dev.kopru.sync.store.StoreConfig;
import java.util.List;

/** FarmaBorsa orders → DİA invoices on H2. */
class H2DiaInvoicePipelineTest extends OrderErpPipelineContract {

    @Override
    StoreConfig storeConfig() {
        return StoreConfig.h2InMemory("dia-invoices-" + System.nanoTime());
    }

    @Override
    String database() {
        return "H2";
    }

    @Override
    ErpFirm erp() {
        return ErpFirm.dia(SEED, CATALOGUE, List.of());
    }
}
