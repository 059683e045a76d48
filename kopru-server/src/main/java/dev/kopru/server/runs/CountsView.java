package dev.kopru.server.runs;

import dev.kopru.sync.store.RunCounts;

/** A run's counts as the API shows them. */
public record CountsView(long read, long written, long skipped, long failed, long inDoubt, long inDoubtResolved,
                         long throttledMs, long retrying) {

    public static CountsView of(RunCounts c) {
        return new CountsView(c.read(), c.written(), c.skipped(), c.failed(), c.inDoubt(), c.inDoubtResolved(),
                c.throttledMillis(), c.retrying());
    }
}
