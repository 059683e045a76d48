package dev.kopru.sync.pipeline;

import dev.kopru.core.connector.Connector;
import dev.kopru.sync.store.StoredConnection;

/**
 * Opens the connector of a stored connection. The server builds connectors from the configuration through
 * {@link dev.kopru.core.connector.ConnectorFactory}; tests hand in connectors to sandboxes. The engine does not
 * close what this returns: its owner does.
 */
@FunctionalInterface
public interface ConnectorRegistry {
    Connector connectorFor(StoredConnection connection);
}
