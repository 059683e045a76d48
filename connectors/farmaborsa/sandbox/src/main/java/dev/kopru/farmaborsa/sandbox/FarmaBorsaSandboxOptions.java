package dev.kopru.farmaborsa.sandbox;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How a {@link FarmaBorsaSandbox} behaves: who may call it, what it is seeded with, its time, its rate limit, the
 * simulated marketplace (product-card approval, a buyer placing orders) and the switches for behaviour that
 * farmaborsa.md marks as [inference]. {@link #builder()} gives DESIGN.md's demo account; {@link #goldenExamples()}
 * the golden state of connectors/farmaborsa/golden/README.md.
 *
 * @param accounts                   pharmacies that may call the API; the first is the seller the simulated buyer
 *                                   orders from unless told otherwise
 * @param demoSeed                   seed of the generated demo data
 * @param demoSize                   demo items to generate (the catalogue knows four in five of their barcodes)
 * @param goldenSet                  seed the fixed records of the golden fixtures (listing 84380, orders 550012-14)
 * @param clock                      the sandbox's time: order dates, approval delays, the rate-limit window
 * @param rateLimit                  the vendor's own limit per account ({@code apiKey}), on by default
 * @param productApprovalDelay       how long a product-card request waits before FarmaBorsa "approves" it;
 *                                   {@code null}: only {@code POST /_sandbox/farmaborsa/product-requests/{id}/approve}
 * @param buyerOrderInterval         the simulated buyer places one order this often; {@code null}: only on request
 * @param publicBaseUri              the host of the cargo-label links; {@code null}: the sandbox's own address
 * @param orderPageSize              orders per {@code sayfa} of SiparisListesi (undocumented) [inference]
 * @param absentAktifPublishes       IlanKaydet without {@code aktif} publishes (the public C# client never sends it);
 *                                   off: .NET's default 0 keeps it passive [inference]
 * @param tumIlanlarGelsinListsAll   IlanlarimListesi {@code tumIlanlarGelsin:true} lists active and passive [inference]
 * @param cargoLinkNeedsConfirmation KargoLinkiOlusturma only for confirmed orders (status 2+) [inference]
 * @param cargoLinkShips             KargoLinkiOlusturma also moves a confirmed order to Kargolandı (3); off: the
 *                                   carrier's scan does, through the admin API [inference]
 * @param legacyVatBuckets           fill kdvToplam8 from 8 % and 10 % lines and kdvToplam18 from 18 % and 20 % lines;
 *                                   off: only 8 % and 18 % lines, as the fields' names say [inference]
 * @param unverifiedOperations       serve IlanHizliDuzenle and UrunSil, seen only in a public client's code
 */
public record FarmaBorsaSandboxOptions(
        List<Account> accounts,
        long demoSeed,
        int demoSize,
        boolean goldenSet,
        Clock clock,
        RateLimit rateLimit,
        Duration productApprovalDelay,
        Duration buyerOrderInterval,
        URI publicBaseUri,
        int orderPageSize,
        boolean absentAktifPublishes,
        boolean tumIlanlarGelsinListsAll,
        boolean cargoLinkNeedsConfirmation,
        boolean cargoLinkShips,
        boolean legacyVatBuckets,
        boolean unverifiedOperations) {

    /** FarmaBorsa is a Turkish marketplace: order dates and date filters are Istanbul time. */
    public static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");

    /** One pharmacy's API credentials; all three travel in every request body. */
    public record Account(String nick, String parola, String apiKey) {
        public Account {
            requireText(nick, "nick");
            requireText(parola, "parola");
            requireText(apiKey, "apiKey");
        }

        /** Secrets stay out of logs: only the nick is shown. */
        @Override
        public String toString() {
            return "Account[nick=" + nick + ", parola=****, apiKey=****]";
        }
    }

    /**
     * A limit of {@code permits} requests per {@code period} and account (a sliding window: never more than
     * {@code permits} in any {@code period}), answered with {@code httpStatus}: 429 as farmaborsa.md assumes, or
     * 200 for a vendor that reports it in the {@code hata}/{@code mesaj} envelope only [inference].
     */
    public record RateLimit(boolean enabled, int permits, Duration period, int httpStatus) {
        public RateLimit {
            Objects.requireNonNull(period, "period");
            if (permits < 1) {
                throw new IllegalArgumentException("rateLimit.permits must be at least 1, was " + permits);
            }
            if (period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("rateLimit.period must be positive, was " + period);
            }
            if (httpStatus != 429 && httpStatus != 200) {
                throw new IllegalArgumentException("rateLimit.httpStatus must be 429 or 200, was " + httpStatus);
            }
        }

        /** The vendor page's "1 dk'da maksimum 10 istek", answered with HTTP 429. */
        public static RateLimit vendorDefault() {
            return new RateLimit(true, 10, Duration.ofMinutes(1), 429);
        }

        public RateLimit withEnabled(boolean on) {
            return new RateLimit(on, permits, period, httpStatus);
        }

        public RateLimit withPermits(int newPermits, Duration newPeriod) {
            return new RateLimit(enabled, newPermits, newPeriod, httpStatus);
        }

        public RateLimit withHttpStatus(int status) {
            return new RateLimit(enabled, permits, period, status);
        }
    }

    public FarmaBorsaSandboxOptions {
        accounts = List.copyOf(accounts);
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(rateLimit, "rateLimit");
        if (accounts.isEmpty()) {
            throw new IllegalArgumentException("accounts: at least one account is needed");
        }
        if (accounts.stream().map(a -> a.nick().toLowerCase(Locale.ROOT)).distinct().count() != accounts.size()
                || accounts.stream().map(Account::apiKey).distinct().count() != accounts.size()) {
            throw new IllegalArgumentException("accounts: every nick and every apiKey must be unique");
        }
        if (demoSize < 0) {
            throw new IllegalArgumentException("demoSize must not be negative, was " + demoSize);
        }
        requirePositiveOrNull(productApprovalDelay, "productApprovalDelay", true);
        requirePositiveOrNull(buyerOrderInterval, "buyerOrderInterval", false);
        if (orderPageSize < 1) {
            throw new IllegalArgumentException("orderPageSize must be at least 1, was " + orderPageSize);
        }
        if (publicBaseUri != null && (publicBaseUri.getScheme() == null || publicBaseUri.getHost() == null)) {
            throw new IllegalArgumentException("publicBaseUri must be an absolute http(s) URI, was " + publicBaseUri);
        }
    }

    /** DESIGN.md's demo account (nick demo, parola demo, apiKey demo-api-key), 40 demo items, the system clock. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The golden state of connectors/farmaborsa/golden/README.md: accounts demoeczane and alicieczane, the fixed
     * records only, clock at 2025-12-03 10:00 Istanbul (after the newest golden order), cargo links under
     * {@code https://sandbox.local}, and the rate limit off (G10 turns it on).
     */
    public static Builder goldenExamples() {
        LocalDateTime morning = LocalDateTime.of(2025, 12, 3, 10, 0);
        return builder().clearAccounts()
                .account("demoeczane", "demo123", "DEMO-KEY")
                .account("alicieczane", "demo123", "DEMO-KEY-2")
                .goldenSet(true).demoSize(0)
                .rateLimit(RateLimit.vendorDefault().withEnabled(false))
                .publicBaseUri(URI.create("https://sandbox.local"))
                .clock(Clock.fixed(morning.atZone(ISTANBUL).toInstant(), ISTANBUL));
    }

    /** The account whose {@code nick} this is, ignoring case. */
    Account account(String nick) {
        return accounts.stream().filter(a -> a.nick().equalsIgnoreCase(nick)).findFirst().orElse(null);
    }

    /** Secrets stay out of logs: accounts show their nick only. */
    @Override
    public String toString() {
        return "FarmaBorsaSandboxOptions[accounts=" + accounts + ", demoSeed=" + demoSeed + ", demoSize=" + demoSize
                + ", goldenSet=" + goldenSet + ", clock=" + clock + ", rateLimit=" + rateLimit
                + ", productApprovalDelay=" + productApprovalDelay + ", buyerOrderInterval=" + buyerOrderInterval
                + ", publicBaseUri=" + publicBaseUri + ", orderPageSize=" + orderPageSize
                + ", absentAktifPublishes=" + absentAktifPublishes + ", tumIlanlarGelsinListsAll="
                + tumIlanlarGelsinListsAll + ", cargoLinkNeedsConfirmation=" + cargoLinkNeedsConfirmation
                + ", cargoLinkShips=" + cargoLinkShips + ", legacyVatBuckets=" + legacyVatBuckets
                + ", unverifiedOperations=" + unverifiedOperations + "]";
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
    }

    private static void requirePositiveOrNull(Duration value, String field, boolean zeroAllowed) {
        if (value != null && (value.isNegative() || (!zeroAllowed && value.isZero()))) {
            throw new IllegalArgumentException(field + " must be " + (zeroAllowed ? "zero or positive" : "positive")
                    + " (or null for off), was " + value);
        }
    }

    /** Builds {@link FarmaBorsaSandboxOptions}; every setter has a default. */
    public static final class Builder {
        private final List<Account> accounts = new ArrayList<>(List.of(new Account("demo", "demo", "demo-api-key")));
        private long demoSeed = 1L;
        private int demoSize = 40;
        private boolean goldenSet;
        private Clock clock = Clock.system(ISTANBUL);
        private RateLimit rateLimit = RateLimit.vendorDefault();
        private Duration productApprovalDelay = Duration.ofMinutes(2);
        private Duration buyerOrderInterval;
        private URI publicBaseUri;
        private int orderPageSize = 50;
        private boolean absentAktifPublishes = true;
        private boolean tumIlanlarGelsinListsAll = true;
        private boolean cargoLinkNeedsConfirmation = true;
        private boolean cargoLinkShips;
        private boolean legacyVatBuckets;
        private boolean unverifiedOperations = true;

        private Builder() {
        }

        /** Removes every account, including the demo one, before {@link #account} adds others. */
        public Builder clearAccounts() {
            accounts.clear();
            return this;
        }

        /** Adds an account (the demo account stays unless {@link #clearAccounts()} ran first). */
        public Builder account(String nick, String parola, String apiKey) {
            accounts.add(new Account(nick, parola, apiKey));
            return this;
        }

        public Builder demoSeed(long seed) {
            this.demoSeed = seed;
            return this;
        }

        public Builder demoSize(int size) {
            this.demoSize = size;
            return this;
        }

        public Builder goldenSet(boolean on) {
            this.goldenSet = on;
            return this;
        }

        public Builder clock(Clock value) {
            this.clock = value;
            return this;
        }

        public Builder rateLimit(RateLimit value) {
            this.rateLimit = value;
            return this;
        }

        /** {@code permits} requests per {@code period} and account, switched on. */
        public Builder rateLimit(int permits, Duration period) {
            this.rateLimit = rateLimit.withPermits(permits, period).withEnabled(true);
            return this;
        }

        public Builder noRateLimit() {
            this.rateLimit = rateLimit.withEnabled(false);
            return this;
        }

        public Builder productApprovalDelay(Duration delay) {
            this.productApprovalDelay = delay;
            return this;
        }

        public Builder buyerOrderInterval(Duration interval) {
            this.buyerOrderInterval = interval;
            return this;
        }

        public Builder publicBaseUri(URI uri) {
            this.publicBaseUri = uri;
            return this;
        }

        public Builder orderPageSize(int size) {
            this.orderPageSize = size;
            return this;
        }

        public Builder absentAktifPublishes(boolean on) {
            this.absentAktifPublishes = on;
            return this;
        }

        public Builder tumIlanlarGelsinListsAll(boolean on) {
            this.tumIlanlarGelsinListsAll = on;
            return this;
        }

        public Builder cargoLinkNeedsConfirmation(boolean on) {
            this.cargoLinkNeedsConfirmation = on;
            return this;
        }

        public Builder cargoLinkShips(boolean on) {
            this.cargoLinkShips = on;
            return this;
        }

        public Builder legacyVatBuckets(boolean on) {
            this.legacyVatBuckets = on;
            return this;
        }

        public Builder unverifiedOperations(boolean on) {
            this.unverifiedOperations = on;
            return this;
        }

        public FarmaBorsaSandboxOptions build() {
            return new FarmaBorsaSandboxOptions(accounts, demoSeed, demoSize, goldenSet, clock, rateLimit,
                    productApprovalDelay, buyerOrderInterval, publicBaseUri, orderPageSize, absentAktifPublishes,
                    tumIlanlarGelsinListsAll, cargoLinkNeedsConfirmation, cargoLinkShips, legacyVatBuckets,
                    unverifiedOperations);
        }
    }
}
