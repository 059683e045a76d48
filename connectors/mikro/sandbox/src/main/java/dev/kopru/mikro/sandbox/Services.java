package dev.kopru.mikro.sandbox;

import java.time.LocalDateTime;

/** What operations share: the database, the options, the V1 sessions and the credential check. */
record Services(MikroDatabase db, MikroSandboxOptions options, Sessions sessions, Credentials credentials) {

    /** The sandbox's Istanbul wall-clock time, to the millisecond (as SQL Server datetime keeps it, roughly). */
    LocalDateTime now() {
        return LocalDateTime.now(options.clock().withZone(MikroSandboxOptions.ISTANBUL))
                .truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }
}
