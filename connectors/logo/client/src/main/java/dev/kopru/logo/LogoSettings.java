package dev.kopru.logo;

import dev.kopru.connector.kit.config.ConfigSpec;
import dev.kopru.logo.client.LogoConfig;
import java.time.Duration;

/**
 * What a Logo connection's fields are bound into, and the fields themselves, declared once: the connector's
 * descriptor, its factory's binding and docs/connectors/logo.md's table all come from {@link #CONFIG}.
 */
public final class LogoSettings {

    public static final ConfigSpec<LogoSettings> CONFIG = ConfigSpec.<LogoSettings>builder("logo")
            .text("baseUrl", "the Logo REST service's root, e.g. http://logo-host:32001 (api/v1 is added per call)",
                    (s, v) -> s.client.baseUrl(v))
            .text("username", "the Logo (LOGO_SYS) user the token is issued to", (s, v) -> s.client.username(v))
            .secret("password", "that user's password; sent only in the token request",
                    (s, v) -> s.client.password(v))
            .text("firmNo", "the firm number, e.g. 1 or 001; one token serves one firm", (s, v) -> s.client.firmNo(v))
            .optionalText("clientId", "the REST service's client id (Logo REST Servis Ayarları), sent as HTTP Basic"
                    + " on the token request; leave empty for a service that needs none", null,
                    (s, v) -> s.client.clientId(v))
            .optionalSecret("clientSecret", "the client secret that goes with clientId",
                    (s, v) -> s.client.clientSecret(v))
            .wholeNumber("pageSize", "the limit of every list page asked for (Logo's own default is 10)", false, 100,
                    (s, v) -> s.client.pageSize(v))
            .optionalText("period", "the accounting period (dönem) SQL reads, as in LG_001_01_CLFLINE; the REST data"
                    + " objects use the firm's active period", LogoSettings.DEFAULT_PERIOD,
                    (s, v) -> s.period = v)
            .duration("requestTimeout", "how long one call may take once sent; after that a write is in doubt",
                    Duration.ofSeconds(60), (s, v) -> s.client.requestTimeout(v))
            .build();

    /** The first accounting period, the one a new Logo firm starts with. */
    public static final String DEFAULT_PERIOD = "01";

    private final LogoConfig.Builder client = LogoConfig.builder();
    private String period = DEFAULT_PERIOD;

    /** The connector of the bound fields; a field out of range is refused naming it. */
    LogoConnector open() {
        if (!period.matches("\\d{2}")) {
            throw new dev.kopru.core.input.InvalidInputException("period", "must be two digits such as 01, was '"
                    + period + "'");
        }
        return new LogoConnector(client.build(), period);
    }
}
