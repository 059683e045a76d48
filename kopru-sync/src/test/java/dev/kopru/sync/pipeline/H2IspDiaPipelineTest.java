package dev.kopru.sync.pipeline;

import org.junit.jupiter.api.extension.ExtendWith;

/** The ISP set into DİA on H2. */
@ExtendWith(H2InMemoryStore.class)
class H2IspDiaPipelineTest extends IspDiaPipelineContract {

    @Override
    String database() {
        return "H2";
    }
}
