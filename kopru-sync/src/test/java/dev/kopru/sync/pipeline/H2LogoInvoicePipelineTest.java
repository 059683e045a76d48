package dev.kopru.sync.pipeline;

import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;

/** FarmaBorsa orders → Logo invoices on H2. */
@ExtendWith(H2InMemoryStore.class)
class H2LogoInvoicePipelineTest extends OrderErpPipelineContract {

    @Override
    String database() {
        return "H2";
    }

    @Override
    ErpFirm erp() {
        return ErpFirm.logo(SEED, CATALOGUE, List.of(), List.of());
    }
}
