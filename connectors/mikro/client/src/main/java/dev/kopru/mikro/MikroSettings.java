package dev.kopru.mikro;

import dev.kopru.mikro.client.MikroConfig;
import dev.kopru.mikro.mapping.DocumentSettings;

/** What a Mikro connection's fields are bound into: the client's config and the document settings. */
public final class MikroSettings {

    private final MikroConfig.Builder client = MikroConfig.builder();
    private String documentSeries = DocumentSettings.DEFAULT_SERIES;
    private String naturalKeyColumn = DocumentSettings.DEFAULT_NATURAL_KEY_COLUMN;

    MikroConfig.Builder client() {
        return client;
    }

    void documentSeries(String value) {
        this.documentSeries = value;
    }

    void naturalKeyColumn(String value) {
        this.naturalKeyColumn = value;
    }

    MikroConnector open() {
        MikroConfig config = client.build();
        return new MikroConnector(config, new DocumentSettings(documentSeries, naturalKeyColumn,
                config.subeNoIfSet().orElse(0)));
    }
}
