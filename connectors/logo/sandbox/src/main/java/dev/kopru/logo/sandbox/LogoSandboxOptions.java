package dev.kopru.logo.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How a {@link LogoSandbox} behaves. Every {@code [inference]} of vendors/logo.md is a setting here, so a test can
 * switch it: the token lifetime, whether the client's Basic credentials are required, the default and largest page,
 * the text of a refused login, the slip types each data object takes.
 *
 * @param username           the Logo user that may log in
 * @param password           its password
 * @param firmNo             the firm number a token is issued for ({@code 1} accepts {@code 1} and {@code 001})
 * @param clientId           the REST service's client id, checked when a Basic header is sent
 * @param clientSecret       its secret
 * @param requireBasic       whether a token request without a Basic header is refused (off: public clients work)
 * @param tokenTtl           how long a token is valid ({@code expires_in}); the faults' session TTL overrides it
 * @param defaultLimit       the page size when {@code limit} is absent ("Varsayılan Sorgu Kayıt Limiti")
 * @param maxLimit           the largest page served; a larger {@code limit} is cut to it
 * @param invalidGrantText   the {@code error_description} of a refused login
 * @param slipTypes          the header {@code TYPE}s each data object takes, others refused with key {@code TYPE}
 *                           (default: logo.md §6.3's invoice lists and §6.5's cari slip types; a data object not
 *                           named takes any)
 * @param goldenSet          seed the records the golden examples of logo.md §Golden use, instead of demo data
 * @param demoSeed           the demo data's seed
 * @param demoSize           how many parties, items and invoices the demo data has
 * @param clock              the time tokens are issued and expire by
 * @param services           codes of the service cards ({@code services}) the firm holds besides the seeded records,
 *                           as a real firm holds the cards its invoices' service lines name
 * @param safeDeposits       codes of the kasa cards ({@code safeDeposits}) it holds so, for its cash slips'
 *                           {@code SD_CODE}
 */
public record LogoSandboxOptions(String username, String password, int firmNo, String clientId, String clientSecret,
                                 boolean requireBasic, Duration tokenTtl, int defaultLimit, int maxLimit,
                                 String invalidGrantText, Map<String, Set<Integer>> slipTypes, boolean goldenSet,
                                 long demoSeed, int demoSize, Clock clock, List<String> services,
                                 List<String> safeDeposits) {

    public LogoSandboxOptions {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        Objects.requireNonNull(tokenTtl, "tokenTtl");
        Objects.requireNonNull(invalidGrantText, "invalidGrantText");
        slipTypes = Map.copyOf(slipTypes);
        Objects.requireNonNull(clock, "clock");
        services = List.copyOf(services);
        safeDeposits = List.copyOf(safeDeposits);
        if (defaultLimit < 1 || maxLimit < defaultLimit) {
            throw new IllegalArgumentException("limits: need 1 <= defaultLimit <= maxLimit, were " + defaultLimit
                    + " and " + maxLimit);
        }
    }

    /** DESIGN.md's demo set-up: LOGO / LOGO, firm 1, client kopru:kopru, 50 demo records of each kind. */
    public static Builder builder() {
        return new Builder();
    }

    /** The set-up of logo.md's golden examples: LOGO / Logo1234, firm 1, client logoclient:secret, golden records. */
    public static Builder goldenExamples() {
        return new Builder().password("Logo1234").clientId("logoclient").clientSecret("secret").goldenSet(true);
    }

    public Builder toBuilder() {
        return new Builder().username(username).password(password).firmNo(firmNo).clientId(clientId)
                .clientSecret(clientSecret).requireBasic(requireBasic).tokenTtl(tokenTtl).defaultLimit(defaultLimit)
                .maxLimit(maxLimit).invalidGrantText(invalidGrantText).slipTypes(slipTypes).goldenSet(goldenSet).demoSeed(demoSeed)
                .demoSize(demoSize).clock(clock).services(services.toArray(String[]::new))
                .safeDeposits(safeDeposits.toArray(String[]::new));
    }

    @Override
    public String toString() {
        return "LogoSandboxOptions{username=" + username + ", password=****, firmNo=" + firmNo + ", clientId="
                + clientId + ", requireBasic=" + requireBasic + ", tokenTtl=" + tokenTtl + ", defaultLimit="
                + defaultLimit + ", maxLimit=" + maxLimit + ", goldenSet=" + goldenSet + ", demoSeed=" + demoSeed
                + ", demoSize=" + demoSize + ", services=" + services + ", safeDeposits=" + safeDeposits + "}";
    }

    /** Builds {@link LogoSandboxOptions}; defaults as {@link #builder()} says. */
    public static final class Builder {
        private String username = "LOGO";
        private String password = "LOGO";
        private int firmNo = 1;
        private String clientId = "kopru";
        private String clientSecret = "kopru";
        private boolean requireBasic;
        // OWIN's default lifetime as logo.md §2 infers it.
        private Duration tokenTtl = Duration.ofSeconds(1199);
        private int defaultLimit = 10;
        private int maxLimit = 1000;
        private String invalidGrantText = "Kullanıcı adı veya şifre hatalı.";
        private Map<String, Set<Integer>> slipTypes = Resources.SLIP_TYPES;
        private boolean goldenSet;
        private long demoSeed = 42;
        private int demoSize = 50;
        private Clock clock = Clock.systemUTC();
        private List<String> services = List.of();
        private List<String> safeDeposits = List.of();

        private Builder() {
        }

        public Builder username(String value) {
            this.username = value;
            return this;
        }

        public Builder password(String value) {
            this.password = value;
            return this;
        }

        public Builder firmNo(int value) {
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

        public Builder requireBasic(boolean value) {
            this.requireBasic = value;
            return this;
        }

        public Builder tokenTtl(Duration value) {
            this.tokenTtl = value;
            return this;
        }

        public Builder defaultLimit(int value) {
            this.defaultLimit = value;
            return this;
        }

        public Builder maxLimit(int value) {
            this.maxLimit = value;
            return this;
        }

        public Builder invalidGrantText(String value) {
            this.invalidGrantText = value;
            return this;
        }

        public Builder slipTypes(Map<String, Set<Integer>> value) {
            this.slipTypes = value;
            return this;
        }

        public Builder goldenSet(boolean value) {
            this.goldenSet = value;
            return this;
        }

        public Builder demoSeed(long value) {
            this.demoSeed = value;
            return this;
        }

        public Builder demoSize(int value) {
            this.demoSize = value;
            return this;
        }

        public Builder clock(Clock value) {
            this.clock = value;
            return this;
        }

        public Builder services(String... codes) {
            this.services = List.of(codes);
            return this;
        }

        public Builder safeDeposits(String... codes) {
            this.safeDeposits = List.of(codes);
            return this;
        }

        public LogoSandboxOptions build() {
            return new LogoSandboxOptions(username, password, firmNo, clientId, clientSecret, requireBasic, tokenTtl,
                    defaultLimit, maxLimit, invalidGrantText, slipTypes, goldenSet, demoSeed, demoSize, clock,
                    services, safeDeposits);
        }
    }
}
