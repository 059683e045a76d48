package dev.kopru.logo;

import dev.kopru.core.connector.ConnectionConfig;
import dev.kopru.core.connector.Connector;
import dev.kopru.core.connector.ConnectorDescriptor;
import dev.kopru.core.connector.ConnectorFactory;

/** Opens Logo connections from a checked {@link ConnectionConfig}; found through {@link java.util.ServiceLoader}. */
public final class LogoConnectorFactory implements ConnectorFactory {

    @Override
    public ConnectorDescriptor descriptor() {
        return LogoDescriptor.descriptor();
    }

    /** @throws dev.kopru.core.input.InvalidInputException naming the field when a value cannot be used */
    @Override
    public Connector open(ConnectionConfig config) {
        return LogoSettings.CONFIG.bind(config, new LogoSettings()).open();
    }
}
