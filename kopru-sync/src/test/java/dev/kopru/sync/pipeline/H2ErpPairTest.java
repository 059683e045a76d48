package dev.kopru.sync.pipeline;

import org.junit.jupiter.api.extension.ExtendWith;

/** Mikro ⇄ DİA parties on an in-memory H2 store. */
@ExtendWith(H2InMemoryStore.class)
class H2ErpPairTest extends ErpPairContract {
}
