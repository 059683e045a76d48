/**
 * Plumbing every connector needs and no vendor changes: {@link dev.kopru.core.connector.support.HandlerConnector}
 * sends each entity's operations to its {@link dev.kopru.core.connector.support.EntityHandler};
 * {@link dev.kopru.core.connector.support.ReadFilters} refuses unknown or malformed filters;
 * {@link dev.kopru.core.connector.support.ConfigChecks} validates config values;
 * {@link dev.kopru.core.connector.support.Secrets} scrubs secrets from vendor text;
 * {@link dev.kopru.core.connector.support.CallFailures} decides in doubt or transient for a call without an answer.
 * No dependencies beyond the JDK.
 */
package dev.kopru.core.connector.support;
