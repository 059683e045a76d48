package dev.kopru.mikro.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How a {@link MikroSandbox} behaves: who may call it, what it is seeded with, and the switches for behaviour that
 * mikro.md marks as inference. Defaults are the demo credentials of DESIGN.md; {@link #goldenExamples()} gives the
 * set-up of mikro.md §10.
 *
 * @param apiKey                 the only {@code ApiKey} accepted
 * @param companies              accepted {@code FirmaKodu} values (compared ignoring case)
 * @param years                  accepted {@code CalismaYili} values
 * @param users                  {@code KullaniciKodu} to plain password; an empty password hashes the date alone
 * @param seedLogin              the seed's V1 login ({@code KullaniciAdi}, plain {@code Sifre}, {@code FirmaNo})
 * @param demoSeed               seed of the generated demo data
 * @param demoSize               how many demo parties and items to generate (0: none)
 * @param goldenSet              also seed the fixed records of mikro.md §10 (cari 120.01.001/002, item BAR-001, ...)
 * @param clock                  the sandbox's time: the daily hash and every create/change date come from it
 * @param adjacentDayTolerance   accept the hash of the day before or after (off, as real servers: §12.3 — a
 *                               tolerant sandbox hides the bug of clients that hash the UTC date)
 * @param mirrorStatusInHttp     answer envelope errors with their StatusCode as the HTTP status (default HTTP 200)
 * @param demoLicenceLimit       refuse writes beyond {@link #DEMO_LICENCE_RECORDS} records per table
 * @param loginReturnsSessionId  APILogin answers {@code Data: {"SessionId": ...}} (off: {@code Data: null} as in G2)
 * @param sessionTtl             how long a V1 session lives unless the sandbox's fault knob says otherwise
 * @param inferredReplies        the replies first inferred (mikro.md §4.3), not those seen on real servers (§12.1,
 *                               §12.4): save methods answer {@code Data} as a bare array of
 *                               {@code <prefix>_evrakno_seri/_sira/_Guid}, successes carry
 *                               {@code ErrorMessage: null} instead of {@code ""}, and SqlVeriOkuV2 writes values as
 *                               the lists do (ISO dates, codes as numbers, Guids in lower case)
 * @param sqlErrorsAsEmptyResult answer SQL that names an unknown table or column with an empty result, as some
 *                               Mikro versions do (§12.2), instead of SQL Server's message
 * @param decimalsInShortestForm SqlVeriOkuV2 writes every decimal in shortest form, as a float; off, a value SQL
 *                               Server types {@code decimal} (a literal {@code 1.50}, a CAST or CONVERT to
 *                               decimal, numeric or money) keeps its scale, as .NET writes a {@code decimal}
 *                               [inference: §12.4 shows only floats]
 */
public record MikroSandboxOptions(
        String apiKey,
        Set<String> companies,
        Set<Integer> years,
        Map<String, String> users,
        SeedLogin seedLogin,
        long demoSeed,
        int demoSize,
        boolean goldenSet,
        Clock clock,
        boolean adjacentDayTolerance,
        boolean mirrorStatusInHttp,
        boolean demoLicenceLimit,
        boolean loginReturnsSessionId,
        Duration sessionTtl,
        boolean inferredReplies,
        boolean sqlErrorsAsEmptyResult,
        boolean decimalsInShortestForm) {

    /** Mikro servers run in Türkiye: "today" for the daily hash is the Istanbul date. */
    public static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");

    /** What a demo licence allows per table. */
    public static final int DEMO_LICENCE_RECORDS = 100;

    /** The seed's V1 login: user name, plain password, company number; any {@code Donem} 1-12 is accepted. */
    public record SeedLogin(String userName, String password, int firmaNo) {
        public SeedLogin {
            Objects.requireNonNull(userName, "userName");
            Objects.requireNonNull(password, "password");
        }

        @Override
        public String toString() {
            return "SeedLogin[userName=" + userName + ", password=****, firmaNo=" + firmaNo + "]";
        }
    }

    public MikroSandboxOptions {
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(sessionTtl, "sessionTtl");
        companies = Set.copyOf(companies);
        years = Set.copyOf(years);
        users = Map.copyOf(users);
        if (companies.isEmpty() || years.isEmpty() || users.isEmpty()) {
            throw new IllegalArgumentException("at least one company, one year and one user are needed");
        }
        if (demoSize < 0) {
            throw new IllegalArgumentException("demoSize must not be negative, was " + demoSize);
        }
        if (sessionTtl.isNegative() || sessionTtl.isZero()) {
            throw new IllegalArgumentException("sessionTtl must be positive, was " + sessionTtl);
        }
    }

    /** Options with DESIGN.md's demo credentials, a small demo data set, no golden set and the system clock. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * mikro.md §10: DEMO-KEY / KOPRU / 2025 / SRV / 123asd, the golden records only, clock at 2025-11-22 Istanbul,
     * and APILogin answering {@code Data: null} exactly as golden example G2 shows.
     */
    public static Builder goldenExamples() {
        LocalDateTime noon = LocalDateTime.of(2025, 11, 22, 12, 0);
        return builder().apiKey("DEMO-KEY").company("KOPRU").year(2025).user("SRV", "123asd")
                .goldenSet(true).demoSize(0).loginReturnsSessionId(false)
                .clock(Clock.fixed(noon.atZone(ISTANBUL).toInstant(), ISTANBUL));
    }

    /** Secrets stay out of logs: the API key and the passwords are not shown. */
    @Override
    public String toString() {
        return "MikroSandboxOptions[apiKey=****, companies=" + companies + ", years=" + years + ", users="
                + users.keySet() + ", seedLogin=" + seedLogin + ", demoSeed=" + demoSeed + ", demoSize=" + demoSize
                + ", goldenSet=" + goldenSet + ", clock=" + clock + ", adjacentDayTolerance=" + adjacentDayTolerance
                + ", mirrorStatusInHttp=" + mirrorStatusInHttp + ", demoLicenceLimit=" + demoLicenceLimit
                + ", loginReturnsSessionId=" + loginReturnsSessionId + ", sessionTtl=" + sessionTtl
                + ", inferredReplies=" + inferredReplies + ", sqlErrorsAsEmptyResult=" + sqlErrorsAsEmptyResult
                + ", decimalsInShortestForm=" + decimalsInShortestForm + "]";
    }

    /** Builds {@link MikroSandboxOptions}; every setter has a default. */
    public static final class Builder {
        private String apiKey = "demo-api-key";
        private final Set<String> companies = new LinkedHashSet<>();
        private final Set<Integer> years = new LinkedHashSet<>();
        private final Map<String, String> users = new LinkedHashMap<>();
        private SeedLogin seedLogin = new SeedLogin("admin", "admin123", 1);
        private long demoSeed = 1L;
        private int demoSize = 20;
        private boolean goldenSet;
        private Clock clock = Clock.system(ISTANBUL);
        private boolean adjacentDayTolerance;
        private boolean mirrorStatusInHttp;
        private boolean demoLicenceLimit;
        private boolean loginReturnsSessionId = true;
        private Duration sessionTtl = Duration.ofMinutes(30);
        private boolean inferredReplies;
        private boolean sqlErrorsAsEmptyResult;
        private boolean decimalsInShortestForm;

        private Builder() {
        }

        public Builder apiKey(String apiKey) {
            this.apiKey = apiKey;
            return this;
        }

        /** Adds an accepted company code; without any, {@code DEMO}. */
        public Builder company(String firmaKodu) {
            companies.add(firmaKodu);
            return this;
        }

        /** Adds an accepted working year; without any, the clock's current year. */
        public Builder year(int calismaYili) {
            years.add(calismaYili);
            return this;
        }

        /** Adds a user; without any, {@code SRV} with password {@code admin123}. */
        public Builder user(String kullaniciKodu, String password) {
            users.put(kullaniciKodu, password);
            return this;
        }

        public Builder seedLogin(SeedLogin seedLogin) {
            this.seedLogin = seedLogin;
            return this;
        }

        public Builder demoSeed(long demoSeed) {
            this.demoSeed = demoSeed;
            return this;
        }

        public Builder demoSize(int demoSize) {
            this.demoSize = demoSize;
            return this;
        }

        public Builder goldenSet(boolean goldenSet) {
            this.goldenSet = goldenSet;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public Builder adjacentDayTolerance(boolean on) {
            this.adjacentDayTolerance = on;
            return this;
        }

        public Builder mirrorStatusInHttp(boolean on) {
            this.mirrorStatusInHttp = on;
            return this;
        }

        public Builder demoLicenceLimit(boolean on) {
            this.demoLicenceLimit = on;
            return this;
        }

        public Builder loginReturnsSessionId(boolean on) {
            this.loginReturnsSessionId = on;
            return this;
        }

        public Builder sessionTtl(Duration sessionTtl) {
            this.sessionTtl = sessionTtl;
            return this;
        }

        public Builder inferredReplies(boolean on) {
            this.inferredReplies = on;
            return this;
        }

        public Builder sqlErrorsAsEmptyResult(boolean on) {
            this.sqlErrorsAsEmptyResult = on;
            return this;
        }

        public Builder decimalsInShortestForm(boolean on) {
            this.decimalsInShortestForm = on;
            return this;
        }

        public MikroSandboxOptions build() {
            Set<String> companySet = companies.isEmpty() ? Set.of("DEMO") : companies;
            Set<Integer> yearSet = years.isEmpty() ? Set.of(LocalDateTime.now(clock.withZone(ISTANBUL)).getYear())
                    : years;
            Map<String, String> userMap = users.isEmpty() ? Map.of("SRV", "admin123") : users;
            return new MikroSandboxOptions(apiKey, companySet, yearSet, userMap, seedLogin, demoSeed, demoSize,
                    goldenSet, clock, adjacentDayTolerance, mirrorStatusInHttp, demoLicenceLimit,
                    loginReturnsSessionId, sessionTtl, inferredReplies, sqlErrorsAsEmptyResult,
                    decimalsInShortestForm);
        }
    }
}
