package dev.kopru.wiradius;

import dev.kopru.core.connector.ConnectionConfig;
import dev.kopru.core.connector.Connector;
import dev.kopru.core.connector.ConnectorDescriptor;
import dev.kopru.core.connector.ConnectorFactory;

/** Opens Wiradius connections from a checked {@link ConnectionConfig}; found through {@link java.util.ServiceLoader}. */
public final class WiradiusConnectorFactory implements ConnectorFactory {

    @Override
    public ConnectorDescriptor descriptor() {
        return WiradiusDescriptor.descriptor();
    }

    /** @throws dev.kopru.core.input.InvalidInputException naming the field when a value cannot be used */
    @Override
    public Connector open(ConnectionConfig config) {
        return WiradiusDescriptor.CONFIG.bind(config, new WiradiusSettings()).open();
    }
}
