package dev.kopru.connector.kit.paging;

import dev.kopru.core.input.InvalidInputException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A date range cut into the windows a vendor accepts in one request (Wiradius: six months of movements, one month of
 * invoices). Both ends are inclusive, as vendors' date filters are; windows follow the calendar, so "one month"
 * from 31 January ends on 28 or 29 February, never skipping a day.
 */
public final class DateWindows {

    /** One request's range, both ends inclusive. */
    public record Window(LocalDate from, LocalDate to) {
        public Window {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (to.isBefore(from)) {
                throw new InvalidInputException("to", "must not be before from (" + from + "), was " + to);
            }
        }
    }

    private DateWindows() {
    }

    /**
     * {@code [from, to]} in order, each window at most {@code longest} long: it starts the day after the previous one
     * ended and ends the day before {@code start + longest}.
     */
    public static List<Window> split(LocalDate from, LocalDate to, Period longest) {
        new Window(from, to);
        if (longest.isZero() || longest.isNegative()) {
            throw new InvalidInputException("window", "must be positive, was " + longest);
        }
        List<Window> windows = new ArrayList<>();
        LocalDate start = from;
        while (!start.isAfter(to)) {
            LocalDate end = start.plus(longest).minusDays(1);
            if (end.isAfter(to)) {
                end = to;
            }
            windows.add(new Window(start, end));
            start = end.plusDays(1);
        }
        return windows;
    }

    /** The window after {@code window} within {@code [.., to]}, or null when {@code window} reached {@code to}. */
    public static Window next(Window window, LocalDate to, Period longest) {
        if (!window.to().isBefore(to)) {
            return null;
        }
        return split(window.to().plusDays(1), to, longest).getFirst();
    }
}
