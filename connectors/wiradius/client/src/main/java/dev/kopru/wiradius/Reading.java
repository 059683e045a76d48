package dev.kopru.wiradius;

import dev.kopru.core.input.InvalidInputException;

/**
 * How the connector reads a service that has no change dates.
 *
 * @param historyMonths how far back a first (full) read of movements, payments and invoices goes
 * @param lookBackDays  how many days before the end of the last read the next incremental read starts again:
 *                      invoices and payments may be entered with an earlier date than the day they appear
 */
public record Reading(int historyMonths, int lookBackDays) {

    public static final Reading DEFAULTS = new Reading(12, 7);

    public Reading {
        if (historyMonths < 1 || historyMonths > 120) {
            throw new InvalidInputException(WiradiusDescriptor.HISTORY_MONTHS, "must be between 1 and 120, was "
                    + historyMonths);
        }
        if (lookBackDays < 0 || lookBackDays > 366) {
            throw new InvalidInputException(WiradiusDescriptor.LOOK_BACK_DAYS, "must be between 0 and 366, was "
                    + lookBackDays);
        }
    }
}
