package dev.kopru.mikro.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** Coerces request values: numbers as strings, Turkish decimal commas, the date formats Mikro clients send. */
final class Values {

    private static final Pattern DECIMAL_COMMA = Pattern.compile("-?\\d+,\\d+");

    private static final List<DateTimeFormatter> DATE_TIMES = List.of(
            DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss"),
            DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm"),
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"),
            DateTimeFormatter.ISO_LOCAL_DATE_TIME);

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("dd.MM.yyyy"),
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.BASIC_ISO_DATE);

    private Values() {
    }

    static Optional<Long> whole(JsonNode value, String field) {
        Optional<BigDecimal> number = decimal(value, field);
        if (number.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(number.get().longValueExact());
        } catch (ArithmeticException e) {
            throw MikroError.invalid(field, "tam sayı olmalıdır: '" + shown(value) + "'");
        }
    }

    static Optional<BigDecimal> decimal(JsonNode value, String field) {
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (value.isBoolean()) {
            return Optional.of(value.booleanValue() ? BigDecimal.ONE : BigDecimal.ZERO);
        }
        if (value.isNumber()) {
            return Optional.of(value.decimalValue());
        }
        if (value.isTextual()) {
            String text = value.asText().trim();
            if (text.isEmpty()) {
                return Optional.empty();
            }
            if (DECIMAL_COMMA.matcher(text).matches()) {
                text = text.replace(',', '.');
            }
            try {
                return Optional.of(new BigDecimal(text));
            } catch (NumberFormatException e) {
                throw MikroError.invalid(field, "sayı olmalıdır: '" + shown(value) + "'");
            }
        }
        throw MikroError.invalid(field, "sayı olmalıdır: '" + shown(value) + "'");
    }

    /** dd.MM.yyyy, yyyy-MM-dd, yyyyMMdd, with or without a time, or ISO with an offset (moved to Istanbul). */
    static Optional<LocalDateTime> dateTime(JsonNode value, String field) {
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        String text = value.isNumber() ? value.asText() : value.isTextual() ? value.asText().trim() : null;
        if (text == null) {
            throw MikroError.invalid(field, "tarih olmalıdır");
        }
        if (text.isEmpty()) {
            return Optional.empty();
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return Optional.of(LocalDate.parse(text, format).atStartOfDay());
            } catch (DateTimeParseException ignored) {
                // try the next format
            }
        }
        for (DateTimeFormatter format : DATE_TIMES) {
            try {
                return Optional.of(LocalDateTime.parse(text, format));
            } catch (DateTimeParseException ignored) {
                // try the next format
            }
        }
        try {
            return Optional.of(OffsetDateTime.parse(text).atZoneSameInstant(MikroSandboxOptions.ISTANBUL)
                    .toLocalDateTime());
        } catch (DateTimeParseException e) {
            throw MikroError.invalid(field, "tarih olmalıdır (gg.aa.yyyy veya yyyy-aa-gg): '" + shown(value) + "'");
        }
    }

    static Optional<UUID> uuid(JsonNode value, String field) {
        if (value == null || value.isNull() || value.asText().isBlank()) {
            return Optional.empty();
        }
        String text = value.asText().trim();
        // .NET reads a Guid with or without braces, and SqlVeriOkuV2 writes them with (mikro.md §12.4).
        if (text.startsWith("{") && text.endsWith("}")) {
            text = text.substring(1, text.length() - 1);
        }
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            throw MikroError.invalid(field, "Guid olmalıdır: '" + shown(value) + "'");
        }
    }

    /** A value as it may appear in a message: short, so a mistaken paste of a large blob stays readable. */
    static String shown(JsonNode value) {
        String text = value.isTextual() ? value.asText() : value.toString();
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
