package dev.kopru.mikro.sandbox;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.WeekFields;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * SQL Server functions H2 lacks, registered under {@code MIKRO_*} names that {@link TSql} writes in their place. The
 * language is Turkish, as on a Mikro server set up in Türkiye [inference]; weeks start on Sunday as in SQL Server's
 * default. Values arrive as text where T-SQL takes any type (H2 calls a function by its parameter count only).
 * Public for H2, which calls them by name.
 */
public final class TSqlFunctions {

    private static final Locale TURKISH = Locale.forLanguageTag("tr-TR");
    /** SQL Server's date styles that reports use, as patterns. */
    private static final Map<Integer, String> STYLES = Map.ofEntries(Map.entry(120, "yyyy-MM-dd HH:mm:ss"),
            Map.entry(20, "yyyy-MM-dd HH:mm:ss"), Map.entry(121, "yyyy-MM-dd HH:mm:ss.SSS"),
            Map.entry(126, "yyyy-MM-dd'T'HH:mm:ss.SSS"), Map.entry(127, "yyyy-MM-dd'T'HH:mm:ss.SSS"),
            Map.entry(23, "yyyy-MM-dd"), Map.entry(112, "yyyyMMdd"), Map.entry(104, "dd.MM.yyyy"),
            Map.entry(103, "dd/MM/yyyy"), Map.entry(101, "MM/dd/yyyy"), Map.entry(102, "yyyy.MM.dd"),
            Map.entry(105, "dd-MM-yyyy"), Map.entry(108, "HH:mm:ss"), Map.entry(4, "dd.MM.yy"),
            Map.entry(3, "dd/MM/yy"), Map.entry(111, "yyyy/MM/dd"));

    private TSqlFunctions() {
    }

    /** {@code DATEPART(part, date)}. */
    public static Integer datepart(String part, Timestamp date) {
        if (date == null) {
            return null;
        }
        LocalDateTime t = date.toLocalDateTime();
        return switch (part.toLowerCase(Locale.ROOT)) {
            case "year", "yy", "yyyy" -> t.getYear();
            case "quarter", "qq", "q" -> t.get(IsoFields.QUARTER_OF_YEAR);
            case "month", "mm", "m" -> t.getMonthValue();
            case "dayofyear", "dy", "y" -> t.getDayOfYear();
            case "day", "dd", "d" -> t.getDayOfMonth();
            case "week", "wk", "ww" -> t.get(WeekFields.SUNDAY_START.weekOfYear()) + 1;
            case "iso_week", "isowk", "isoww" -> t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            case "weekday", "dw", "w" -> t.getDayOfWeek() == DayOfWeek.SUNDAY ? 1 : t.getDayOfWeek().getValue() + 1;
            case "hour", "hh" -> t.getHour();
            case "minute", "mi", "n" -> t.getMinute();
            case "second", "ss", "s" -> t.getSecond();
            case "millisecond", "ms" -> t.getNano() / 1_000_000;
            default -> throw new IllegalArgumentException("'" + part + "' is not a recognized datepart option.");
        };
    }

    /** {@code DATENAME(part, date)}: month and weekday names in Turkish, every other part as its number. */
    public static String datename(String part, Timestamp date) {
        if (date == null) {
            return null;
        }
        LocalDateTime t = date.toLocalDateTime();
        return switch (part.toLowerCase(Locale.ROOT)) {
            case "month", "mm", "m" -> t.getMonth().getDisplayName(TextStyle.FULL, TURKISH);
            case "weekday", "dw", "w" -> t.getDayOfWeek().getDisplayName(TextStyle.FULL, TURKISH);
            default -> String.valueOf(datepart(part, date));
        };
    }

    /** {@code CONVERT(char(n), value, style)}: a date in the style's format, cut to the length. */
    public static String convertText(String value, Integer style, Integer length) {
        if (value == null) {
            return null;
        }
        String text = value;
        String pattern = style == null ? null : STYLES.get(style);
        if (pattern != null && value.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            text = DateTimeFormatter.ofPattern(pattern).format(timestamp(value));
        }
        return length == null || text.length() <= length ? text : text.substring(0, length);
    }

    /** {@code CONVERT(datetime, text, style)}: text read in the style's format. */
    public static Timestamp convertDate(String value, Integer style) {
        if (value == null) {
            return null;
        }
        String pattern = style == null ? null : STYLES.get(style);
        if (pattern == null || value.matches("\\d{4}-\\d{2}-\\d{2}( .*)?")) {
            return Timestamp.valueOf(timestamp(value));
        }
        DateTimeFormatter format = DateTimeFormatter.ofPattern(pattern);
        return Timestamp.valueOf(pattern.contains("H") ? LocalDateTime.parse(value.trim(), format)
                : LocalDate.parse(value.trim(), format).atStartOfDay());
    }

    /** {@code FORMAT(value, format[, culture])}: .NET's N/C/P and custom numeric formats, and date patterns. */
    public static String format(String value, String format, String culture) {
        if (value == null || format == null) {
            return null;
        }
        Locale locale = culture == null ? TURKISH : Locale.forLanguageTag(culture);
        if (value.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            return DateTimeFormatter.ofPattern(format.replace("tt", "a"), locale).format(timestamp(value));
        }
        BigDecimal number = new BigDecimal(value.trim());
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        String standard = format.toUpperCase(Locale.ROOT);
        if (standard.matches("[NCP]\\d?")) {
            int decimals = standard.length() > 1 ? standard.charAt(1) - '0' : 2;
            String pattern = "#,##0" + (decimals > 0 ? "." + "0".repeat(decimals) : "");
            BigDecimal shown = standard.charAt(0) == 'P' ? number.movePointRight(2) : number;
            String text = new DecimalFormat(pattern, symbols).format(shown);
            return switch (standard.charAt(0)) {
                case 'C' -> text + " ₺";
                case 'P' -> "%" + text;
                default -> text;
            };
        }
        return new DecimalFormat(format, symbols).format(number);
    }

    /** {@code STUFF(text, start, length, insert)}. */
    public static String stuff(String text, Integer start, Integer length, String insert) {
        if (text == null || start == null || length == null || start < 1 || start > text.length() || length < 0) {
            return null;
        }
        int from = start - 1;
        int to = Math.min(text.length(), from + length);
        return text.substring(0, from) + (insert == null ? "" : insert) + text.substring(to);
    }

    /** {@code EOMONTH(date)}. */
    public static Date eomonth(Timestamp date) {
        if (date == null) {
            return null;
        }
        LocalDate day = date.toLocalDateTime().toLocalDate();
        return Date.valueOf(day.withDayOfMonth(day.lengthOfMonth()));
    }

    /** H2's text of a date or timestamp, read back. */
    private static LocalDateTime timestamp(String value) {
        String t = value.trim().replace('T', ' ');
        if (t.length() == 10) {
            return LocalDate.parse(t).atStartOfDay();
        }
        return Timestamp.valueOf(t.length() > 29 ? t.substring(0, 29) : t).toLocalDateTime()
                .truncatedTo(ChronoUnit.MILLIS);
    }

    /** The aliases to create: SQL name, Java method. */
    static List<String> aliases() {
        String type = TSqlFunctions.class.getName();
        return List.of(
                "CREATE ALIAS MIKRO_DATEPART FOR '" + type + ".datepart'",
                "CREATE ALIAS MIKRO_DATENAME FOR '" + type + ".datename'",
                "CREATE ALIAS MIKRO_CONVERT_TEXT FOR '" + type + ".convertText'",
                "CREATE ALIAS MIKRO_CONVERT_DATE FOR '" + type + ".convertDate'",
                "CREATE ALIAS MIKRO_FORMAT FOR '" + type + ".format'",
                "CREATE ALIAS MIKRO_STUFF FOR '" + type + ".stuff'",
                "CREATE ALIAS MIKRO_EOMONTH FOR '" + type + ".eomonth'");
    }
}
