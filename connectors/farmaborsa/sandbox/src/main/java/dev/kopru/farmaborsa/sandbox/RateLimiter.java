package dev.kopru.farmaborsa.sandbox;

import dev.kopru.farmaborsa.sandbox.FarmaBorsaSandboxOptions.RateLimit;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The vendor's own limit, "1 dk'da maksimum 10 istek", per account: every call that names an {@code apiKey} counts
 * against that key, whatever it asks and whether or not its credentials are right (a refused call counts too, as it
 * does at any gateway). A sliding window: a call is allowed when fewer than {@code permits} calls of the key were
 * allowed in the {@code period} before it. Time comes from the sandbox's clock, so tests move it instead of waiting.
 * Separate from the kit's fault knobs, which tests clear after each test: this limit is the vendor's behaviour.
 */
final class RateLimiter {

    private final Clock clock;
    private final RateLimit initial;
    private RateLimit settings;
    private final Map<String, ArrayDeque<Instant>> windows = new HashMap<>();

    RateLimiter(Clock clock, RateLimit initial) {
        this.clock = clock;
        this.initial = initial;
        this.settings = initial;
    }

    synchronized RateLimit settings() {
        return settings;
    }

    /** New settings; the windows start empty. */
    synchronized void configure(RateLimit newSettings) {
        this.settings = newSettings;
        windows.clear();
    }

    /** Back to the options' settings with empty windows. */
    synchronized void reset() {
        configure(initial);
    }

    /** Takes a permit for {@code apiKey}: empty when allowed, else how long until one frees up. */
    synchronized Optional<Duration> acquire(String apiKey) {
        if (!settings.enabled()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        ArrayDeque<Instant> window = windows.computeIfAbsent(apiKey, key -> new ArrayDeque<>());
        while (!window.isEmpty() && !window.peekFirst().plus(settings.period()).isAfter(now)) {
            window.pollFirst();
        }
        if (window.size() < settings.permits()) {
            window.addLast(now);
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, window.peekFirst().plus(settings.period())));
    }

    /** The refusal's {@code mesaj}: the vendor page's sentence for its own 10 a minute. */
    synchronized String message() {
        return Messages.rateLimited(settings.permits(), settings.period());
    }
}
