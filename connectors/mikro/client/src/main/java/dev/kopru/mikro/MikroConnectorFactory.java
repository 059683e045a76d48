package dev.kopru.mikro;

import dev.kopru.core.connector.ConnectionConfig;
import dev.kopru.core.connector.Connector;
import dev.kopru.core.connector.ConnectorDescriptor;
import dev.kopru.core.connector.ConnectorFactory;
import dev.kopru.core.input.InvalidInputException;
import dev.kopru.mikro.client.MikroConfig;
import dev.kopru.mikro.mapping.DocumentSettings;

/** Opens Mikro connections from a checked {@link ConnectionConfig}; found through {@link java.util.ServiceLoader}. */
public final class MikroConnectorFactory implements ConnectorFactory {

    @Override
    public ConnectorDescriptor descriptor() {
        return MikroDescriptor.descriptor();
    }

    /** @throws IllegalArgumentException naming the field when a value cannot be used */
    @Override
    public Connector open(ConnectionConfig config) {
        Integer firmaNo = integer(config, MikroDescriptor.FIRMA_NO);
        Integer subeNo = integer(config, MikroDescriptor.SUBE_NO);
        MikroConfig client = MikroConfig.builder()
                .baseUrl(config.require(MikroDescriptor.BASE_URL))
                .apiKey(config.require(MikroDescriptor.API_KEY))
                .firmaKodu(config.require(MikroDescriptor.FIRMA_KODU))
                .calismaYili(config.require(MikroDescriptor.CALISMA_YILI))
                .kullaniciKodu(config.require(MikroDescriptor.KULLANICI_KODU))
                .password(config.require(MikroDescriptor.PASSWORD))
                .firmaNo(firmaNo)
                .subeNo(subeNo)
                .build();
        DocumentSettings documents = new DocumentSettings(config.require(MikroDescriptor.DOCUMENT_SERIES),
                config.require(MikroDescriptor.NATURAL_KEY_COLUMN), subeNo == null ? 0 : subeNo);
        return new MikroConnector(client, documents);
    }

    private static Integer integer(ConnectionConfig config, String field) {
        return config.get(field).filter(v -> !v.isBlank()).map(v -> {
            try {
                return Integer.parseInt(v.trim());
            } catch (NumberFormatException e) {
                throw new InvalidInputException(field, "'" + v + "' is not a whole number");
            }
        }).orElse(null);
    }
}
