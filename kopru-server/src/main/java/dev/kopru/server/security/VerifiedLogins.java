package dev.kopru.server.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;

/**
 * Basic logins verified once and then remembered for a short while, so that a program sending Basic on every call
 * costs one indexed lookup (as a bearer token does) instead of a bcrypt. An entry is keyed by an HMAC of the user
 * name and password under a key that lives only in this process (the password itself is never kept), lasts
 * {@link #TTL}, and counts only while the user's credentials version is the one it was verified under: a password
 * change, a disable or a delete ends it on every node at once, and {@link CredentialsRevoked} drops it here.
 */
final class VerifiedLogins implements AuthenticationProvider {

    static final Duration TTL = Duration.ofMinutes(2);
    private static final int MAX_ENTRIES = 10_000;

    private record Verified(String username, int version, Authentication result, Instant until) {
    }

    /**
     * The details of a password login: the credentials version it was verified under, which a session keeps, so
     * that {@link SessionGuard} ends the session once the version moves on.
     */
    record VerifiedUnder(int version) {
    }

    private final DaoAuthenticationProvider passwords;
    private final Users users;
    private final Clock clock;
    private final SecretKeySpec key;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private final AtomicLong passwordChecks = new AtomicLong();
    private final Object[] stripes = java.util.stream.Stream.generate(Object::new).limit(64).toArray();

    VerifiedLogins(DaoAuthenticationProvider passwords, Users users, Clock clock) {
        this.passwords = passwords;
        this.users = users;
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public Authentication authenticate(Authentication login) {
        String name = login.getName();
        String password = login.getCredentials() == null ? "" : login.getCredentials().toString();
        String id = fingerprint(name, password);
        // read before the password is checked: a change in between leaves the entry under the older version
        Optional<Integer> version = users.credentialsVersion(name);
        Authentication known = remembered(id, version);
        if (known != null) {
            return known;
        }
        // one check per login at a time: 16 callers starting together (or meeting an expired entry) cost one bcrypt,
        // not sixteen at once
        synchronized (stripes[Math.floorMod(id.hashCode(), stripes.length)]) {
            known = remembered(id, version);
            return known != null ? known : checked(login, id, name, version);
        }
    }

    /** The remembered result of this login, while its entry is fresh and the user's credentials unchanged. */
    private Authentication remembered(String id, Optional<Integer> version) {
        Verified known = verified.get(id);
        return known != null && version.isPresent() && known.version() == version.get()
                && clock.instant().isBefore(known.until()) ? known.result() : null;
    }

    private Authentication checked(Authentication login, String id, String name, Optional<Integer> version) {
        verified.remove(id);
        passwordChecks.incrementAndGet();
        Authentication checked = passwords.authenticate(login); // throws on a wrong password or a disabled user
        if (checked == null || version.isEmpty()) {
            return checked;
        }
        UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(
                checked.getPrincipal(), null, checked.getAuthorities());
        result.setDetails(new VerifiedUnder(version.get()));
        if (verified.size() >= MAX_ENTRIES) {
            verified.clear(); // a flood of distinct logins: start over rather than grow
        }
        verified.put(id, new Verified(name.toLowerCase(java.util.Locale.ROOT), version.get(), result,
                clock.instant().plus(TTL)));
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    @EventListener
    void revoked(CredentialsRevoked event) {
        verified.values().removeIf(v -> CredentialsRevoked.ofUser(v.username()).equals(event.principal()));
    }

    /** How many logins were checked against their password hash (the rest were remembered). */
    long passwordChecks() {
        return passwordChecks.get();
    }

    private String fingerprint(String name, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal((name.toLowerCase(java.util.Locale.ROOT) + "\u0000" + password)
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
