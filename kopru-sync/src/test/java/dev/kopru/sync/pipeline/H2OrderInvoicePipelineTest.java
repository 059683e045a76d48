package dev.kopru.sync.pipeline;

import org.junit.jupiter.api.extension.ExtendWith;

/** Pipeline 2 on H2, served over TCP so that engine processes killed with SIGKILL share it ({@link H2TcpStore}). */
@ExtendWith(H2TcpStore.class)
class H2OrderInvoicePipelineTest extends OrderInvoicePipelineContract {

    @Override
    String database() {
        return "H2";
    }
}
