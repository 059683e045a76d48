package dev.kopru.sync.pipeline;

import org.junit.jupiter.api.extension.ExtendWith;

/** FarmaBorsa orders → DİA invoices on PostgreSQL, started by the test itself. */
@ExtendWith(EmbeddedPostgresStore.class)
class PostgresDiaInvoicePipelineTest extends DiaInvoicePipelineContract {

    @Override
    String database() {
        return "PostgreSQL";
    }
}
