package dev.kopru.sync.pipeline;

import dev.kopru.sync.store.SyncStore;
import dev.kopru.sync.store.Tx;
import dev.kopru.sync.write.Fence;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The fencing token of one run: its row, RUNNING while the run owns its pipeline. A node that takes a run over marks
 * the old row ABANDONED, so the old node, woken from a stall, finds its token stale before its next send and stops
 * with {@link RunAbandonedException}. A confirmation stands for {@link #WINDOW} on the monotonic clock (which runs
 * on through a stall), so a page of quick sends asks the store a few times, not once a record; a stall longer than
 * that always asks again.
 */
final class RunFence implements Fence {

    /** How long a confirmation stands; far below any lease (seconds), so a takeover cannot fall inside it. */
    static final Duration WINDOW = Duration.ofMillis(50);

    private final SyncStore store;
    private final long pipelineId;
    private final long runId;
    private final AtomicLong confirmedAt;

    RunFence(SyncStore store, long pipelineId, long runId) {
        this.store = store;
        this.pipelineId = pipelineId;
        this.runId = runId;
        this.confirmedAt = new AtomicLong(System.nanoTime() - WINDOW.toNanos() - 1);
    }

    @Override
    public void confirm() {
        if (System.nanoTime() - confirmedAt.get() > WINDOW.toNanos()) {
            store.inTransaction(this::confirm);
        }
    }

    @Override
    public void confirm(Tx tx) {
        long asked = System.nanoTime();
        if (!store.runs().running(tx, runId)) {
            throw new RunAbandonedException(pipelineId, runId);
        }
        confirmedAt.accumulateAndGet(asked, Math::max);
    }
}
