package dev.kopru.farmaborsa.client;

import static dev.kopru.core.connector.support.ConfigChecks.requireBetween;
import static dev.kopru.core.connector.support.ConfigChecks.requireHttpUrl;
import static dev.kopru.core.connector.support.ConfigChecks.requirePositive;
import static dev.kopru.core.connector.support.ConfigChecks.requireText;

import dev.kopru.core.connector.Limits;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything a {@link FarmaBorsaClient} needs to call one FarmaBorsa account. Immutable; {@link #toString()} masks
 * {@code parola} and {@code apiKey}, so a config is safe to log.
 *
 * @param baseUrl      {@link #VENDOR_URL} in production, a sandbox's URL in tests; operation paths are appended
 * @param nick         the account's user name, sent as {@code nick}
 * @param parola       the account's password, sent in plain text in every body (the vendor has no token)
 * @param apiKey       the API key FarmaBorsa issued, sent as {@code apiKey}
 * @param rateLimit    at most this many calls per period, whatever the number of threads; the vendor allows 10 a
 *                     minute (farmaborsa.md §1)
 * @param maxRateWait  how long a call may wait for its turn under {@code rateLimit} before it fails as
 *                     {@link dev.kopru.core.connector.ConnectorException.RateLimited}
 * @param readAttempts how many times a read is tried in all (writes are tried exactly once)
 * @param retryBackoff pause before the second attempt of a read; doubled for each further one
 * @param httpClient   an injected client (tests, proxies); {@code null} builds one with {@code connectTimeout}
 */
public record FarmaBorsaConfig(URI baseUrl, String nick, String parola, String apiKey, Limits.RateLimit rateLimit,
                               Duration maxRateWait, Duration connectTimeout, Duration requestTimeout,
                               int readAttempts, Duration retryBackoff, Clock clock, HttpClient httpClient) {

    /** The vendor's documented host (farmaborsa.md §1). */
    public static final String VENDOR_URL = "https://wapi.farmaborsa.com";

    /** The vendor's limit: "1 dk'da maksimum 10 istek atabilirsiniz". */
    public static final Limits.RateLimit VENDOR_RATE_LIMIT = new Limits.RateLimit(10, Duration.ofMinutes(1));

    public FarmaBorsaConfig {
        requireHttpUrl(baseUrl, "baseUrl");
        requireText(nick, "nick");
        requireText(parola, "parola");
        requireText(apiKey, "apiKey");
        Objects.requireNonNull(rateLimit, "rateLimit");
        requirePositive(maxRateWait, "maxRateWait");
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(requestTimeout, "requestTimeout");
        requireBetween(readAttempts, 1, 5, "readAttempts");
        Objects.requireNonNull(retryBackoff, "retryBackoff");
        Objects.requireNonNull(clock, "clock");
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String toString() {
        return "FarmaBorsaConfig{baseUrl=" + baseUrl + ", nick=" + nick + ", parola=****, apiKey=****, rateLimit="
                + rateLimit.permits() + "/" + rateLimit.period() + ", maxRateWait=" + maxRateWait + ", connectTimeout="
                + connectTimeout + ", requestTimeout=" + requestTimeout + ", readAttempts=" + readAttempts + "}";
    }

    /**
     * Builds a {@link FarmaBorsaConfig}. Defaults: the vendor's URL, 10 calls a minute, 2 minutes' wait for a turn,
     * 10 s connect and 60 s request timeout, 3 read attempts, 500 ms backoff.
     */
    public static final class Builder {
        private URI baseUrl = URI.create(VENDOR_URL);
        private String nick;
        private String parola;
        private String apiKey;
        private Limits.RateLimit rateLimit = VENDOR_RATE_LIMIT;
        private Duration maxRateWait = Duration.ofMinutes(2);
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration requestTimeout = Duration.ofSeconds(60);
        private int readAttempts = 3;
        private Duration retryBackoff = Duration.ofMillis(500);
        private Clock clock = Clock.systemUTC();
        private HttpClient httpClient;

        private Builder() {
        }

        public Builder baseUrl(String baseUrl) {
            Objects.requireNonNull(baseUrl, "baseUrl");
            return baseUrl(URI.create(baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl));
        }

        public Builder baseUrl(URI baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }

        public Builder nick(String nick) {
            this.nick = nick;
            return this;
        }

        public Builder parola(String parola) {
            this.parola = parola;
            return this;
        }

        public Builder apiKey(String apiKey) {
            this.apiKey = apiKey;
            return this;
        }

        public Builder rateLimit(int permits, Duration period) {
            return rateLimit(new Limits.RateLimit(permits, period));
        }

        public Builder rateLimit(Limits.RateLimit rateLimit) {
            this.rateLimit = rateLimit;
            return this;
        }

        public Builder maxRateWait(Duration maxRateWait) {
            this.maxRateWait = maxRateWait;
            return this;
        }

        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
            return this;
        }

        public Builder requestTimeout(Duration requestTimeout) {
            this.requestTimeout = requestTimeout;
            return this;
        }

        public Builder readAttempts(int readAttempts) {
            this.readAttempts = readAttempts;
            return this;
        }

        public Builder retryBackoff(Duration retryBackoff) {
            this.retryBackoff = retryBackoff;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public Builder httpClient(HttpClient httpClient) {
            this.httpClient = httpClient;
            return this;
        }

        public FarmaBorsaConfig build() {
            return new FarmaBorsaConfig(baseUrl, nick, parola, apiKey, rateLimit, maxRateWait, connectTimeout,
                    requestTimeout, readAttempts, retryBackoff, clock, httpClient);
        }
    }
}
