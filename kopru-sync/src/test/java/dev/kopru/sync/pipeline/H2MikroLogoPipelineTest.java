package dev.kopru.sync.pipeline;

import org.junit.jupiter.api.extension.ExtendWith;

/** Mikro cards → Logo on H2. */
@ExtendWith(H2InMemoryStore.class)
class H2MikroLogoPipelineTest extends MikroLogoPipelineContract {

    @Override
    String database() {
        return "H2";
    }
}
