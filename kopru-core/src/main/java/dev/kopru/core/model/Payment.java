package dev.kopru.core.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Money received from a party (tahsilat, {@code received = true}) or paid to one (tediye). {@code account} is the
 * cash box, bank account or card account code on our side.
 */
public record Payment(String key, String number, boolean received, PaymentMethod method, LocalDate date,
                      LocalDate dueDate, String partyCode, Money amount, String account, String note,
                      Instant changedAt) implements CanonicalRecord {
}
