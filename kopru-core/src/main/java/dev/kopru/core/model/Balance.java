package dev.kopru.core.model;

import java.time.Instant;

/**
 * A party's balance: total debit, total credit, and {@code balance = debit - credit} (positive: the party owes us).
 */
public record Balance(String partyCode, Money debit, Money credit, Money balance, Instant asOf)
        implements CanonicalRecord {

    /** A balance is keyed by its party. */
    @Override
    public String key() {
        return partyCode;
    }

    /** A balance is as of the moment it was read; no vendor dates its change. */
    @Override
    public Instant changedAt() {
        return asOf;
    }
}
