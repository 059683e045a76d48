package dev.kopru.sync.pipeline;

import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;

/** FarmaBorsa orders → DİA invoices on PostgreSQL, started by the test itself. */
@ExtendWith(EmbeddedPostgresStore.class)
class PostgresDiaInvoicePipelineTest extends OrderErpPipelineContract {

    @Override
    String database() {
        return "PostgreSQL";
    }

    @Override
    ErpFirm erp() {
        return ErpFirm.dia(SEED, CATALOGUE, List.of());
    }
}
