package dev.kopru.core.connector;

import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/** Found through {@link ServiceLoader}: one per vendor, so the server and the CLI can list and open connectors. */
public interface ConnectorFactory {

    ConnectorDescriptor descriptor();

    Connector open(ConnectionConfig config);

    static List<ConnectorFactory> installed() {
        return ServiceLoader.load(ConnectorFactory.class).stream().map(ServiceLoader.Provider::get).toList();
    }

    static Optional<ConnectorFactory> forVendor(String vendor) {
        return installed().stream().filter(f -> f.descriptor().vendor().equals(vendor)).findFirst();
    }
}
