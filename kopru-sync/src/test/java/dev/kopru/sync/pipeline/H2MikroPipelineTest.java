package dev.kopru.sync.pipeline;

import org.junit.jupiter.api.extension.ExtendWith;

/** The Mikro → Mikro pipelines on the embedded default, H2 (in memory here, a file in {@code ./kopru demo}). */
@ExtendWith(H2InMemoryStore.class)
class H2MikroPipelineTest extends MikroPipelineContract {
}
