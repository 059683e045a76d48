package dev.kopru.sync.pipeline;

import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;

/** FarmaBorsa orders → DİA invoices on H2. */
@ExtendWith(H2InMemoryStore.class)
class H2DiaInvoicePipelineTest extends OrderErpPipelineContract {

    @Override
    String database() {
        return "H2";
    }

    @Override
    ErpFirm erp() {
        return ErpFirm.dia(SEED, CATALOGUE, List.of());
    }
}
