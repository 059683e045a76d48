package dev.kopru.connector.kit.http;

import dev.kopru.core.input.InvalidInputException;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How a vendor client talks HTTP, the same for every vendor and embedded in each vendor's config.
 *
 * @param connectTimeout how long opening a connection may take; a connection never opened sent nothing
 * @param requestTimeout how long one exchange may take once sent; after that a write is in doubt
 * @param unsentAttempts how many times a request that never left this machine is tried in all (a refused or timed-out
 *                       connect): safe for writes too, so it is the only repeat a transport makes
 * @param clock          the time used for Retry-After dates, daily hashes and session expiry
 * @param httpClient     an injected client (tests, proxies); {@code null} builds one with {@code connectTimeout}
 */
public record HttpSettings(Duration connectTimeout, Duration requestTimeout, int unsentAttempts, Clock clock,
                           HttpClient httpClient) {

    public HttpSettings {
        positive(connectTimeout, "connectTimeout");
        positive(requestTimeout, "requestTimeout");
        if (unsentAttempts < 1 || unsentAttempts > 5) {
            throw new InvalidInputException("unsentAttempts", "must be between 1 and 5, was " + unsentAttempts);
        }
        Objects.requireNonNull(clock, "clock");
    }

    /** 10 s to connect, 60 s per exchange, 2 tries of a request never sent, the system clock, a client of our own. */
    public static HttpSettings defaults() {
        return new HttpSettings(Duration.ofSeconds(10), Duration.ofSeconds(60), 2, Clock.systemUTC(), null);
    }

    public HttpSettings withConnectTimeout(Duration value) {
        return new HttpSettings(value, requestTimeout, unsentAttempts, clock, httpClient);
    }

    public HttpSettings withRequestTimeout(Duration value) {
        return new HttpSettings(connectTimeout, value, unsentAttempts, clock, httpClient);
    }

    public HttpSettings withUnsentAttempts(int value) {
        return new HttpSettings(connectTimeout, requestTimeout, value, clock, httpClient);
    }

    public HttpSettings withClock(Clock value) {
        return new HttpSettings(connectTimeout, requestTimeout, unsentAttempts, value, httpClient);
    }

    public HttpSettings withHttpClient(HttpClient value) {
        return new HttpSettings(connectTimeout, requestTimeout, unsentAttempts, clock, value);
    }

    /**
     * The HTTP part of a vendor config's builder: a builder that keeps an {@link HttpSettings} gets the usual
     * setters (timeouts, clock, client) from here instead of writing them again.
     *
     * @param <B> the builder itself
     */
    public interface Configurable<B> {

        /** The settings so far. */
        HttpSettings http();

        /** Replaces the settings; returns the builder. */
        B http(HttpSettings settings);

        default B connectTimeout(Duration value) {
            return http(http().withConnectTimeout(value));
        }

        default B requestTimeout(Duration value) {
            return http(http().withRequestTimeout(value));
        }

        default B clock(Clock value) {
            return http(http().withClock(value));
        }

        default B httpClient(HttpClient value) {
            return http(http().withHttpClient(value));
        }
    }

    /** The client to send with: the injected one, or an HTTP/1.1 client that follows no redirects. */
    HttpClient client() {
        if (httpClient != null) {
            return httpClient;
        }
        // HTTP/1.1: vendor services are plain self-hosted servers; no h2c upgrade dance on every call.
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private static void positive(Duration value, String field) {
        if (value == null || value.isZero() || value.isNegative()) {
            throw new InvalidInputException(field, "must be positive, was " + value);
        }
    }

    @Override
    public String toString() {
        return "HttpSettings{connectTimeout=" + connectTimeout + ", requestTimeout=" + requestTimeout
                + ", unsentAttempts=" + unsentAttempts + "}";
    }
}
