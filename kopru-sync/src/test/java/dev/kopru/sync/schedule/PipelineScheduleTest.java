package dev.kopru.sync.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PipelineScheduleTest {

    @Test
    void rejects_an_interval_that_is_not_positive() {
        assertThatThrownBy(() -> PipelineSchedule.every(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("interval");
    }

    @Test
    void rejects_a_cron_expression_it_cannot_parse_naming_it() {
        assertThatThrownBy(() -> PipelineSchedule.cron("every tuesday"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cron")
                .hasMessageContaining("every tuesday");
    }

    @Test
    void an_hourly_cron_runs_next_at_the_top_of_the_hour() {
        Instant next = PipelineSchedule.cron("0 0 * * * *").toSchedule()
                .getInitialExecutionTime(Instant.parse("2026-11-23T10:15:00Z"));

        assertThat(next).isEqualTo(Instant.parse("2026-11-23T11:00:00Z"));
    }

    @Test
    void settings_need_a_node_name_and_enough_missed_heartbeats() {
        assertThatThrownBy(() -> SchedulerSettings.defaults(" "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nodeName");
        assertThatThrownBy(() -> SchedulerSettings.defaults("node-a").withHeartbeat(Duration.ofSeconds(1), 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missedHeartbeats");
    }
}
