package dev.kopru.farmaborsa;

import dev.kopru.core.connector.ConnectionConfig;
import dev.kopru.core.connector.Connector;
import dev.kopru.core.connector.ConnectorDescriptor;
import dev.kopru.core.connector.ConnectorFactory;
import dev.kopru.core.input.InvalidInputException;
import dev.kopru.farmaborsa.client.FarmaBorsaConfig;
import java.time.Duration;
import java.time.format.DateTimeParseException;

/** Opens FarmaBorsa connections from a checked {@link ConnectionConfig}; found through {@link java.util.ServiceLoader}. */
public final class FarmaBorsaConnectorFactory implements ConnectorFactory {

    @Override
    public ConnectorDescriptor descriptor() {
        return FarmaBorsaDescriptor.descriptor();
    }

    /** @throws IllegalArgumentException naming the field when a value cannot be used */
    @Override
    public Connector open(ConnectionConfig config) {
        int permits = permits(config.require(FarmaBorsaDescriptor.RATE_LIMIT_PERMITS));
        return new FarmaBorsaConnector(FarmaBorsaConfig.builder()
                .baseUrl(config.require(FarmaBorsaDescriptor.BASE_URL))
                .nick(config.require(FarmaBorsaDescriptor.NICK))
                .parola(config.require(FarmaBorsaDescriptor.PAROLA))
                .apiKey(config.require(FarmaBorsaDescriptor.API_KEY))
                .rateLimit(permits, duration(FarmaBorsaDescriptor.RATE_LIMIT_PERIOD,
                        config.require(FarmaBorsaDescriptor.RATE_LIMIT_PERIOD)))
                .maxRateWait(duration(FarmaBorsaDescriptor.MAX_RATE_WAIT,
                        config.require(FarmaBorsaDescriptor.MAX_RATE_WAIT)))
                .build());
    }

    private static int permits(String value) {
        try {
            int permits = Integer.parseInt(value.trim());
            if (permits < 1) {
                throw new InvalidInputException(FarmaBorsaDescriptor.RATE_LIMIT_PERMITS, "must be at least 1,"
                        + " was " + permits);
            }
            return permits;
        } catch (NumberFormatException e) {
            throw new InvalidInputException(FarmaBorsaDescriptor.RATE_LIMIT_PERMITS, "'" + value
                    + "' is not a whole number");
        }
    }

    /** An ISO-8601 duration ({@code PT1M}) or whole seconds ({@code 60}). */
    static Duration duration(String field, String value) {
        String text = value.trim();
        try {
            Duration parsed = text.matches("\\d+") ? Duration.ofSeconds(Long.parseLong(text)) : Duration.parse(text);
            if (parsed.isZero() || parsed.isNegative()) {
                throw new InvalidInputException(field, "must be positive, was '" + value + "'");
            }
            return parsed;
        } catch (DateTimeParseException | ArithmeticException e) {
            throw new InvalidInputException(field, "'" + value + "' is not a duration (PT1M, or seconds)");
        }
    }
}
