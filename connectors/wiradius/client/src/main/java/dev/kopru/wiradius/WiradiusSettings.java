package dev.kopru.wiradius;

import dev.kopru.wiradius.client.WiradiusConfig;

/** What a Wiradius connection's fields are bound into: the client's config and how dated reads go. */
public final class WiradiusSettings {

    private final WiradiusConfig.Builder client = WiradiusConfig.builder();
    private int historyMonths = Reading.DEFAULTS.historyMonths();
    private int lookBackDays = Reading.DEFAULTS.lookBackDays();

    WiradiusConfig.Builder client() {
        return client;
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
