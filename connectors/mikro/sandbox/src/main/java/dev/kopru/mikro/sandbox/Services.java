package dev.kopru.mikro.sandbox;

import java.time.LocalDateTime;
import java.util.SortedMap;

/**
 * What operations share: a database per working year, the options, the V1 sessions, the credential check and the
 * malformed cards.
 *
 * @param years the databases by {@code CalismaYili}; the newest year is the current one
 */
record Services(SortedMap<Integer, MikroDatabase> years, MikroSandboxOptions options, Sessions sessions,
                Credentials credentials, MalformedCards malformed) {

    /** The current (newest) working year's database: the sandbox's own views and V1 sessions use it. */
    MikroDatabase db() {
        return years.get(currentYear());
    }

    MikroDatabase db(int year) {
        return years.get(year);
    }

    int currentYear() {
        return years.lastKey();
    }

    /** The sandbox's Istanbul wall-clock time, to the millisecond (as SQL Server datetime keeps it, roughly). */
    LocalDateTime now() {
        return LocalDateTime.now(options.clock().withZone(MikroSandboxOptions.ISTANBUL))
                .truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }
}
