package dev.kopru.farmaborsa;

import dev.kopru.core.connector.ConnectionConfig;
import dev.kopru.core.connector.Connector;
import dev.kopru.core.connector.ConnectorDescriptor;
import dev.kopru.core.connector.ConnectorFactory;

/** Opens FarmaBorsa connections from a checked {@link ConnectionConfig}; found through {@link java.util.ServiceLoader}. */
public final class FarmaBorsaConnectorFactory implements ConnectorFactory {

    @Override
    public ConnectorDescriptor descriptor() {
        return FarmaBorsaDescriptor.descriptor();
    }

    /** @throws dev.kopru.core.input.InvalidInputException naming the field when a value cannot be used */
    @Override
    public Connector open(ConnectionConfig config) {
        return FarmaBorsaDescriptor.CONFIG.bind(config, new FarmaBorsaSettings()).open();
    }
}
