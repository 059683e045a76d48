package dev.kopru.mikro.sandbox;

import dev.kopru.testkit.sandbox.Faults;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * V1 sessions issued by APILogin. A session ends at APILogoff, after its lifetime (the options' TTL unless the
 * sandbox's {@code sessionTtl} knob says otherwise), or when {@code expireSessions} moves the generation on.
 */
final class Sessions {

    static final String EXPIRED = "SessionId geçersiz veya oturum süresi dolmuş";

    private record Session(String user, Instant created, long generation) {
    }

    private final ConcurrentHashMap<String, Session> sessions = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration defaultTtl;
    private final Supplier<Faults> faults;

    Sessions(Clock clock, Duration defaultTtl, Supplier<Faults> faults) {
        this.clock = clock;
        this.defaultTtl = defaultTtl;
        this.faults = faults;
    }

    String open(String user) {
        String id = UUID.randomUUID().toString();
        sessions.put(id, new Session(user, clock.instant(), generation()));
        return id;
    }

    /** The user of a live session; otherwise a 401 {@link MikroError} in the seed's words. */
    String user(String id) {
        Session session = sessions.get(id);
        if (session == null) {
            throw new MikroError(MikroError.AUTH, EXPIRED);
        }
        Faults knobs = faults.get();
        Duration ttl = knobs == null ? defaultTtl : knobs.sessionTtl().orElse(defaultTtl);
        boolean expired = session.generation() != generation()
                || !clock.instant().isBefore(session.created().plus(ttl));
        if (expired) {
            sessions.remove(id);
            throw new MikroError(MikroError.AUTH, EXPIRED);
        }
        return session.user();
    }

    boolean close(String id) {
        return sessions.remove(id) != null;
    }

    void clear() {
        sessions.clear();
    }

    int size() {
        return sessions.size();
    }

    private long generation() {
        Faults knobs = faults.get();
        return knobs == null ? 0 : knobs.sessionGeneration();
    }
}
