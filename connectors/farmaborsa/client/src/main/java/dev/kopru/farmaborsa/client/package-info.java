/**
 * A typed client of FarmaBorsa's integration API (farmaborsa.md): {@link dev.kopru.farmaborsa.client.FarmaBorsaClient}
 * with one method per documented operation, its immutable {@link dev.kopru.farmaborsa.client.FarmaBorsaConfig}, and
 * wire records that keep FarmaBorsa's own names ({@code IlanInput}, {@code SiparisBilgi}, {@code SiparisIlan}, ...).
 * Every call takes its turn under the account's rate limit ({@code RateLimitGate}); failures map to the SPI's
 * {@link dev.kopru.core.connector.ConnectorException} outcomes; writes are never retried.
 */
package dev.kopru.farmaborsa.client;
