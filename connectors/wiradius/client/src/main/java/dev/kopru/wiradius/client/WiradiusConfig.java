package dev.kopru.wiradius.client;

import static dev.kopru.core.connector.support.ConfigChecks.requireHttpUrl;
import static dev.kopru.core.connector.support.ConfigChecks.requireText;

import dev.kopru.connector.kit.http.HttpSettings;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything a {@link WiradiusClient} needs to call one operator's accounting service. Immutable; {@link #toString()}
 * masks both secrets, so a config is safe to log.
 *
 * @param baseUrl  the service's host as Wiradius e-mailed it ({@link #VENDOR_URL} in the examples, or a per-deployment
 *                 "genel-ws-domain"); paths are appended
 * @param apiCode  the operator's {@code api_code}, the last path segment of every service URL (a secret: never log a
 *                 full URL)
 * @param uniqCode the operator's {@code uniq_code}, a form field of every request
 * @param multipart whether forms go as {@code multipart/form-data}, as the vendor's cURL and PHP examples send them
 *                 [seed], or urlencoded, which a PHP backend reads alike [inference]
 * @param http     timeouts, clock and HTTP client; the vendor's own sample allows 30 s per call
 */
public record WiradiusConfig(URI baseUrl, String apiCode, String uniqCode, boolean multipart, HttpSettings http) {

    /** The host of the reference's examples. */
    public static final String VENDOR_URL = "https://ws.wiradius.com";

    public WiradiusConfig {
        requireHttpUrl(baseUrl, "baseUrl");
        requireText(apiCode, "apiCode");
        requireText(uniqCode, "uniqCode");
        apiCode = apiCode.trim();
        uniqCode = uniqCode.trim();
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
        return "WiradiusConfig{baseUrl=" + baseUrl + ", apiCode=****, uniqCode=****, " + (multipart ? "multipart"
                : "urlencoded") + ", " + http + "}";
    }

    /** Builds a {@link WiradiusConfig}. Defaults: the examples' host, 30 s per call as the vendor's sample. */
    public static final class Builder implements HttpSettings.Configurable<Builder> {
        private URI baseUrl = URI.create(VENDOR_URL);
        private String apiCode;
        private String uniqCode;
        private boolean multipart = true;
        private HttpSettings http = HttpSettings.defaults().withRequestTimeout(Duration.ofSeconds(30));

        private Builder() {
        }

        public Builder baseUrl(String value) {
            Objects.requireNonNull(value, "baseUrl");
            return baseUrl(URI.create(value.endsWith("/") ? value.substring(0, value.length() - 1) : value));
        }

        public Builder baseUrl(URI value) {
            this.baseUrl = value;
            return this;
        }

        public Builder apiCode(String value) {
            this.apiCode = value;
            return this;
        }

        public Builder uniqCode(String value) {
            this.uniqCode = value;
            return this;
        }

        /** {@code multipart/form-data} (the default, as the vendor's examples) or urlencoded. */
        public Builder multipart(boolean value) {
            this.multipart = value;
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

        public WiradiusConfig build() {
            return new WiradiusConfig(baseUrl, apiCode, uniqCode, multipart, http);
        }
    }
}
