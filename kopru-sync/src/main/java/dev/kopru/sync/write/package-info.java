/**
 * Writing records to a target: {@link dev.kopru.sync.write.ExactlyOnceWriter} (the protocol of DESIGN.md),
 * {@link dev.kopru.sync.write.CanonicalJson} (content hashes), {@link dev.kopru.sync.write.WritePolicy} and
 * {@link dev.kopru.sync.write.Retrier} (what is retried, how often, how long to wait).
 */
package dev.kopru.sync.write;
