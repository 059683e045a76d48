package dev.kopru.server.connections;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.kopru.core.connector.ConnectorException;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * The outcome of {@code POST /api/v1/connections/{id}/test}, like seed 000's test-connection: either the vendor
 * answered and accepted the credentials, or a {@link Problem} saying what is wrong in the vendor's own words.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConnectionTest(boolean ok, String vendor, String message, long latencyMs, Problem problem,
                             Credit credit) {

    /**
     * What is wrong: {@code type} is one of {@code unreachable}, {@code bad-credentials},
     * {@code bad-company-or-period}, {@code rate-limited}, {@code vendor-unavailable}, {@code vendor-rejected},
     * {@code vendor-not-found}, {@code invalid-config}.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Problem(String type, String detail, String vendorMessage, String operation) {
    }

    /**
     * The prepaid credit of a vendor that bills calls (DİA's kontör): the balance the vendor reported, and what this
     * node's connector has been billed since it was opened.
     */
    public record Credit(String unit, BigDecimal balance, long billedCalls, BigDecimal spent) {
    }

    /**
     * The vendor's refusals that name the company or the working period rather than the user (Mikro says
     * "Veritabanı bulunamadı!" for an unknown company: each company is a database).
     */
    private static final Pattern COMPANY_OR_PERIOD =
            Pattern.compile("(?iu)firma|şirket|company|veritaban|çalışma yılı|calisma|yıl|dönem|donem|period");

    static ConnectionTest passed(String vendor, String title, long latencyMs, Credit credit) {
        return new ConnectionTest(true, vendor, title + ": reachable, and the credentials were accepted", latencyMs,
                null, credit);
    }

    static ConnectionTest failed(String vendor, long latencyMs, ConnectorException e, String baseUrl) {
        String vendorMessage = e.vendorMessage().orElse(null);
        String type = switch (e) {
            case ConnectorException.AuthRejected a -> vendorMessage != null
                    && COMPANY_OR_PERIOD.matcher(vendorMessage).find() ? "bad-company-or-period" : "bad-credentials";
            case ConnectorException.AuthExpired a -> "bad-credentials";
            case ConnectorException.RateLimited r -> "rate-limited";
            case ConnectorException.Validation v -> "vendor-rejected";
            case ConnectorException.NotFound n -> "vendor-not-found";
            case ConnectorException.QuotaExhausted q -> "vendor-quota-exhausted";
            case ConnectorException.Transient t when t.getCause() instanceof IOException -> "unreachable";
            default -> "vendor-unavailable";
        };
        String detail = "unreachable".equals(type)
                ? "cannot reach " + vendor + (baseUrl == null ? "" : " at " + baseUrl) + ": " + e.getMessage()
                        + " (" + e.getCause().getClass().getSimpleName() + ")"
                : e.getMessage();
        return new ConnectionTest(false, vendor, null, latencyMs,
                new Problem(type, detail, vendorMessage, e.operation()), null);
    }

    static ConnectionTest invalidConfig(String vendor, IllegalArgumentException e) {
        return new ConnectionTest(false, vendor, null, 0, new Problem("invalid-config", e.getMessage(), null, null),
                null);
    }
}
