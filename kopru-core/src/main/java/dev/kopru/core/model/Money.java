package dev.kopru.core.model;

import dev.kopru.core.input.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** An amount in a currency (ISO 4217, e.g. {@code TRY}), held at kuruş scale: two decimals, half-up. */
public record Money(BigDecimal amount, String currency) {
    public static final String TRY = "TRY";

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (!currency.matches("[A-Z]{3}")) {
            throw new InvalidInputException("currency", "'" + currency + "' is not an ISO 4217 code");
        }
        amount = amount.setScale(2, RoundingMode.HALF_UP);
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    public static Money tl(String amount) {
        return of(amount, TRY);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new InvalidInputException("currency", "cannot combine " + currency + " with " + other.currency);
        }
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }
}
