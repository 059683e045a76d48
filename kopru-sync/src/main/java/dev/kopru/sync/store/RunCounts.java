package dev.kopru.sync.store;

/**
 * What a run did. {@code written} counts creates, updates and in-doubt creates found in the target and linked;
 * {@code inDoubtResolved} counts those that were unresolved at some point and are now linked or re-sent;
 * {@code inDoubt} counts records left with an unresolved intent; {@code retrying} counts records whose write failed
 * only transiently, kept for later runs instead of dead-lettered.
 */
public record RunCounts(long read, long written, long skipped, long failed, long inDoubt, long inDoubtResolved,
                        long throttledMillis, long retrying) {

    public static final RunCounts ZERO = new RunCounts(0, 0, 0, 0, 0, 0, 0, 0);

    public RunCounts plus(RunCounts o) {
        return new RunCounts(read + o.read, written + o.written, skipped + o.skipped, failed + o.failed,
                inDoubt + o.inDoubt, inDoubtResolved + o.inDoubtResolved, throttledMillis + o.throttledMillis,
                retrying + o.retrying);
    }
}
