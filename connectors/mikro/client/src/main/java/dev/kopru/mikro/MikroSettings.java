package dev.kopru.mikro;

import dev.kopru.core.input.InvalidInputException;
import dev.kopru.mikro.client.MikroConfig;
import dev.kopru.mikro.mapping.DocumentSettings;
import java.util.ArrayList;
import java.util.List;

/** What a Mikro connection's fields are bound into: the client's config and the document settings. */
public final class MikroSettings {

    private final MikroConfig.Builder client = MikroConfig.builder();
    private String documentSeries = DocumentSettings.DEFAULT_SERIES;
    private String naturalKeyColumn = DocumentSettings.DEFAULT_NATURAL_KEY_COLUMN;
    private List<Integer> reportYears = List.of();

    MikroConfig.Builder client() {
        return client;
    }

    void documentSeries(String value) {
        this.documentSeries = value;
    }

    void naturalKeyColumn(String value) {
        this.naturalKeyColumn = value;
    }

    void reportYears(String value) {
        List<Integer> years = new ArrayList<>();
        for (String year : value.split(",")) {
            if (!year.strip().matches("\\d{4}")) {
                throw new InvalidInputException(MikroDescriptor.REPORT_YEARS,
                        "must be working years separated by commas, such as 2024,2025, was '" + value + "'");
            }
            years.add(Integer.valueOf(year.strip()));
        }
        this.reportYears = List.copyOf(years);
    }

    MikroConnector open() {
        MikroConfig config = client.build();
        return new MikroConnector(config, new DocumentSettings(documentSeries, naturalKeyColumn,
                config.subeNoIfSet().orElse(0)), reportYears);
    }
}
