package dev.kopru.farmaborsa.client;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** FarmaBorsa's date spellings (farmaborsa.md §4), each in one place. */
public final class FarmaBorsaDates {

    /** The vendor's clock: order dates are Turkish local times. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Istanbul");

    /** {@code baslama}/{@code bitis}: month first, "ay.gün.yıl", e.g. {@code 05.30.2021}. */
    private static final DateTimeFormatter FILTER = DateTimeFormatter.ofPattern("MM.dd.yyyy");
    private static final Pattern MONTH_YEAR = Pattern.compile("(\\d{1,2})[-./](\\d{4})");

    private FarmaBorsaDates() {
    }

    /** A list filter date as the vendor wants it: {@code MM.dd.yyyy}. */
    public static String filter(LocalDate date) {
        return date.format(FILTER);
    }

    /** The {@code miad} of IlanKaydet: the .NET {@code DateTime} as an ISO date. */
    public static String miadInput(LocalDate date) {
        return date.toString();
    }

    /**
     * An order's {@code tarih} ({@code yyyy-MM-ddTHH:mm:ss}, fractions and a date alone tolerated); {@code null} when
     * absent or unreadable.
     */
    public static LocalDateTime tarih(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.trim();
        try {
            return LocalDateTime.parse(trimmed.length() > 19 && trimmed.charAt(19) != '.' ? trimmed.substring(0, 19)
                    : trimmed);
        } catch (DateTimeParseException notDateTime) {
            try {
                return LocalDate.parse(trimmed.length() >= 10 ? trimmed.substring(0, 10) : trimmed).atStartOfDay();
            } catch (DateTimeParseException notDate) {
                return null;
            }
        }
    }

    /**
     * A {@code miad} the vendor returns: month precision, {@code "1-2022"} or {@code "01-2022"}; an ISO date is read
     * for its month. Empty when absent or unreadable.
     */
    public static Optional<YearMonth> miad(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Matcher m = MONTH_YEAR.matcher(text.trim());
        if (m.matches()) {
            int month = Integer.parseInt(m.group(1));
            return month >= 1 && month <= 12 ? Optional.of(YearMonth.of(Integer.parseInt(m.group(2)), month))
                    : Optional.empty();
        }
        LocalDateTime dated = tarih(text);
        return dated == null ? Optional.empty() : Optional.of(YearMonth.from(dated));
    }
}
