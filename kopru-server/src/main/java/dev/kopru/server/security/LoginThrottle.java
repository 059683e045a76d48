package dev.kopru.server.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Failed logins, counted per user name and per client address in memory: past a number of free failures a key is
 * blocked, for a time that doubles with every further failure. A block is logged once, when it starts (one line per
 * burst, with the user name or address only, never what was typed as the password).
 */
final class LoginThrottle {

    private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);
    /** Past this many keys, the ones whose last failure is older than {@link Policy#forgetAfter} are dropped. */
    private static final int PRUNE_ABOVE = 10_000;

    /**
     * @param freeFailures failures allowed before the first block
     * @param firstBlock   the first block; each failure after it doubles the block, up to {@code maxBlock}
     * @param forgetAfter  a key with no failure for this long starts again from zero
     */
    record Policy(int freeFailures, Duration firstBlock, Duration maxBlock, Duration forgetAfter) {

        Duration blockAfter(int failures) {
            int doublings = Math.min(failures - freeFailures - 1, 30);
            Duration block = firstBlock.multipliedBy(1L << doublings);
            return block.compareTo(maxBlock) > 0 ? maxBlock : block;
        }
    }

    /** Five tries per user, more per address (people behind one NAT share it). */
    static final Policy PER_USER = new Policy(5, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofHours(1));
    static final Policy PER_ADDRESS = new Policy(20, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofHours(1));

    private record Failures(int count, Instant last, Instant blockedUntil) { }

    private final Clock clock;
    private final Policy perUser;
    private final Policy perAddress;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock, Policy perUser, Policy perAddress) {
        this.clock = clock;
        this.perUser = perUser;
        this.perAddress = perAddress;
    }

    /** How long a login as {@code username} from {@code address} must wait, if it must (either may be null). */
    Optional<Duration> wait(String username, String address) {
        Instant now = clock.instant();
        Duration wait = Duration.ZERO;
        for (String key : new String[] {userKey(username), addressKey(address)}) {
            Failures f = key == null ? null : failures.get(key);
            if (f != null && f.blockedUntil() != null && f.blockedUntil().isAfter(now)) {
                Duration left = Duration.between(now, f.blockedUntil());
                wait = left.compareTo(wait) > 0 ? left : wait;
            }
        }
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    void failed(String username, String address) {
        fail(userKey(username), perUser, "user '" + username + "'");
        fail(addressKey(address), perAddress, "address " + address);
    }

    /** A success forgets the user's failures (not the address's: one good account must not reset guessing others). */
    void succeeded(String username) {
        String key = userKey(username);
        if (key != null) {
            failures.remove(key);
        }
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        failed(event.getAuthentication().getName(), address(event.getAuthentication().getDetails()));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        succeeded(event.getAuthentication().getName());
    }

    private void fail(String key, Policy policy, String who) {
        if (key == null) {
            return;
        }
        Instant now = clock.instant();
        if (failures.size() > PRUNE_ABOVE) {
            failures.values().removeIf(f -> f.last().plus(policy.forgetAfter()).isBefore(now));
        }
        Failures updated = failures.compute(key, (k, old) -> {
            int count = old == null || old.last().plus(policy.forgetAfter()).isBefore(now) ? 1 : old.count() + 1;
            Instant until = count > policy.freeFailures() ? now.plus(policy.blockAfter(count)) : null;
            return new Failures(count, now, until);
        });
        if (updated.count() == policy.freeFailures() + 1) {
            LOG.warn("login blocked for {} after {} failed attempts; each further failure doubles the wait", who,
                    updated.count());
        }
    }

    private static String userKey(String username) {
        return username == null || username.isEmpty() ? null : "user:" + username.toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return address == null ? null : "address:" + address;
    }

    private static String address(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }
}
