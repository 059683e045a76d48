package dev.kopru.mikro.sandbox;

import java.time.LocalDateTime;

/** What operations share: the database, the options, the V1 sessions, the credential check and the malformed cards. */
record Services(MikroDatabase db, MikroSandboxOptions options, Sessions sessions, Credentials credentials,
                MalformedCards malformed) {

    /** The sandbox's Istanbul wall-clock time, to the millisecond (as SQL Server datetime keeps it, roughly). */
    LocalDateTime now() {
        return LocalDateTime.now(options.clock().withZone(MikroSandboxOptions.ISTANBUL))
                .truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }
}
