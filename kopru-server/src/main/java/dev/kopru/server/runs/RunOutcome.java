package dev.kopru.server.runs;

import dev.kopru.sync.store.Run;
import dev.kopru.sync.store.RunCounts;

/**
 * How a run ended, as a person should read it: a run that reached the end of the source but dead-lettered records,
 * left writes in doubt or kept records for a later run to retry (a transient failure) is not a plain success.
 */
public enum RunOutcome {
    RUNNING, SUCCEEDED, SUCCEEDED_WITH_FAILURES, FAILED, ABANDONED;

    public static RunOutcome of(Run.State state, RunCounts counts) {
        return switch (state) {
            case RUNNING -> RUNNING;
            case SUCCEEDED -> counts.failed() > 0 || counts.inDoubt() > 0 || counts.retrying() > 0
                    ? SUCCEEDED_WITH_FAILURES : SUCCEEDED;
            case FAILED -> FAILED;
            case ABANDONED -> ABANDONED;
        };
    }
}
