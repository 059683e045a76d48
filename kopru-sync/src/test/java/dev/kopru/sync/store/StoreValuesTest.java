package dev.kopru.sync.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StoreValuesTest {

    @Test
    void never_shows_the_database_password() {
        StoreConfig config = StoreConfig.postgres("jdbc:postgresql://db/kopru", "kopru", "s3cret-Pa55");
        assertThat(config.toString()).doesNotContain("s3cret-Pa55").contains("****");
    }

    @Test
    void rejects_databases_the_migrations_were_not_written_for() {
        assertThatThrownBy(() -> new StoreConfig("jdbc:mysql://db/kopru?password=s3cret", "u", "p", 2))
                .hasMessageContaining("jdbcUrl").hasMessageNotContaining("s3cret");
    }

    @Test
    void rejects_a_pipeline_that_writes_an_entity_back_to_its_source() {
        assertThatThrownBy(() -> PipelineSpec.oneWay("loop", 1, 1, "party", 100))
                .hasMessageContaining("targetConnectionId");
    }

    @Test
    void rejects_a_batch_size_out_of_range() {
        assertThatThrownBy(() -> PipelineSpec.oneWay("big", 1, 2, "party", 0)).hasMessageContaining("batchSize");
    }
}
