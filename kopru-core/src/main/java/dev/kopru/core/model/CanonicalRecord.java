package dev.kopru.core.model;

import java.time.Instant;

/**
 * What every canonical record has, so that the engine links and orders records through a type, not by component
 * names: the vendor's key and the vendor's change time.
 */
public sealed interface CanonicalRecord
        permits Party, Item, Invoice, Order, DispatchNote, Payment, AccountMovement, Balance, Listing {

    /** The vendor's own identifier of the record; {@code null} before the vendor assigned one. */
    String key();

    /** When the vendor last changed the record; {@code null} where the vendor does not say. */
    Instant changedAt();
}
