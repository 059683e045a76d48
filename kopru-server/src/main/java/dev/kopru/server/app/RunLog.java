package dev.kopru.server.app;

import dev.kopru.sync.pipeline.RunListener;
import dev.kopru.sync.pipeline.RunReport;
import dev.kopru.sync.store.RunCounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The server's lines about runs: each page at DEBUG, each run's end at INFO (WARN when it failed), with the MDC keys
 * {@value #RUN_ID} and {@value #PIPELINE_ID} that the log file carries as fields. From a run's first committed page
 * to its end, every line on the run's thread carries them too, unless the engine set them already (then its values
 * stay, and so does the engine's own clean-up). First of the run listeners, so that the others' lines carry them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RunLog implements RunListener {

    public static final String RUN_ID = "runId";
    public static final String PIPELINE_ID = "pipelineId";

    private static final Logger LOG = LoggerFactory.getLogger(RunLog.class);

    /** Whether this thread's run keys were put by us, so that we remove only ours. */
    private static final ThreadLocal<Boolean> OURS = new ThreadLocal<>();

    @Override
    public void pageCommitted(long pipelineId, long runId, RunCounts countsSoFar) {
        mark(pipelineId, runId);
        LOG.debug("page committed: {}", counts(countsSoFar));
    }

    @Override
    public void finished(long pipelineId, RunReport report) {
        mark(pipelineId, report.runId());
        try {
            if (report.error() == null) {
                LOG.info("run {} of pipeline {} {}: {}", report.runId(), pipelineId, report.state(),
                        counts(report.counts()));
            } else {
                LOG.warn("run {} of pipeline {} {}: {}; {}", report.runId(), pipelineId, report.state(),
                        counts(report.counts()), report.error());
            }
        } finally {
            if (Boolean.TRUE.equals(OURS.get())) {
                MDC.remove(RUN_ID);
                MDC.remove(PIPELINE_ID);
                OURS.remove();
            }
        }
    }

    private static void mark(long pipelineId, long runId) {
        if (MDC.get(RUN_ID) == null) {
            MDC.put(RUN_ID, Long.toString(runId));
            MDC.put(PIPELINE_ID, Long.toString(pipelineId));
            OURS.set(Boolean.TRUE);
        }
    }

    private static String counts(RunCounts c) {
        return "read " + c.read() + ", written " + c.written() + ", skipped " + c.skipped() + ", failed " + c.failed()
                + ", in doubt " + c.inDoubt() + " (resolved " + c.inDoubtResolved() + "), throttled "
                + c.throttledMillis() + " ms";
    }
}
