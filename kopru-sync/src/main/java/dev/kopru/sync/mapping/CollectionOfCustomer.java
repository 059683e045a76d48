package dev.kopru.sync.mapping;

import dev.kopru.core.connector.Entity;
import dev.kopru.core.model.Payment;
import dev.kopru.core.model.PaymentMethod;
import java.util.Map;
import java.util.Objects;

/**
 * A collection from a customer (a Wiradius subscriber's payment) → a cash receipt (tahsilat) in the ERP, numbered
 * {@code receiptNumberPrefix} + the source's number, from the customer's card (found or opened as
 * {@link CustomerByTaxId} opens it), into the cash box {@code cashBoxes} names for its method (CASH, BANK, CREDIT_CARD;
 * UNKNOWN when the source does not say), else {@code cashBox}. Mikro's connector writes cash receipts only (the
 * reference documents no codes for bank or card receipts), so a bank or card collection is a receipt into the box kept
 * for that method; its method is kept in the receipt's note. Into Logo the same receipt is a cash slip received
 * ({@code safeDepositSlips}, docs/connectors/logo.md). Payments made are dead-lettered.
 */
public final class CollectionOfCustomer implements RecordMapping<Payment, Payment> {

    static final String NAME = "collection-of-customer";

    /** The mapping's options as Jackson reads them. */
    public record Options(String customerCodePrefix, String receiptNumberPrefix, String cashBox,
                          Map<String, String> cashBoxes) implements MappingOptions {

        public Options {
            customerCodePrefix = Customers.codePrefix("customerCodePrefix", customerCodePrefix,
                    CustomerByTaxId.DEFAULT_PREFIX);
            receiptNumberPrefix = Objects.requireNonNullElse(
                    PipelineOptions.text("receiptNumberPrefix", receiptNumberPrefix), "WRT-");
            cashBox = PipelineOptions.text("cashBox", cashBox);
            cashBoxes = PipelineOptions.texts("cashBoxes", cashBoxes);
            for (String method : cashBoxes.keySet()) {
                if (!method.equals("UNKNOWN") && java.util.Arrays.stream(PaymentMethod.values())
                        .noneMatch(m -> m.name().equals(method))) {
                    throw PipelineOptions.invalid("cashBoxes." + method, "is not a payment method; use CASH, BANK,"
                            + " CREDIT_CARD, CHEQUE, PROMISSORY_NOTE or UNKNOWN");
                }
            }
            if (cashBox == null && cashBoxes.isEmpty()) {
                throw PipelineOptions.invalid("cashBox", "required (or cashBoxes): the ERP's cash box the collections"
                        + " are received into");
            }
        }

        @Override
        public CollectionOfCustomer mapping() {
            return new CollectionOfCustomer(this);
        }
    }

    private final Options options;

    CollectionOfCustomer(Options options) {
        this.options = options;
    }

    @Override
    public Entity<Payment> source() {
        return Entity.PAYMENT;
    }

    @Override
    public Entity<Payment> target() {
        return Entity.PAYMENT;
    }

    @Override
    public Payment map(Payment payment, MappingContext context) {
        if (!payment.received()) {
            throw new MappingException("received", "a payment made is not a collection");
        }
        if (payment.number() == null || payment.number().isBlank()) {
            throw new MappingException("number", "the collection has no number to find it by in the ERP");
        }
        String method = payment.method() == null ? "UNKNOWN" : payment.method().name();
        String box = options.cashBoxes().getOrDefault(method, options.cashBox());
        if (box == null) {
            throw new MappingException("options.cashBoxes", "no cash box for " + method + " collections; add one"
                    + " to options.cashBoxes or set options.cashBox");
        }
        String partyCode = context.partyCodeOfSource(payment.partyCode(),
                customer -> Customers.of(customer, options.customerCodePrefix(), "partyCode"));
        String note = payment.note() == null ? method : payment.note() + " (" + method + ")";
        return new Payment(null, options.receiptNumberPrefix() + payment.number().trim(), true, PaymentMethod.CASH,
                payment.date(), payment.dueDate(), partyCode, payment.amount(), box, note, null);
    }
}
