package dev.kopru.wiradius;

import dev.kopru.core.input.InvalidInputException;
import dev.kopru.wiradius.client.WiradiusConfig;

/** What a Wiradius connection's fields are bound into: the client's config and how dated reads go. */
public final class WiradiusSettings {

    private final WiradiusConfig.Builder client = WiradiusConfig.builder();
    private int historyMonths = Reading.DEFAULTS.historyMonths();
    private int lookBackDays = Reading.DEFAULTS.lookBackDays();

    WiradiusConfig.Builder client() {
        return client;
    }

    void formEncoding(String value) {
        switch (value.toLowerCase(java.util.Locale.ROOT)) {
            case "multipart" -> client.multipart(true);
            case "urlencoded" -> client.multipart(false);
            default -> throw new InvalidInputException(WiradiusDescriptor.FORM_ENCODING,
                    "must be multipart or urlencoded, was '" + value + "'");
        }
    }

    void historyMonths(int value) {
        this.historyMonths = value;
    }

    void lookBackDays(int value) {
        this.lookBackDays = value;
    }

    WiradiusConnector open() {
        return new WiradiusConnector(client.build(), new Reading(historyMonths, lookBackDays));
    }
}
