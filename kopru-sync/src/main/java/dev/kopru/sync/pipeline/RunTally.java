package dev.kopru.sync.pipeline;

import dev.kopru.sync.store.RunCounts;
import dev.kopru.sync.write.WriteResult;

/** Adds write results up into {@link RunCounts}; a page's writers add to it concurrently. */
final class RunTally {

    private long read;
    private long written;
    private long skipped;
    private long failed;
    private long inDoubt;
    private long resolved;
    private long retrying;

    synchronized void read() {
        read++;
    }

    synchronized void add(WriteResult result) {
        switch (result) {
            case WriteResult.Created c -> {
                written++;
                if (c.afterDoubt()) {
                    resolved++;
                }
            }
            case WriteResult.Resolved r -> {
                written++;
                resolved++;
            }
            case WriteResult.Updated u -> written++;
            case WriteResult.Skipped s -> skipped++;
            case WriteResult.DeadLettered d -> failed++;
            case WriteResult.InDoubt d -> inDoubt++;
            case WriteResult.Retrying r -> retrying++;
            case WriteResult.Deleted d -> {
                if (d.propagated()) {
                    written++; // the other side's record was deleted
                } else {
                    skipped++;
                }
            }
        }
    }

    /** A record written earlier whose after-write step failed (dead-lettered) or waits for a replay. */
    synchronized void failedAfterWrite(WriteResult result) {
        if (result instanceof WriteResult.DeadLettered) {
            failed++;
        }
    }

    synchronized RunCounts counts(long throttledMillis) {
        return new RunCounts(read, written, skipped, failed, inDoubt, resolved, throttledMillis, retrying);
    }
}
