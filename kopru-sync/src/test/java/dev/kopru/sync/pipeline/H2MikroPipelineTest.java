package dev.kopru.sync.pipeline;

import dev.kopru.sync.store.StoreConfig;

/** The Mikro → Mikro pipelines on the embedded default, H2 (in memory here, a file in {@code ./kopru demo}). */
class H2MikroPipelineTest extends MikroPipelineContract {
    @Override
    StoreConfig storeConfig() {
        return StoreConfig.h2InMemory("party-pipeline-" + System.nanoTime());
    }
}
