package dev.kopru.wiradius.sandbox;

import dev.kopru.testkit.demodata.DemoData;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * How a {@link WiradiusSandbox} starts. The switches marked [inference] are defaults of ours, not the vendor's
 * documented behaviour (wiradius.md), so a test can turn them to the other reading.
 *
 * @param apiCode          the operator's {@code api_code}, the last path segment of every service
 * @param uniqCode         the operator's {@code uniq_code}, a form field of every request
 * @param golden           the golden examples' records (wiradius.md §8) instead of generated ISP data
 * @param demoSeed         the seed of the generated data
 * @param subscribers      how many subscribers the generated data has
 * @param referenceDate    the "today" of the generated data: twelve months of invoices end before it
 * @param pageSize         rows per page of {@code cari_list} and {@code invoice/list}; the vendor's 1000
 * @param settings         the knobs that can change while the sandbox runs
 */
public record WiradiusSandboxOptions(String apiCode, String uniqCode, boolean golden, long demoSeed, int subscribers,
                                     LocalDate referenceDate, int pageSize, Settings settings) {

    public static final String DEMO_API_CODE = "demo-api-code";
    public static final String DEMO_UNIQ_CODE = "demo-uniq-code";
    public static final int VENDOR_PAGE_SIZE = 1000;

    /** What {@code data} is when there is nothing to return: the reference only says "empty" [inference]. */
    public enum EmptyData {
        ARRAY("[]"), OBJECT("{}"), EMPTY_STRING("\"\""), NULL("null"), MISSING(null);

        private final String json;

        EmptyData(String json) {
            this.json = json;
        }

        /** The JSON text of {@code data}, or null when the member is left out. */
        String json() {
            return json;
        }
    }

    /**
     * The knobs of {@code /_sandbox/wiradius/settings}.
     *
     * @param allowedIps       when not empty, only these client addresses are served; others get HTTP 403 [seed: the
     *                         allow-list; inference: its answer]
     * @param emptyData        the form of an empty {@code data} [inference]
     * @param validationStatus the {@code status} of a refused request: {@code danger} or {@code warning} [inference]
     * @param cariTypeService  whether the invented {@code /invoice/cari_type/} lookup is served (§5.5, no path known)
     */
    public record Settings(Set<String> allowedIps, EmptyData emptyData, String validationStatus,
                           boolean cariTypeService) {
        public Settings {
            allowedIps = Set.copyOf(allowedIps);
            Objects.requireNonNull(emptyData, "emptyData");
            if (!"danger".equals(validationStatus) && !"warning".equals(validationStatus)) {
                throw new IllegalArgumentException("validationStatus: must be danger or warning, was "
                        + validationStatus);
            }
        }

        public static Settings defaults() {
            return new Settings(Set.of(), EmptyData.ARRAY, "danger", true);
        }
    }

    public WiradiusSandboxOptions {
        Objects.requireNonNull(apiCode, "apiCode");
        Objects.requireNonNull(uniqCode, "uniqCode");
        Objects.requireNonNull(referenceDate, "referenceDate");
        Objects.requireNonNull(settings, "settings");
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize: must be at least 1, was " + pageSize);
        }
        if (subscribers < 0) {
            throw new IllegalArgumentException("subscribers: must not be negative, was " + subscribers);
        }
    }

    /** DESIGN.md's demo operator with 40 generated subscribers. */
    public static Builder builder() {
        return new Builder();
    }

    /** The golden examples' operator (TEST-API-CODE / TEST-UNIQ-CODE) and records. */
    public static Builder goldenExamples() {
        return new Builder().apiCode("TEST-API-CODE").uniqCode("TEST-UNIQ-CODE").golden(true);
    }

    /** Builds {@link WiradiusSandboxOptions}. */
    public static final class Builder {
        private String apiCode = DEMO_API_CODE;
        private String uniqCode = DEMO_UNIQ_CODE;
        private boolean golden;
        private long demoSeed = 42;
        private int subscribers = 40;
        private LocalDate referenceDate = DemoData.DEFAULT_REFERENCE_DATE;
        private int pageSize = VENDOR_PAGE_SIZE;
        private Settings settings = Settings.defaults();

        private Builder() {
        }

        public Builder apiCode(String value) {
            this.apiCode = value;
            return this;
        }

        public Builder uniqCode(String value) {
            this.uniqCode = value;
            return this;
        }

        public Builder golden(boolean value) {
            this.golden = value;
            return this;
        }

        public Builder demoSeed(long value) {
            this.demoSeed = value;
            return this;
        }

        public Builder subscribers(int value) {
            this.subscribers = value;
            return this;
        }

        public Builder referenceDate(LocalDate value) {
            this.referenceDate = value;
            return this;
        }

        public Builder pageSize(int value) {
            this.pageSize = value;
            return this;
        }

        public Builder settings(Settings value) {
            this.settings = value;
            return this;
        }

        public WiradiusSandboxOptions build() {
            return new WiradiusSandboxOptions(apiCode, uniqCode, golden, demoSeed, subscribers, referenceDate, pageSize,
                    settings);
        }
    }
}
