package dev.kopru.logo.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kopru.core.model.Money;
import dev.kopru.core.model.Payment;
import dev.kopru.core.model.PaymentMethod;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Payment ↔ Logo's payment slips (logo.md §6.5–6.6), by method: cash ↔ {@code safeDepositSlips} (kasa; header
 * {@code SD_CODE} = {@link Payment#account()}, {@code AMOUNT}, {@code ARP_CODE}), bank ↔ {@code bankSlips} (one
 * {@code TRANSACTIONS} line with {@code BANKACC_CODE} = account and {@code ARP_CODE}), card ↔ {@code ArpSlips}
 * {@code TYPE} 70 "kredi kartı fişi" (one line crediting the cari, the header's {@code BANKACC_CODE} = account).
 * Natural key = {@code NUMBER}. The types are Logo's TRCODEs, which logo.md gives only for {@code ArpSlips}
 * [inference for the rest]: cash 11 received, 12 paid (KSLINES); bank 3 incoming, 4 outgoing transfer (BNFICHE).
 * Not mapped: payments made by card (logo.md names no type), cheques and notes ({@code chequeAndPnotes}), due dates,
 * foreign currencies.
 */
public final class PaymentMapping {

    public static final String CASH = "safeDepositSlips";
    public static final String BANK = "bankSlips";
    public static final String CARD = "ArpSlips";

    static final int CASH_RECEIVED = 11;
    static final int CASH_PAID = 12;
    static final int BANK_RECEIVED = 3;
    static final int BANK_PAID = 4;
    static final int CARD_RECEIVED = 70;

    /** The {@code q} condition that picks the payments out of each data object's slips. */
    public static final String CASH_SCOPE = "TYPE eq " + CASH_RECEIVED + " or TYPE eq " + CASH_PAID;
    public static final String BANK_SCOPE = "TYPE eq " + BANK_RECEIVED + " or TYPE eq " + BANK_PAID;
    public static final String CARD_SCOPE = "TYPE eq " + CARD_RECEIVED;

    private PaymentMapping() {
    }

    /** The data object {@code payment} is written to; a method Logo's slips do not carry is refused. */
    public static String resource(String operation, Payment payment) {
        return switch (payment.method() == null ? PaymentMethod.CASH : payment.method()) {
            case CASH -> CASH;
            case BANK -> BANK;
            case CREDIT_CARD -> CARD;
            case CHEQUE, PROMISSORY_NOTE -> throw Invalid.field(operation, "method", payment.method()
                    + " is not mapped: cheques and notes live in chequeAndPnotes, which Köprü does not write");
        };
    }

    public static Payment fromCashSlip(ObjectNode slip) {
        return payment(slip, PaymentMethod.CASH, slip.path("TYPE").asInt() == CASH_RECEIVED, slip.get("AMOUNT"),
                slip.get("ARP_CODE"), slip.get("SD_CODE"), slip.get("DESCRIPTION"));
    }

    public static Payment fromBankSlip(ObjectNode slip) {
        JsonNode line = slip.path("TRANSACTIONS").path("items").path(0);
        return payment(slip, PaymentMethod.BANK, slip.path("TYPE").asInt() == BANK_RECEIVED, line.get("AMOUNT"),
                line.get("ARP_CODE"), line.get("BANKACC_CODE"), line.get("DESCRIPTION"));
    }

    public static Payment fromCardSlip(ObjectNode slip) {
        JsonNode line = slip.path("TRANSACTIONS").path("items").path(0);
        JsonNode party = LogoValues.text(line.get("ARP_CODE")) != null ? line.get("ARP_CODE") : slip.get("ARP_CODE");
        return payment(slip, PaymentMethod.CREDIT_CARD, true, line.get("AMOUNT"), party, slip.get("BANKACC_CODE"),
                line.get("DESCRIPTION"));
    }

    /** The slip of {@code payment} for {@link #resource}; checked first, so a refusal sends nothing. */
    public static ObjectNode toSlip(String operation, Payment payment) {
        String resource = resource(operation, payment);
        String number = Invalid.requireText(operation, "number", payment.number());
        if (number.equals("~")) {
            throw Invalid.field(operation, "number", "'~' asks Logo to number the slip; Köprü needs its own number"
                    + " to find a lost create");
        }
        if (payment.date() == null) {
            throw Invalid.field(operation, "date", "required");
        }
        String party = Invalid.requireText(operation, "partyCode", payment.partyCode());
        if (payment.amount() == null || payment.amount().amount().signum() <= 0) {
            throw Invalid.field(operation, "amount", "must be more than 0, was " + payment.amount());
        }
        if (!payment.amount().currency().equals(Money.TRY)) {
            throw Invalid.field(operation, "amount.currency", "only TRY payments are mapped yet, was "
                    + payment.amount().currency());
        }
        BigDecimal amount = payment.amount().amount();
        String date = LogoValues.date(payment.date());
        ObjectNode slip = JsonNodeFactory.instance.objectNode().put("INTERNAL_REFERENCE", 0).put("NUMBER", number)
                .put("DATE", date);
        switch (resource) {
            case CASH -> slip.put("TYPE", payment.received() ? CASH_RECEIVED : CASH_PAID)
                    .put("SD_CODE", Invalid.requireText(operation, "account", payment.account()))
                    .put("ARP_CODE", party).put("AMOUNT", amount);
            case BANK -> {
                int type = payment.received() ? BANK_RECEIVED : BANK_PAID;
                slip.put("TYPE", type);
                line(slip, type, party, date, amount, payment.received() ? 0 : 1, payment.note())
                        .put("BANKACC_CODE", Invalid.requireText(operation, "account", payment.account()));
            }
            default -> {
                if (!payment.received()) {
                    throw Invalid.field(operation, "received", "a card payment made to a party is not mapped:"
                            + " logo.md gives an ArpSlips type (70) only for a card collection");
                }
                slip.put("TYPE", CARD_RECEIVED);
                optional(slip, "BANKACC_CODE", payment.account());
                line(slip, CARD_RECEIVED, party, date, amount, 1, payment.note());
            }
        }
        if (resource.equals(CASH)) {
            optional(slip, "DESCRIPTION", payment.note());
        }
        return slip;
    }

    private static void optional(ObjectNode record, String field, String value) {
        if (value != null) {
            record.put(field, value);
        }
    }

    /** The slip's one line: {@code SIGN} 0 a debit, 1 a credit, the amount in {@code DEBIT} or {@code CREDIT}. */
    private static ObjectNode line(ObjectNode slip, int type, String party, String date, BigDecimal amount, int sign,
                                   String note) {
        ObjectNode line = slip.putObject("TRANSACTIONS").putArray("items").addObject().put("TRCODE", type)
                .put("ARP_CODE", party).put("DATE", date).put("SIGN", sign).put(sign == 0 ? "DEBIT" : "CREDIT", amount)
                .put("AMOUNT", amount);
        optional(line, "DESCRIPTION", note);
        return line;
    }

    private static Payment payment(ObjectNode slip, PaymentMethod method, boolean received, JsonNode amount,
                                   JsonNode party, JsonNode account, JsonNode note) {
        BigDecimal value = LogoValues.decimal(amount);
        LocalDate date = LogoValues.date(slip.get("DATE"));
        return new Payment(slip.path("INTERNAL_REFERENCE").asText(), LogoValues.text(slip.get("NUMBER")), received,
                method, date, null, LogoValues.text(party), value == null ? null : new Money(value, Money.TRY),
                LogoValues.text(account), LogoValues.text(note), LogoValues.changedAt(slip));
    }
}
