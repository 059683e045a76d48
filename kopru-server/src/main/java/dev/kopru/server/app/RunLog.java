package dev.kopru.server.app;

import dev.kopru.server.runs.RunOutcome;
import dev.kopru.sync.pipeline.RunListener;
import dev.kopru.sync.pipeline.RunReport;
import dev.kopru.sync.store.RunCounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The server's lines about runs: each page at DEBUG, each run's end at INFO (WARN when it failed). The engine sets
 * the MDC keys {@code runId}, {@code pipelineId} (and {@code recordKey} per record) for the whole run, so these lines
 * and every other line on the run's thread carry them; the log file has them as fields.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RunLog implements RunListener {

    private static final Logger LOG = LoggerFactory.getLogger(RunLog.class);

    @Override
    public void pageCommitted(long pipelineId, long runId, RunCounts countsSoFar) {
        LOG.debug("page committed: {}", counts(countsSoFar));
    }

    @Override
    public void finished(long pipelineId, RunReport report) {
        // the outcome, not the state: a run that dead-lettered records "succeeded with failures"
        RunOutcome outcome = RunOutcome.of(report.state(), report.counts());
        if (report.error() == null) {
            LOG.info("run {} of pipeline {} {}: {}", report.runId(), pipelineId, outcome, counts(report.counts()));
        } else {
            LOG.warn("run {} of pipeline {} {}: {}; {}", report.runId(), pipelineId, outcome,
                    counts(report.counts()), report.error());
        }
    }

    private static String counts(RunCounts c) {
        return "read " + c.read() + ", written " + c.written() + ", skipped " + c.skipped() + ", failed " + c.failed()
                + ", retrying " + c.retrying() + ", in doubt " + c.inDoubt() + " (resolved " + c.inDoubtResolved() + "), throttled "
                + c.throttledMillis() + " ms";
    }
}
