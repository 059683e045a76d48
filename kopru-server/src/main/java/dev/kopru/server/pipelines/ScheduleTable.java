package dev.kopru.server.pipelines;

import dev.kopru.sync.schedule.PipelineSchedule;
import dev.kopru.sync.store.Tx;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The server's {@code pipeline_schedules} table: each pipeline's wanted schedule and paused flag. */
final class ScheduleTable {

    /**
     * A pipeline's automatic runs as wanted; {@code schedule} is null for a pipeline that runs only when told, and
     * {@code pausedReason} says why Köprü paused it itself (null when a person did).
     */
    record Wanted(long pipelineId, PipelineSchedule schedule, boolean paused, String pausedReason, boolean applied,
                  int revision) {

        /** True when the pipeline should have a recurring execution in the scheduler. */
        boolean recurring() {
            return schedule != null && !paused;
        }
    }

    private static final String COLUMNS = "pipeline_id, schedule_kind, schedule_value, paused, paused_reason, applied,"
            + " revision";

    private final Clock clock;

    ScheduleTable(Clock clock) {
        this.clock = clock;
    }

    Optional<Wanted> find(Tx tx, long pipelineId) {
        return tx.queryOne("SELECT " + COLUMNS + " FROM pipeline_schedules WHERE pipeline_id = ?", ScheduleTable::wanted,
                pipelineId);
    }

    /** A pipeline defined outside the API (the CLI, the engine's own tools) has no row: no schedule, not paused. */
    Wanted get(Tx tx, long pipelineId) {
        return find(tx, pipelineId).orElse(new Wanted(pipelineId, null, false, null, true, 0));
    }

    List<Wanted> all(Tx tx) {
        return tx.query("SELECT " + COLUMNS + " FROM pipeline_schedules ORDER BY pipeline_id", ScheduleTable::wanted);
    }

    /**
     * Stores a person's change as not yet applied and returns it with its new revision; a pipeline that stays paused
     * keeps the reason Köprü paused it for, one that is resumed or paused by hand has none.
     */
    Wanted save(Tx tx, long pipelineId, PipelineSchedule schedule, boolean paused) {
        Wanted before = get(tx, pipelineId);
        String reason = paused && before.paused() ? before.pausedReason() : null;
        return save(tx, pipelineId, schedule, paused, reason, false);
    }

    /**
     * Pauses the pipeline for {@code reason}, as already applied: the scheduler removed its execution itself when the
     * run stopped.
     */
    Wanted pausedByScheduler(Tx tx, long pipelineId, String reason) {
        return save(tx, pipelineId, get(tx, pipelineId).schedule(), true, reason, true);
    }

    private Wanted save(Tx tx, long pipelineId, PipelineSchedule schedule, boolean paused, String reason,
                        boolean applied) {
        String kind = schedule == null ? null : schedule instanceof PipelineSchedule.Every ? "every" : "cron";
        String value = switch (schedule) {
            case null -> null;
            case PipelineSchedule.Every every -> every.interval().toString();
            case PipelineSchedule.Cron cron -> cron.expression();
        };
        int updated = tx.update("UPDATE pipeline_schedules SET schedule_kind = ?, schedule_value = ?, paused = ?,"
                + " paused_reason = ?, applied = ?, revision = revision + 1, updated_at = ? WHERE pipeline_id = ?",
                kind, value, paused, reason, applied, clock.instant(), pipelineId);
        if (updated == 0) {
            tx.update("INSERT INTO pipeline_schedules (" + COLUMNS + ", updated_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?)",
                    pipelineId, kind, value, paused, reason, applied, clock.instant());
        }
        return find(tx, pipelineId).orElseThrow();
    }

    /** Marks {@code wanted} applied unless a newer change has been saved since. */
    void applied(Tx tx, Wanted wanted) {
        tx.update("UPDATE pipeline_schedules SET applied = TRUE WHERE pipeline_id = ? AND revision = ?",
                wanted.pipelineId(), wanted.revision());
    }

    void delete(Tx tx, long pipelineId) {
        tx.update("DELETE FROM pipeline_schedules WHERE pipeline_id = ?", pipelineId);
    }

    private static Wanted wanted(ResultSet rs) throws SQLException {
        String kind = rs.getString("schedule_kind");
        String value = rs.getString("schedule_value");
        PipelineSchedule schedule = kind == null ? null : kind.equals("every")
                ? PipelineSchedule.every(Duration.parse(value)) : PipelineSchedule.cron(value);
        return new Wanted(rs.getLong("pipeline_id"), schedule, rs.getBoolean("paused"), rs.getString("paused_reason"),
                rs.getBoolean("applied"), rs.getInt("revision"));
    }
}
