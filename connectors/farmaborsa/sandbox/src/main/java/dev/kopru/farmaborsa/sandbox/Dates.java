package dev.kopru.farmaborsa.sandbox;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The vendor's date spellings (farmaborsa.md §4): order-list filters in {@code MM.dd.yyyy} ("ay.gün.yıl"), listing
 * expiry as a .NET DateTime in, month precision out, order dates as {@code yyyy-MM-ddTHH:mm:ss}.
 */
final class Dates {

    private static final DateTimeFormatter TARIH = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
    private static final DateTimeFormatter MONTH_SHORT = DateTimeFormatter.ofPattern("M-uuuu");
    private static final DateTimeFormatter MONTH_TEXT = DateTimeFormatter.ofPattern("MM-uuuu");
    private static final Pattern MONTH_DAY_YEAR =
            Pattern.compile("(\\d{1,2})[./](\\d{1,2})[./](\\d{4})(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");
    private static final Pattern MONTH_YEAR = Pattern.compile("(\\d{1,2})-(\\d{4})");

    private Dates() {
    }

    /** {@code tarih} of an order: seconds always written, as .NET writes a DateTime. */
    static String tarih(LocalDateTime dateTime) {
        return TARIH.format(dateTime);
    }

    /** IlanlarimListesi {@code miad}: {@code "1-2022"}. */
    static String monthShort(LocalDate date) {
        return date == null ? "" : MONTH_SHORT.format(date);
    }

    /** IlanlarimListesi {@code miadText} and an order line's {@code miad}: {@code "01-2022"}. */
    static String monthText(LocalDate date) {
        return date == null ? "" : MONTH_TEXT.format(date);
    }

    /**
     * {@code baslama}/{@code bitis}: {@code MM.dd.yyyy} (or {@code MM/dd/yyyy}), optionally with a time, or ISO
     * {@code yyyy-MM-dd[THH:mm:ss]}. A date alone is the start of that day for {@code baslama} and its end for
     * {@code bitis}. {@code 30.05.2021} is refused with a message saying it looks like day.month.year.
     */
    static Optional<LocalDateTime> filter(Body body, String field, boolean endOfDay) {
        Optional<String> text = body.text(field);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String value = text.get();
        Matcher m = MONTH_DAY_YEAR.matcher(value);
        if (m.matches()) {
            int month = Integer.parseInt(m.group(1));
            int day = Integer.parseInt(m.group(2));
            if (month > 12 && day <= 12) {
                throw new Refusal(field + " ay.gün.yıl (MM.dd.yyyy) biçiminde olmalıdır; '" + value
                        + "' gün.ay.yıl gibi görünüyor");
            }
            LocalDate date = date(field, value, Integer.parseInt(m.group(3)), month, day);
            if (m.group(4) == null) {
                return Optional.of(endOfDay ? date.atTime(LocalTime.MAX) : date.atStartOfDay());
            }
            int hour = Integer.parseInt(m.group(4));
            int minute = Integer.parseInt(m.group(5));
            int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
            if (hour > 23 || minute > 59 || second > 59) {
                throw badFilter(field, value);
            }
            return Optional.of(date.atTime(hour, minute, second));
        }
        try {
            LocalDate date = LocalDate.parse(value);
            return Optional.of(endOfDay ? date.atTime(LocalTime.MAX) : date.atStartOfDay());
        } catch (DateTimeParseException ignored) {
            // not a bare ISO date; try an ISO date-time
        }
        return Optional.of(isoDateTime(value).orElseThrow(() -> badFilter(field, value)));
    }

    /**
     * IlanKaydet {@code miad}: an ISO date or date-time (what a .NET DateTime binds), or the month form that
     * IlanlarimListesi itself answers ({@code "1-2022"}, read as the month's last day), which a client that echoes
     * a listing back sends.
     */
    static Optional<LocalDate> miad(Body body) {
        Optional<String> text = body.text("miad");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String value = text.get();
        Matcher month = MONTH_YEAR.matcher(value);
        if (month.matches()) {
            int m = Integer.parseInt(month.group(1));
            if (m < 1 || m > 12) {
                throw badMiad(value);
            }
            return Optional.of(YearMonth.of(Integer.parseInt(month.group(2)), m).atEndOfMonth());
        }
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException ignored) {
            // not a bare ISO date; try an ISO date-time
        }
        return Optional.of(isoDateTime(value).map(LocalDateTime::toLocalDate).orElseThrow(() -> badMiad(value)));
    }

    private static Optional<LocalDateTime> isoDateTime(String value) {
        try {
            return Optional.of(LocalDateTime.parse(value));
        } catch (DateTimeParseException ignored) {
            // may carry an offset
        }
        try {
            return Optional.of(OffsetDateTime.parse(value).atZoneSameInstant(FarmaBorsaSandboxOptions.ISTANBUL)
                    .toLocalDateTime());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static LocalDate date(String field, String value, int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw badFilter(field, value);
        }
    }

    private static Refusal badFilter(String field, String value) {
        return Refusal.invalid(field, "ay.gün.yıl (MM.dd.yyyy, örnek 05.30.2021) biçiminde bir tarih olmalıdır",
                value);
    }

    private static Refusal badMiad(String value) {
        return Refusal.invalid("miad", "geçerli bir tarih olmalıdır (yyyy-MM-dd)", value);
    }
}
