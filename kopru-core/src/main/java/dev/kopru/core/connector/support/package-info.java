/**
 * Plumbing every connector needs and no vendor changes: {@link dev.kopru.core.connector.support.HandlerConnector}
 * sends each entity's operations to its {@link dev.kopru.core.connector.support.EntityHandler};
 * {@link dev.kopru.core.connector.support.ReadFilters} refuses unknown or malformed filters;
 * {@link dev.kopru.core.connector.support.ConfigChecks} validates config values. The HTTP plumbing every vendor
 * shares (one send, failures, secrets, sessions, raw calls, cursors) is in {@code kopru-connector-kit}.
 * No dependencies beyond the JDK.
 */
package dev.kopru.core.connector.support;
