package dev.kopru.dia;

import dev.kopru.core.connector.ConnectionConfig;
import dev.kopru.core.connector.Connector;
import dev.kopru.core.connector.ConnectorDescriptor;
import dev.kopru.core.connector.ConnectorFactory;

/** Opens DİA connections from a checked {@link ConnectionConfig}; found through {@link java.util.ServiceLoader}. */
public final class DiaConnectorFactory implements ConnectorFactory {

    @Override
    public ConnectorDescriptor descriptor() {
        return DiaDescriptor.descriptor();
    }

    /** @throws dev.kopru.core.input.InvalidInputException naming the field when a value cannot be used */
    @Override
    public Connector open(ConnectionConfig config) {
        return DiaDescriptor.CONFIG.bind(config, new DiaSettings()).open();
    }
}
