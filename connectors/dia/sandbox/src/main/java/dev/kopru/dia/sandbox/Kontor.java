package dev.kopru.dia.sandbox;

import java.math.BigDecimal;

/**
 * The kontör balance billed per call (dia.md §1): every call but login and logout costs {@code costPerCall}; a call
 * the balance cannot pay is refused with {@code CREDIT_ERROR} before it runs. The message text is not documented
 * [inference].
 */
final class Kontor {

    static final String NOT_ENOUGH = "Yetersiz kontör";

    private final BigDecimal start;
    private final BigDecimal cost;
    private BigDecimal balance;
    private long billed;

    Kontor(BigDecimal start, BigDecimal cost) {
        this.start = start;
        this.cost = cost;
        this.balance = start;
    }

    synchronized void charge() {
        if (balance.compareTo(cost) < 0) {
            throw new DiaError(DiaError.CREDIT_ERROR, NOT_ENOUGH);
        }
        balance = balance.subtract(cost);
        billed++;
    }

    synchronized BigDecimal balance() {
        return balance;
    }

    /** Sets the balance (the admin's knob to run a client out of kontör). */
    synchronized void set(BigDecimal value) {
        balance = value;
    }

    synchronized long billed() {
        return billed;
    }

    synchronized void reset() {
        balance = start;
        billed = 0;
    }
}
