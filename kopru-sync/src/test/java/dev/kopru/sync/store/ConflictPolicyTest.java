package dev.kopru.sync.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ConflictPolicyTest {

    @Test
    void round_trips_through_the_pipeline_options() {
        for (ConflictPolicy.Rule rule : ConflictPolicy.Rule.values()) {
            ConflictPolicy policy = new ConflictPolicy(rule);
            assertThat(ConflictPolicy.fromOptions(policy.toOptions())).isEqualTo(policy);
        }
    }

    @Test
    void defaults_to_dead_letter_when_the_options_name_no_policy() {
        assertThat(ConflictPolicy.fromOptions("{}")).isEqualTo(ConflictPolicy.deadLetter());
    }

    @Test
    void a_two_way_pipeline_with_an_unknown_policy_is_refused_naming_the_field() {
        assertThatThrownBy(() -> new PipelineSpec(0, "p", 1, "party", 2, "party", PipelineSpec.Mode.TWO_WAY, 10,
                "{\"conflictPolicy\":\"LOUDEST_WINS\"}", 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("conflictPolicy").hasMessageContaining("LOUDEST_WINS");
    }
}
