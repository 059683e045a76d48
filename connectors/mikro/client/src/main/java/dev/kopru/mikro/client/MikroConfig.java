package dev.kopru.mikro.client;

import static dev.kopru.core.connector.support.ConfigChecks.requireHttpUrl;
import static dev.kopru.core.connector.support.ConfigChecks.requireText;

import dev.kopru.connector.kit.http.HttpSettings;
import dev.kopru.core.input.InvalidInputException;
import java.net.URI;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a {@link MikroClient} needs to call one Mikro installation. Immutable; {@link #toString()} masks the
 * API key and the password, so a config is safe to log.
 *
 * @param baseUrl e.g. {@code http://mikro-host:8094} (v17) or {@code :8084} (v16)
 * @param calismaYili the working year whose data the calls read and write; {@code null}: the server's current
 *                    year, taken afresh for each call (a company has a database per year, mikro.md §12.5)
 * @param firmaNo sent as {@code FirmaNo} where the operation documents it (0 when not set) and in every other
 *                credential block only when set
 * @param http    timeouts, clock and HTTP client, as for every vendor
 */
public record MikroConfig(URI baseUrl, String apiKey, String firmaKodu, String calismaYili, String kullaniciKodu,
                          String password, Integer firmaNo, Integer subeNo, HttpSettings http) {

    public MikroConfig {
        requireHttpUrl(baseUrl, "baseUrl");
        requireText(apiKey, "apiKey");
        requireText(firmaKodu, "firmaKodu");
        if (calismaYili != null && !calismaYili.matches("\\d{4}")) {
            throw new InvalidInputException("calismaYili", "must be a year such as 2025, was '" + calismaYili + "'");
        }
        requireText(kullaniciKodu, "kullaniciKodu");
        // An empty password is legal: MikRapor hashes only the date for such users (mikro.md §3.2).
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(http, "http");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The same connection in another working year, to read a past year (reports compare years). */
    public MikroConfig inYear(int year) {
        return new MikroConfig(baseUrl, apiKey, firmaKodu, Integer.toString(year), kullaniciKodu, password, firmaNo,
                subeNo, http);
    }

    public Optional<Integer> firmaNoIfSet() {
        return Optional.ofNullable(firmaNo);
    }

    public Optional<Integer> subeNoIfSet() {
        return Optional.ofNullable(subeNo);
    }

    public Clock clock() {
        return http.clock();
    }

    @Override
    public String toString() {
        return "MikroConfig{baseUrl=" + baseUrl + ", apiKey=****, firmaKodu=" + firmaKodu + ", calismaYili="
                + calismaYili + ", kullaniciKodu=" + kullaniciKodu + ", password=****, firmaNo=" + firmaNo
                + ", subeNo=" + subeNo + ", " + http + "}";
    }

    /** Builds a {@link MikroConfig}; HTTP defaults as {@link HttpSettings#defaults()}. */
    public static final class Builder implements HttpSettings.Configurable<Builder> {
        private URI baseUrl;
        private String apiKey;
        private String firmaKodu;
        private String calismaYili;
        private String kullaniciKodu;
        private String password;
        private Integer firmaNo;
        private Integer subeNo;
        private HttpSettings http = HttpSettings.defaults();

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

        @Override
        public HttpSettings http() {
            return http;
        }

        @Override
        public Builder http(HttpSettings http) {
            this.http = http;
            return this;
        }

        public MikroConfig build() {
            return new MikroConfig(baseUrl, apiKey, firmaKodu, calismaYili, kullaniciKodu, password, firmaNo, subeNo,
                    http);
        }
    }
}
