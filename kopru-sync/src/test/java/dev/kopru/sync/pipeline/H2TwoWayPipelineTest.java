package dev.kopru.sync.pipeline;

import org.junit.jupiter.api.extension.ExtendWith;

/** Two-way Mikro ↔ Mikro on H2, served over TCP so that engine processes killed with SIGKILL share it. */
@ExtendWith(H2TcpStore.class)
class H2TwoWayPipelineTest extends TwoWayPipelineContract {

    @Override
    String database() {
        return "H2";
    }
}
