package dev.kopru.sync.pipeline;

import org.junit.jupiter.api.extension.ExtendWith;

/** The ISP set on H2. */
@ExtendWith(H2InMemoryStore.class)
class H2IspPipelineTest extends IspPipelineContract {

    @Override
    String database() {
        return "H2";
    }
}
