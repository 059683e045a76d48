package dev.kopru.mikro;

import dev.kopru.core.connector.ConnectionConfig;
import dev.kopru.core.connector.Connector;
import dev.kopru.core.connector.ConnectorDescriptor;
import dev.kopru.core.connector.ConnectorFactory;

/** Opens Mikro connections from a checked {@link ConnectionConfig}; found through {@link java.util.ServiceLoader}. */
public final class MikroConnectorFactory implements ConnectorFactory {

    @Override
    public ConnectorDescriptor descriptor() {
        return MikroDescriptor.descriptor();
    }

    /** @throws dev.kopru.core.input.InvalidInputException naming the field when a value cannot be used */
    @Override
    public Connector open(ConnectionConfig config) {
        return MikroDescriptor.CONFIG.bind(config, new MikroSettings()).open();
    }
}
