/**
 * Rate limits per connection, shared through the store by every pipeline and node:
 * {@link dev.kopru.sync.limit.ConnectionRateLimiter} and the connector view that applies it,
 * {@link dev.kopru.sync.limit.RateLimitedConnector}.
 */
package dev.kopru.sync.limit;
