package dev.kopru.dia.client;

import dev.kopru.connector.kit.http.HttpSettings;
import dev.kopru.core.input.InvalidInputException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything a {@link DiaClient} needs to call one DİA server. Immutable; {@link #toString()} masks the password
 * and the API key, so a config is safe to log.
 *
 * @param baseUrl            e.g. {@code https://demo.ws.dia.com.tr} (the client appends {@code /api/v3/<module>/json})
 * @param apiKey             the application's key, sent at login only (dia.md §3)
 * @param firmaKodu          the firm's real code, sent with every model service
 * @param donemKodu          the period's real code, sent with every model service
 * @param lang               the session's language, {@code tr} by default
 * @param disconnectSameUser whether a login ends this user's other sessions (DİA allows one per user by default)
 * @param sessionIdle        how long DİA keeps an unused session (one hour); the client logs in again before then
 * @param http               timeouts, clock and HTTP client, as for every vendor
 */
public record DiaConfig(URI baseUrl, String username, String password, String apiKey, int firmaKodu, int donemKodu,
                        String lang, boolean disconnectSameUser, Duration sessionIdle, HttpSettings http) {

    public DiaConfig {
        if (baseUrl == null || baseUrl.getScheme() == null || !baseUrl.getScheme().startsWith("http")) {
            throw new InvalidInputException("baseUrl", "must be an http(s) URL, was " + baseUrl);
        }
        requireText(username, "username");
        Objects.requireNonNull(password, "password");
        requireText(apiKey, "apiKey");
        requireText(lang, "lang");
        if (sessionIdle == null || sessionIdle.isNegative() || sessionIdle.isZero()) {
            throw new InvalidInputException("sessionIdle", "must be positive, was " + sessionIdle);
        }
        Objects.requireNonNull(http, "http");
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "is required");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public Clock clock() {
        return http.clock();
    }

    @Override
    public String toString() {
        return "DiaConfig{baseUrl=" + baseUrl + ", username=" + username + ", password=****, apiKey=****, firmaKodu="
                + firmaKodu + ", donemKodu=" + donemKodu + ", lang=" + lang + ", disconnectSameUser="
                + disconnectSameUser + ", sessionIdle=" + sessionIdle + ", " + http + "}";
    }

    /** Builds a {@link DiaConfig}; {@code lang} tr, one-hour sessions, HTTP defaults as {@link HttpSettings#defaults()}. */
    public static final class Builder implements HttpSettings.Configurable<Builder> {
        private URI baseUrl;
        private String username;
        private String password;
        private String apiKey;
        private Integer firmaKodu;
        private Integer donemKodu;
        private String lang = "tr";
        private boolean disconnectSameUser;
        private Duration sessionIdle = Duration.ofHours(1);
        private HttpSettings http = HttpSettings.defaults();

        private Builder() {
        }

        public Builder baseUrl(String value) {
            return baseUrl(URI.create(value.endsWith("/") ? value.substring(0, value.length() - 1) : value));
        }

        public Builder baseUrl(URI value) {
            baseUrl = value;
            return this;
        }

        public Builder username(String value) {
            username = value;
            return this;
        }

        public Builder password(String value) {
            password = value;
            return this;
        }

        public Builder apiKey(String value) {
            apiKey = value;
            return this;
        }

        public Builder firmaKodu(int value) {
            firmaKodu = value;
            return this;
        }

        public Builder donemKodu(int value) {
            donemKodu = value;
            return this;
        }

        public Builder lang(String value) {
            lang = value;
            return this;
        }

        public Builder disconnectSameUser(boolean value) {
            disconnectSameUser = value;
            return this;
        }

        public Builder sessionIdle(Duration value) {
            sessionIdle = value;
            return this;
        }

        @Override
        public HttpSettings http() {
            return http;
        }

        @Override
        public Builder http(HttpSettings value) {
            http = value;
            return this;
        }

        public DiaConfig build() {
            if (firmaKodu == null) {
                throw new InvalidInputException("firmaKodu", "is required");
            }
            if (donemKodu == null) {
                throw new InvalidInputException("donemKodu", "is required");
            }
            return new DiaConfig(baseUrl, username, password, apiKey, firmaKodu, donemKodu, lang, disconnectSameUser,
                    sessionIdle, http);
        }
    }
}
