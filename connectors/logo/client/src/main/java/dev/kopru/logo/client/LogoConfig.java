package dev.kopru.logo.client;

import static dev.kopru.core.connector.support.ConfigChecks.requireHttpUrl;
import static dev.kopru.core.connector.support.ConfigChecks.requireText;

import dev.kopru.connector.kit.http.HttpSettings;
import dev.kopru.core.input.InvalidInputException;
import java.net.URI;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a {@link LogoClient} needs to call one Logo REST service. Immutable; {@link #toString()} masks the
 * password and the client secret, so a config is safe to log.
 *
 * @param baseUrl      the service's root, e.g. {@code http://logo-host:32001} (paths {@code api/v1/...} follow)
 * @param firmNo       the firm a token is issued for ({@code Firmno} of the token request; one token, one firm)
 * @param clientId     the REST service's client id ("Logo REST Servis Ayarları"), sent as HTTP Basic with
 *                     {@code clientSecret} on the token request; null sends no Basic header (a public client)
 * @param pageSize     the {@code limit} of every list page this client asks for
 * @param http         timeouts, clock and HTTP client, as for every vendor
 */
public record LogoConfig(URI baseUrl, String username, String password, String firmNo, String clientId,
                         String clientSecret, int pageSize, HttpSettings http) {

    /** The largest page asked for: Logo documents no maximum, installs cap it (logo.md §4.1). */
    public static final int MAX_PAGE_SIZE = 1000;

    public LogoConfig {
        requireHttpUrl(baseUrl, "baseUrl");
        requireText(username, "username");
        Objects.requireNonNull(password, "password");
        requireText(firmNo, "firmNo");
        if (!firmNo.trim().matches("\\d{1,4}")) {
            throw new InvalidInputException("firmNo", "must be a firm number such as 1 or 001, was '" + firmNo + "'");
        }
        if (clientId != null && clientSecret == null) {
            throw new InvalidInputException("clientSecret", "is needed with clientId " + clientId);
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new InvalidInputException("pageSize", "must be between 1 and " + MAX_PAGE_SIZE + ", was "
                    + pageSize);
        }
        Objects.requireNonNull(http, "http");
    }

    public static Builder builder() {
        return new Builder();
    }

    public Optional<String> clientIdIfSet() {
        return Optional.ofNullable(clientId);
    }

    public Clock clock() {
        return http.clock();
    }

    @Override
    public String toString() {
        return "LogoConfig{baseUrl=" + baseUrl + ", username=" + username + ", password=****, firmNo=" + firmNo
                + ", clientId=" + clientId + ", clientSecret=" + (clientSecret == null ? "null" : "****")
                + ", pageSize=" + pageSize + ", " + http + "}";
    }

    /** Builds a {@link LogoConfig}; pages of 100, HTTP defaults as {@link HttpSettings#defaults()}. */
    public static final class Builder implements HttpSettings.Configurable<Builder> {
        private URI baseUrl;
        private String username;
        private String password;
        private String firmNo;
        private String clientId;
        private String clientSecret;
        private int pageSize = 100;
        private HttpSettings http = HttpSettings.defaults();

        private Builder() {
        }

        /** The service's root; a trailing {@code /} or {@code /api/v1} is dropped, paths are added per call. */
        public Builder baseUrl(String value) {
            String url = value.replaceAll("/+$", "");
            url = url.toLowerCase(java.util.Locale.ROOT).endsWith("/api/v1") ? url.substring(0, url.length() - 7)
                    : url;
            return baseUrl(URI.create(url));
        }

        public Builder baseUrl(URI value) {
            this.baseUrl = value;
            return this;
        }

        public Builder username(String value) {
            this.username = value;
            return this;
        }

        public Builder password(String value) {
            this.password = value;
            return this;
        }

        public Builder firmNo(String value) {
            this.firmNo = value;
            return this;
        }

        public Builder clientId(String value) {
            this.clientId = value;
            return this;
        }

        public Builder clientSecret(String value) {
            this.clientSecret = value;
            return this;
        }

        public Builder pageSize(int value) {
            this.pageSize = value;
            return this;
        }

        @Override
        public HttpSettings http() {
            return http;
        }

        @Override
        public Builder http(HttpSettings value) {
            this.http = value;
            return this;
        }

        public LogoConfig build() {
            return new LogoConfig(baseUrl, username, password, firmNo, clientId, clientSecret, pageSize, http);
        }
    }
}
