/**
 * Writing records to a target: {@link dev.kopru.sync.write.ExactlyOnceWriter} (the protocol of DESIGN.md),
 * {@link dev.kopru.sync.write.CanonicalJson} (content hashes), {@link dev.kopru.sync.write.WritePolicy} (what is retried, how
 * often, how long to wait, as the connection's chain retries the run's calls) and {@link dev.kopru.sync.write.RunCalls}
 * (what those calls report to the run).
 */
package dev.kopru.sync.write;
