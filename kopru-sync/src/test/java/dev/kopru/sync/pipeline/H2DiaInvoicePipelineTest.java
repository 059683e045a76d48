package dev.kopru.sync.pipeline;

import org.junit.jupiter.api.extension.ExtendWith;

/** FarmaBorsa orders → DİA invoices on H2. */
@ExtendWith(H2InMemoryStore.class)
class H2DiaInvoicePipelineTest extends DiaInvoicePipelineContract {

    @Override
    String database() {
        return "H2";
    }
}
