package dev.kopru.dia.sandbox;

import dev.kopru.testkit.sandbox.Faults;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * DİA sessions (dia.md §3): 32 lower-case hex characters, ended by {@code logout}, by an hour without a call (each
 * call starts the hour again; the kit's {@code sessionTtl} knob overrides the options), by {@code expireSessions},
 * or by another login of the same user with {@code disconnect_same_user}.
 */
final class Sessions {

    private record Session(String user, Instant lastUsed, long generation) {
    }

    private final ConcurrentHashMap<String, Session> sessions = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final DiaSandboxOptions options;
    private final Supplier<Faults> faults;

    Sessions(DiaSandboxOptions options, Supplier<Faults> faults) {
        this.options = options;
        this.faults = faults;
    }

    String open(String user, boolean disconnectSameUser) {
        if (disconnectSameUser) {
            sessions.values().removeIf(s -> s.user().equals(user));
        }
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String id = HexFormat.of().formatHex(bytes);
        sessions.put(id, new Session(user, clock().instant(), generation()));
        return id;
    }

    /** The user of a live session, whose idle hour starts again; otherwise the expired-session refusal. */
    String touch(String id) {
        Session session = id == null ? null : sessions.get(id);
        if (session == null || expired(session)) {
            if (id != null) {
                sessions.remove(id);
            }
            throw expiredError();
        }
        sessions.put(id, new Session(session.user(), clock().instant(), session.generation()));
        return session.user();
    }

    boolean close(String id) {
        return id != null && sessions.remove(id) != null;
    }

    void clear() {
        sessions.clear();
    }

    int size() {
        return sessions.size();
    }

    private boolean expired(Session session) {
        Faults knobs = faults.get();
        Duration idle = knobs == null ? options.sessionIdle() : knobs.sessionTtl().orElse(options.sessionIdle());
        return session.generation() != generation() || !clock().instant().isBefore(session.lastUsed().plus(idle));
    }

    private DiaError expiredError() {
        return options.expiredSessionCode().equals(DiaError.LOGIN_TIMEOUT)
                ? new DiaError(DiaError.LOGIN_TIMEOUT, "LOGIN_TIMEOUT")
                : new DiaError(DiaError.UNAUTHORIZED, DiaError.INVALID_SESSION);
    }

    private long generation() {
        Faults knobs = faults.get();
        return knobs == null ? 0 : knobs.sessionGeneration();
    }

    private Clock clock() {
        return options.clock();
    }
}
