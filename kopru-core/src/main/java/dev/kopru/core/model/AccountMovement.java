package dev.kopru.core.model;

import java.time.Instant;
import java.time.LocalDate;

/** One line of a party's account statement (cari hareket): an invoice, a payment, a note. */
public record AccountMovement(String key, String partyCode, LocalDate date, String documentType,
                              String documentNumber, Side side, Money amount, LocalDate dueDate, String description,
                              Instant changedAt) implements CanonicalRecord {
}
