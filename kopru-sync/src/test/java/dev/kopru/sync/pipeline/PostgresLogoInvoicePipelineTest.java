package dev.kopru.sync.pipeline;

import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;

/** FarmaBorsa orders → Logo invoices on PostgreSQL, started by the test itself. */
@ExtendWith(EmbeddedPostgresStore.class)
class PostgresLogoInvoicePipelineTest extends OrderErpPipelineContract {

    @Override
    String database() {
        return "PostgreSQL";
    }

    @Override
    ErpFirm erp() {
        return ErpFirm.logo(SEED, CATALOGUE, List.of(), List.of());
    }
}
