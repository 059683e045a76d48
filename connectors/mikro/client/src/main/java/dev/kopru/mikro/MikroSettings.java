package dev.kopru.mikro;

import dev.kopru.core.connector.Limits;
import dev.kopru.core.input.InvalidInputException;
import dev.kopru.mikro.client.MikroConfig;
import dev.kopru.mikro.mapping.DocumentSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a Mikro connection's fields are bound into: the client's config, the document settings and the connection's
 * rate limit, if it has one.
 */
public final class MikroSettings {

    static final Duration RATE_LIMIT_PERIOD = Duration.ofSeconds(1);

    private final MikroConfig.Builder client = MikroConfig.builder();
    private String documentSeries = DocumentSettings.DEFAULT_SERIES;
    private String naturalKeyColumn = DocumentSettings.DEFAULT_NATURAL_KEY_COLUMN;
    private List<Integer> reportYears = List.of();
    private Integer permits;
    private Duration period = RATE_LIMIT_PERIOD;

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

    void permits(int value) {
        if (value < 1) {
            throw new InvalidInputException(MikroDescriptor.RATE_LIMIT_PERMITS, "must be at least 1, was " + value);
        }
        this.permits = value;
    }

    void period(Duration value) {
        this.period = value;
    }

    MikroConnector open() {
        MikroConfig config = client.build();
        return new MikroConnector(config, new DocumentSettings(documentSeries, naturalKeyColumn,
                config.subeNoIfSet().orElse(0)), reportYears,
                Optional.ofNullable(permits).map(n -> new Limits.RateLimit(n, period)));
    }
}
