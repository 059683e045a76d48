package dev.kopru.dia.sandbox;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How a {@link DiaSandbox} behaves. Every {@code [inference]} of dia.md that a client could depend on is a setting
 * here, with the reference's default, so a test can switch it.
 *
 * @param username            the web-service user ({@code ws})
 * @param password            its password
 * @param apiKey              the application's API key, checked at login only
 * @param firms               the firms and periods the user may use
 * @param demoSeed            seed of the Turkish demo data
 * @param demoSize            how many demo cari, stok cards and invoices to seed
 * @param goldenSet           whether the records of dia.md's golden examples are seeded (cari 1201, 1202, ...)
 * @param clock               the sandbox's time: session idle expiry, {@code _date}, {@code _cdate}
 * @param sessionIdle         a session unused this long is gone (dia.md §3: one hour)
 * @param kontor              the kontör balance at start and after a reset
 * @param costPerCall         kontör per billable call (dia.md §1: 0.0125; login and logout are free)
 * @param expiredSessionCode  the {@code code} of an unknown or expired session: {@code 401} with
 *                            {@code INVALID_SESSION} (default, inference) or {@code 419} ({@code LOGIN_TIMEOUT})
 * @param mirrorStatusInHttp  whether the HTTP status repeats the body's {@code code} (default: always HTTP 200)
 */
public record DiaSandboxOptions(String username, String password, String apiKey, List<Firm> firms, long demoSeed,
                                int demoSize, boolean goldenSet, Clock clock, Duration sessionIdle, BigDecimal kontor,
                                BigDecimal costPerCall, String expiredSessionCode, boolean mirrorStatusInHttp) {

    /** A firm the user may use: its real code, name and period codes. */
    public record Firm(int code, String name, List<Integer> periods) {
        public Firm {
            Objects.requireNonNull(name, "name");
            periods = List.copyOf(periods);
        }
    }

    public DiaSandboxOptions {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(apiKey, "apiKey");
        firms = List.copyOf(firms);
        if (demoSize < 0) {
            throw new IllegalArgumentException("demoSize must not be negative, was " + demoSize);
        }
        Objects.requireNonNull(clock, "clock");
        if (sessionIdle.isNegative() || sessionIdle.isZero()) {
            throw new IllegalArgumentException("sessionIdle must be positive, was " + sessionIdle);
        }
        if (kontor.signum() < 0 || costPerCall.signum() < 0) {
            throw new IllegalArgumentException("kontor and costPerCall must not be negative");
        }
        if (!expiredSessionCode.equals(DiaError.UNAUTHORIZED) && !expiredSessionCode.equals(DiaError.LOGIN_TIMEOUT)) {
            throw new IllegalArgumentException("expiredSessionCode must be 401 or 419, was " + expiredSessionCode);
        }
    }

    /** DESIGN.md's demo: user ws/ws, API key demo-api-key, firm 34 with period 1, 20 demo records of each kind. */
    public static Builder builder() {
        return new Builder();
    }

    /** The set-up of dia.md's golden examples: API key {@code APIKEY-123}, their records and no demo data. */
    public static Builder goldenExamples() {
        return new Builder().apiKey("APIKEY-123").goldenSet(true).demoSize(0);
    }

    public Builder toBuilder() {
        return new Builder().username(username).password(password).apiKey(apiKey).firms(firms).demoSeed(demoSeed)
                .demoSize(demoSize).goldenSet(goldenSet).clock(clock).sessionIdle(sessionIdle).kontor(kontor)
                .costPerCall(costPerCall).expiredSessionCode(expiredSessionCode)
                .mirrorStatusInHttp(mirrorStatusInHttp);
    }

    @Override
    public String toString() {
        return "DiaSandboxOptions{username=" + username + ", password=****, apiKey=****, firms=" + firms
                + ", demoSeed=" + demoSeed + ", demoSize=" + demoSize + ", goldenSet=" + goldenSet + ", sessionIdle="
                + sessionIdle + ", kontor=" + kontor + ", costPerCall=" + costPerCall + ", expiredSessionCode="
                + expiredSessionCode + ", mirrorStatusInHttp=" + mirrorStatusInHttp + "}";
    }

    /** Builds {@link DiaSandboxOptions}; every setting starts at DESIGN.md's demo value. */
    public static final class Builder {
        private String username = "ws";
        private String password = "ws";
        private String apiKey = "demo-api-key";
        private List<Firm> firms = List.of(new Firm(34, "ÖRNEK GIDA A.Ş.", List.of(1)));
        private long demoSeed = 1;
        private int demoSize = 20;
        private boolean goldenSet;
        private Clock clock = Clock.systemUTC();
        private Duration sessionIdle = Duration.ofHours(1);
        private BigDecimal kontor = new BigDecimal("1000.0000");
        private BigDecimal costPerCall = new BigDecimal("0.0125");
        private String expiredSessionCode = DiaError.UNAUTHORIZED;
        private boolean mirrorStatusInHttp;

        private Builder() {
        }

        public Builder username(String value) { username = value; return this; }

        public Builder password(String value) { password = value; return this; }

        public Builder apiKey(String value) { apiKey = value; return this; }

        public Builder firms(List<Firm> value) { firms = value; return this; }

        public Builder demoSeed(long value) { demoSeed = value; return this; }

        public Builder demoSize(int value) { demoSize = value; return this; }

        public Builder goldenSet(boolean value) { goldenSet = value; return this; }

        public Builder clock(Clock value) { clock = value; return this; }

        public Builder sessionIdle(Duration value) { sessionIdle = value; return this; }

        public Builder kontor(BigDecimal value) { kontor = value; return this; }

        public Builder costPerCall(BigDecimal value) { costPerCall = value; return this; }

        public Builder expiredSessionCode(String value) { expiredSessionCode = value; return this; }

        public Builder mirrorStatusInHttp(boolean value) { mirrorStatusInHttp = value; return this; }

        public DiaSandboxOptions build() {
            return new DiaSandboxOptions(username, password, apiKey, firms, demoSeed, demoSize, goldenSet, clock,
                    sessionIdle, kontor, costPerCall, expiredSessionCode, mirrorStatusInHttp);
        }
    }
}
