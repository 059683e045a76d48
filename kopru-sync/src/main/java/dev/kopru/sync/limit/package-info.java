/**
 * The path of a connection's vendor calls, the same for every caller and node:
 * {@link dev.kopru.sync.limit.ConnectionChain} (retries, the shared rate limit, the host's metering) and
 * {@link dev.kopru.sync.limit.ConnectionRateLimiter}, the rate limit shared through the store.
 */
package dev.kopru.sync.limit;
