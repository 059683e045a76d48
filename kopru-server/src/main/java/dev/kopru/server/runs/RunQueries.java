package dev.kopru.server.runs;

import dev.kopru.core.input.InvalidInputException;
import dev.kopru.server.app.ItemPage;
import dev.kopru.sync.store.Run;
import dev.kopru.sync.store.RunCounts;
import dev.kopru.sync.store.SyncStore;
import dev.kopru.sync.store.Tx;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads runs with their pipeline's name, newest first, for the API and the dashboard. */
public final class RunQueries {

    public static final int MAX_LIMIT = 500;

    private static final String SELECT = "SELECT r.id, r.pipeline_id, p.name AS pipeline_name, r.state, r.started_at,"
            + " r.ended_at, r.records_read, r.records_written, r.records_skipped, r.records_failed, r.records_in_doubt,"
            + " r.in_doubt_resolved, r.throttled_ms, r.records_retrying, r.error FROM runs r JOIN pipelines p ON p.id = r.pipeline_id";

    private final SyncStore store;
    private final Clock clock;

    public RunQueries(SyncStore store) {
        this.store = store;
        this.clock = store.clock();
    }

    /**
     * Up to {@code limit} runs older than the run {@code before} (all when null), of one pipeline or of all when
     * {@code pipelineId} is null; {@code next} is the {@code before} of the following page.
     */
    public ItemPage<RunView> recent(Long pipelineId, String before, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", "must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder(SELECT).append(" WHERE 1 = 1");
        if (pipelineId != null) {
            sql.append(" AND r.pipeline_id = ?");
            params.add(pipelineId);
        }
        if (before != null) {
            sql.append(" AND r.id < ?");
            params.add(cursor(before));
        }
        sql.append(" ORDER BY r.id DESC LIMIT ?");
        params.add(limit + 1);
        List<RunView> rows = store.transaction(tx -> tx.query(sql.toString(), this::view, params.toArray()));
        if (rows.size() <= limit) {
            return new ItemPage<>(rows, null);
        }
        List<RunView> page = rows.subList(0, limit);
        return new ItemPage<>(List.copyOf(page), Long.toString(page.getLast().id()));
    }

    /** The newest {@code each} runs of every pipeline, by pipeline and newest first: each pipeline's own last runs. */
    public List<RunView> latestOfEach(int each) {
        if (each < 1 || each > 50) {
            throw new InvalidInputException("each", "must be between 1 and 50, was " + each);
        }
        return store.transaction(tx -> tx.query(SELECT + " WHERE r.id IN (SELECT id FROM (SELECT id, ROW_NUMBER()"
                + " OVER (PARTITION BY pipeline_id ORDER BY id DESC) AS n FROM runs) ranked WHERE n <= ?)"
                + " ORDER BY r.pipeline_id, r.id DESC", this::view, each));
    }

    public Optional<RunView> find(long runId) {
        return store.transaction(tx -> tx.queryOne(SELECT + " WHERE r.id = ?", this::view, runId));
    }

    /** The pipeline's newest run, in the caller's transaction. */
    public Optional<RunView> latest(Tx tx, long pipelineId) {
        return tx.queryOne(SELECT + " WHERE r.pipeline_id = ? ORDER BY r.id DESC LIMIT 1", this::view, pipelineId);
    }

    private static long cursor(String before) {
        try {
            return Long.parseLong(before);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("before", "not a run id: '" + before + "'");
        }
    }

    private RunView view(ResultSet rs) throws SQLException {
        RunCounts counts = new RunCounts(rs.getLong("records_read"), rs.getLong("records_written"),
                rs.getLong("records_skipped"), rs.getLong("records_failed"), rs.getLong("records_in_doubt"),
                rs.getLong("in_doubt_resolved"), rs.getLong("throttled_ms"), rs.getLong("records_retrying"));
        Instant started = Tx.instant(rs, "started_at");
        Instant ended = Tx.instant(rs, "ended_at");
        long duration = Duration.between(started, ended != null ? ended : clock.instant()).toMillis();
        Run.State state = Run.State.valueOf(rs.getString("state"));
        return new RunView(rs.getLong("id"), rs.getLong("pipeline_id"), rs.getString("pipeline_name"), state,
                RunOutcome.of(state, counts), started, ended, Math.max(0, duration),
                CountsView.of(counts), rs.getString("error"));
    }
}
