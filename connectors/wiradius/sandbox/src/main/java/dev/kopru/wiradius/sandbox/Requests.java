package dev.kopru.wiradius.sandbox;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Map;

/**
 * The reference's rules for a request's fields, each refusal in the service's words (wiradius.md §3, §4): values are
 * trimmed (the vendor's own PHP example sends {@code ' 2023-01-01'}), dates are {@code Y-m-d}, both ends of a range
 * are inclusive whole days, and a window is "at most N months" in calendar months, so exactly one month (the
 * documented 2023-05-01 … 2023-06-01) is accepted.
 */
final class Requests {

    private static final DateTimeFormatter YMD = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    /** A request the service refuses, with its message; answered with the validation status and HTTP 200. */
    static final class Refusal extends RuntimeException {
        Refusal(String message) {
            super(message, null, false, false);
        }
    }

    /** A validated date range. */
    record Range(LocalDate begin, LocalDate end) { }

    private final Map<String, String> fields;

    Requests(Map<String, String> fields) {
        this.fields = fields;
    }

    /** The field trimmed, or null when absent or blank. */
    String text(String name) {
        String value = fields.get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    Range range(int months) {
        LocalDate begin = date("begin_datetime");
        LocalDate end = date("end_datetime");
        if (end.isBefore(begin)) {
            throw new Refusal("Bitiş tarihi başlangıç tarihinden önce olamaz");
        }
        if (end.isAfter(begin.plusMonths(months))) {
            throw new Refusal("Başlangıç ve bitiş tarihi arasında en fazla " + months + " ay olabilir");
        }
        return new Range(begin, end);
    }

    int requiredId(String name) {
        String value = text(name);
        if (value == null) {
            throw new Refusal(name + " zorunludur");
        }
        return id(name, value);
    }

    Integer optionalId(String name) {
        String value = text(name);
        return value == null ? null : id(name, value);
    }

    /** {@code page}: 1 when absent (the reference's examples always send it). */
    int page() {
        String value = text("page");
        if (value == null) {
            return 1;
        }
        int page = number("page", value);
        if (page < 1) {
            throw new Refusal("page 1 veya daha büyük olmalıdır");
        }
        return page;
    }

    /** {@code will_borrow}: 1 debtors, 2 creditors, 3 zero balance; absent means all. */
    Integer willBorrow() {
        String value = text("will_borrow");
        if (value == null) {
            return null;
        }
        if (!value.matches("[123]")) {
            throw new Refusal("will_borrow 1, 2 veya 3 olmalıdır");
        }
        return Integer.parseInt(value);
    }

    /** {@code type}: {@code buy} or {@code sell}. */
    String invoiceType() {
        String value = text("type");
        if (!"buy".equals(value) && !"sell".equals(value)) {
            throw new Refusal("type buy veya sell olmalıdır");
        }
        return value;
    }

    private LocalDate date(String name) {
        String value = text(name);
        if (value == null) {
            throw new Refusal(name + " zorunludur");
        }
        try {
            return LocalDate.parse(value, YMD);
        } catch (DateTimeParseException e) {
            throw new Refusal("Tarih formatı hatalı (Y-m-d)");
        }
    }

    private static int id(String name, String value) {
        int id = number(name, value);
        if (id < 1) {
            throw new Refusal(name + " geçersiz");
        }
        return id;
    }

    private static int number(String name, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new Refusal(name + " sayı olmalıdır");
        }
    }
}
