package dev.kopru.wiradius.mapping;

import dev.kopru.core.model.AccountMovement;
import dev.kopru.core.model.Money;
import dev.kopru.core.model.Payment;
import dev.kopru.core.model.PaymentMethod;
import dev.kopru.core.model.Side;
import dev.kopru.wiradius.client.CariHareket;
import dev.kopru.wiradius.client.WiradiusDates;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code cari_trans} movements as account movements, and the collections among them as payments. A movement debits
 * the customer when {@code debt} is positive, otherwise credits it. A collection (tahsilat) is a credit that is not an
 * invoice (no {@code invoice_id}, a type that is not {@code invoice}); its method is read from the description
 * Wiradius writes (kredi kartı, havale/EFT/banka, nakit), and is unknown otherwise.
 */
public final class LedgerMapping {

    private LedgerMapping() {
    }

    public static AccountMovement toMovement(CariHareket row) {
        boolean debit = positive(row.debt());
        BigDecimal amount = debit ? row.debt() : row.credit() == null ? BigDecimal.ZERO : row.credit();
        String document = PartyMapping.blankToNull(row.invoice_id());
        return new AccountMovement(row.trans_id(), row.cari_id(), WiradiusDates.day(row.date()), row.type(),
                document, debit ? Side.DEBIT : Side.CREDIT, new Money(amount, Money.TRY), null, row.description(), null);
    }

    /** The payment a collection is; empty for every other movement. */
    public static Optional<Payment> toCollection(CariHareket row) {
        boolean invoice = PartyMapping.blankToNull(row.invoice_id()) != null
                || (row.type() != null && row.type().toLowerCase(Locale.ROOT).contains("invoice"));
        if (invoice || positive(row.debt()) || !positive(row.credit())) {
            return Optional.empty();
        }
        return Optional.of(new Payment(row.trans_id(), row.trans_id(), true, method(row.description()),
                WiradiusDates.day(row.date()), null, row.cari_id(), new Money(row.credit(), Money.TRY), null,
                row.description(), null));
    }

    static PaymentMethod method(String description) {
        String text = description == null ? "" : description.toLowerCase(Locale.forLanguageTag("tr"));
        if (text.contains("kredi kart") || text.contains("sanal pos")) {
            return PaymentMethod.CREDIT_CARD;
        }
        if (text.contains("havale") || text.contains("eft") || text.contains("banka") || text.contains("talimat")) {
            return PaymentMethod.BANK;
        }
        return text.contains("nakit") ? PaymentMethod.CASH : null;
    }

    private static boolean positive(BigDecimal amount) {
        return amount != null && amount.signum() > 0;
    }
}
