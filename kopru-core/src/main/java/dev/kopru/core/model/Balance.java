package dev.kopru.core.model;

import java.time.Instant;

/**
 * A party's balance: total debit, total credit, and {@code balance = debit - credit} (positive: the party owes us).
 */
public record Balance(String partyCode, Money debit, Money credit, Money balance, Instant asOf) {

    /** A balance is keyed by its party. */
    public String key() {
        return partyCode;
    }
}
