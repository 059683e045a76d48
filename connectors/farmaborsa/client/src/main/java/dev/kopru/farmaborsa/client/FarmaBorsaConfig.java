package dev.kopru.farmaborsa.client;

import static dev.kopru.core.connector.support.ConfigChecks.requireHttpUrl;
import static dev.kopru.core.connector.support.ConfigChecks.requireText;

import dev.kopru.connector.kit.http.HttpSettings;
import dev.kopru.core.connector.Limits;
import dev.kopru.core.input.InvalidInputException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything a {@link FarmaBorsaClient} needs to call one FarmaBorsa account. Immutable; {@link #toString()} masks
 * {@code parola} and {@code apiKey}, so a config is safe to log.
 *
 * @param baseUrl     {@link #VENDOR_URL} in production, a sandbox's URL in tests; operation paths are appended
 * @param nick        the account's user name, sent as {@code nick}
 * @param parola      the account's password, sent in plain text in every body (the vendor has no token)
 * @param apiKey      the API key FarmaBorsa issued, sent as {@code apiKey}
 * @param rateLimit   at most this many calls per period, whatever the number of threads; the vendor allows 10 a
 *                    minute (farmaborsa.md §1)
 * @param maxRateWait how long a call may wait for its turn under {@code rateLimit} before it fails as
 *                    {@link dev.kopru.core.connector.ConnectorException.RateLimited}
 * @param http        timeouts, clock and HTTP client, as for every vendor
 */
public record FarmaBorsaConfig(URI baseUrl, String nick, String parola, String apiKey, Limits.RateLimit rateLimit,
                               Duration maxRateWait, HttpSettings http) {

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
        if (maxRateWait == null || maxRateWait.isZero() || maxRateWait.isNegative()) {
            throw new InvalidInputException("maxRateWait", "must be positive, was " + maxRateWait);
        }
        Objects.requireNonNull(http, "http");
    }

    public static Builder builder() {
        return new Builder();
    }

    public Clock clock() {
        return http.clock();
    }

    @Override
    public String toString() {
        return "FarmaBorsaConfig{baseUrl=" + baseUrl + ", nick=" + nick + ", parola=****, apiKey=****, rateLimit="
                + rateLimit.permits() + "/" + rateLimit.period() + ", maxRateWait=" + maxRateWait + ", " + http + "}";
    }

    /** Builds a {@link FarmaBorsaConfig}. Defaults: the vendor's URL, 10 calls a minute, 2 minutes' wait for a turn. */
    public static final class Builder implements HttpSettings.Configurable<Builder> {
        private URI baseUrl = URI.create(VENDOR_URL);
        private String nick;
        private String parola;
        private String apiKey;
        private Limits.RateLimit rateLimit = VENDOR_RATE_LIMIT;
        private Duration maxRateWait = Duration.ofMinutes(2);
        private HttpSettings http = HttpSettings.defaults();

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

        @Override
        public HttpSettings http() {
            return http;
        }

        @Override
        public Builder http(HttpSettings http) {
            this.http = http;
            return this;
        }

        public FarmaBorsaConfig build() {
            return new FarmaBorsaConfig(baseUrl, nick, parola, apiKey, rateLimit, maxRateWait, http);
        }
    }
}
