package dev.kopru.mikro.client;

import static dev.kopru.core.connector.support.ConfigChecks.requireBetween;
import static dev.kopru.core.connector.support.ConfigChecks.requireHttpUrl;
import static dev.kopru.core.connector.support.ConfigChecks.requireText;

import dev.kopru.core.input.InvalidInputException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a {@link MikroClient} needs to call one Mikro installation. Immutable; {@link #toString()} masks the
 * API key and the password, so a config is safe to log.
 *
 * @param baseUrl        e.g. {@code http://mikro-host:8094} (v17) or {@code :8084} (v16)
 * @param firmaNo        sent as {@code FirmaNo} where the operation documents it (0 when not set) and in every other
 *                       credential block only when set
 * @param readAttempts   how many times a read is tried in all (writes are tried exactly once)
 * @param retryBackoff   pause before the second attempt of a read; doubled for each further one
 * @param httpClient     an injected client (tests, proxies); {@code null} builds one with {@code connectTimeout}
 */
public record MikroConfig(URI baseUrl, String apiKey, String firmaKodu, String calismaYili, String kullaniciKodu,
                          String password, Integer firmaNo, Integer subeNo, Duration connectTimeout,
                          Duration requestTimeout, int readAttempts, Duration retryBackoff, Clock clock,
                          HttpClient httpClient) {

    public MikroConfig {
        requireHttpUrl(baseUrl, "baseUrl");
        requireText(apiKey, "apiKey");
        requireText(firmaKodu, "firmaKodu");
        requireText(calismaYili, "calismaYili");
        if (!calismaYili.matches("\\d{4}")) {
            throw new InvalidInputException("calismaYili", "must be a year such as 2025, was '" + calismaYili + "'");
        }
        requireText(kullaniciKodu, "kullaniciKodu");
        // An empty password is legal: MikRapor hashes only the date for such users (mikro.md §3.2).
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        requireBetween(readAttempts, 1, 5, "readAttempts");
        Objects.requireNonNull(retryBackoff, "retryBackoff");
        Objects.requireNonNull(clock, "clock");
    }

    public static Builder builder() {
        return new Builder();
    }

    public Optional<Integer> firmaNoIfSet() {
        return Optional.ofNullable(firmaNo);
    }

    public Optional<Integer> subeNoIfSet() {
        return Optional.ofNullable(subeNo);
    }

    @Override
    public String toString() {
        return "MikroConfig{baseUrl=" + baseUrl + ", apiKey=****, firmaKodu=" + firmaKodu + ", calismaYili="
                + calismaYili + ", kullaniciKodu=" + kullaniciKodu + ", password=****, firmaNo=" + firmaNo
                + ", subeNo=" + subeNo + ", connectTimeout=" + connectTimeout + ", requestTimeout=" + requestTimeout
                + ", readAttempts=" + readAttempts + "}";
    }

    /** Builds a {@link MikroConfig}; defaults: 10 s connect, 60 s request timeout, 3 read attempts, 200 ms backoff. */
    public static final class Builder {
        private URI baseUrl;
        private String apiKey;
        private String firmaKodu;
        private String calismaYili;
        private String kullaniciKodu;
        private String password;
        private Integer firmaNo;
        private Integer subeNo;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration requestTimeout = Duration.ofSeconds(60);
        private int readAttempts = 3;
        private Duration retryBackoff = Duration.ofMillis(200);
        private Clock clock = Clock.systemUTC();
        private HttpClient httpClient;

        private Builder() {
        }

        public Builder baseUrl(String baseUrl) {
            return baseUrl(URI.create(baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl));
        }

        public Builder baseUrl(URI baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }

        public Builder apiKey(String apiKey) {
            this.apiKey = apiKey;
            return this;
        }

        public Builder firmaKodu(String firmaKodu) {
            this.firmaKodu = firmaKodu;
            return this;
        }

        public Builder calismaYili(String calismaYili) {
            this.calismaYili = calismaYili;
            return this;
        }

        public Builder kullaniciKodu(String kullaniciKodu) {
            this.kullaniciKodu = kullaniciKodu;
            return this;
        }

        public Builder password(String password) {
            this.password = password;
            return this;
        }

        public Builder firmaNo(Integer firmaNo) {
            this.firmaNo = firmaNo;
            return this;
        }

        public Builder subeNo(Integer subeNo) {
            this.subeNo = subeNo;
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

        public MikroConfig build() {
            return new MikroConfig(baseUrl, apiKey, firmaKodu, calismaYili, kullaniciKodu, password, firmaNo, subeNo,
                    connectTimeout, requestTimeout, readAttempts, retryBackoff, clock, httpClient);
        }
    }
}
