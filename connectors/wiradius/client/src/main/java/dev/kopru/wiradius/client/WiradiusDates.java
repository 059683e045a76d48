package dev.kopru.wiradius.client;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** The service's dates ({@code Y-m-d}, times {@code Y-m-d H:i:s}, Istanbul time) and its window limits. */
public final class WiradiusDates {

    /** The operator's clock: Wiradius is a Turkish service and dates carry no zone. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Istanbul");
    /** {@code cari_trans}: "Başlangıç ve Bitiş Tarihi arasında en fazla 6 ay olabilir". */
    public static final Period MOVEMENT_WINDOW = Period.ofMonths(6);
    /** {@code invoice/list} of all customers: at most one month. */
    public static final Period INVOICE_WINDOW = Period.ofMonths(1);
    /** {@code invoice/list} with {@code cari_id}: up to six months. */
    public static final Period CUSTOMER_INVOICE_WINDOW = Period.ofMonths(6);

    private WiradiusDates() {
    }

    /** {@code Y-m-d} or {@code Y-m-d H:i:s} (or ISO with a T) as a day; null when absent or unreadable. */
    public static LocalDate day(String text) {
        LocalDateTime time = time(text);
        return time == null ? null : time.toLocalDate();
    }

    /** {@code Y-m-d H:i:s} or {@code Y-m-d} (midnight); null when absent or unreadable. */
    public static LocalDateTime time(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.trim().replace(' ', 'T');
        try {
            return value.length() <= 10 ? LocalDate.parse(value).atStartOfDay() : LocalDateTime.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
