package dev.kopru.wiradius.sandbox;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One operator's accounting data as the web service exposes it: customer accounts (cari), their movements and the
 * sales and purchase invoices with lines. Built once ({@link IspData}) and never changed: the service is read-only.
 */
final class Isp {

    static final BigDecimal ZERO = new BigDecimal("0.00");

    /** A customer account; a person has {@code tcNo}, a company {@code taxNo} and {@code taxOffice}. */
    record Subscriber(int id, int cariTipi, String name, String tcNo, String taxNo, String taxOffice, String phone,
                      String email, String address, String city, String district, LocalDateTime createdAt,
                      BigDecimal balance) {
    }

    /** One line of a customer's statement; {@code balance} is the running balance after it (debt positive). */
    record Movement(int transId, int cariId, LocalDateTime date, String type, Integer invoiceId, String description,
                    BigDecimal debt, BigDecimal credit, BigDecimal balance) {
    }

    /**
     * One invoice line: {@code net = quantity × unitPrice}; ÖİV on the net; KDV on net + ÖİV (the special
     * communication tax is part of the VAT base); {@code lineTotal} = net + ÖİV + KDV.
     */
    record Row(int rowId, int invoiceId, String description, BigDecimal quantity, String unit, BigDecimal unitPrice,
               int taxRate, BigDecimal oivRate) {

        BigDecimal net() {
            return quantity.multiply(unitPrice).setScale(2, RoundingMode.HALF_UP);
        }

        BigDecimal oivAmount() {
            return percent(net(), oivRate);
        }

        BigDecimal taxAmount() {
            return percent(net().add(oivAmount()), BigDecimal.valueOf(taxRate));
        }

        BigDecimal lineTotal() {
            return net().add(oivAmount()).add(taxAmount());
        }
    }

    /** An invoice; {@code type} is {@code sell} or {@code buy}. */
    record Invoice(int invoiceId, int cariId, String invoiceNo, LocalDate date, String type, String invoiceType,
                   String ettn, String cariName, List<Row> rows) {

        BigDecimal total() {
            return rows.stream().map(Row::net).reduce(ZERO, BigDecimal::add);
        }

        BigDecimal oivTotal() {
            return rows.stream().map(Row::oivAmount).reduce(ZERO, BigDecimal::add);
        }

        BigDecimal taxTotal() {
            return rows.stream().map(Row::taxAmount).reduce(ZERO, BigDecimal::add);
        }

        BigDecimal grandTotal() {
            return rows.stream().map(Row::lineTotal).reduce(ZERO, BigDecimal::add);
        }
    }

    private final List<Subscriber> subscribers;
    private final Map<Integer, List<Movement>> movements;
    private final List<Invoice> invoices;
    private final Map<Integer, Invoice> invoicesById = new HashMap<>();

    Isp(List<Subscriber> subscribers, List<Movement> movements, List<Invoice> invoices) {
        this.subscribers = List.copyOf(subscribers);
        Map<Integer, List<Movement>> byCari = new HashMap<>();
        movements.stream().sorted(Comparator.comparing(Movement::date).thenComparing(Movement::transId))
                .forEach(m -> byCari.computeIfAbsent(m.cariId(), id -> new ArrayList<>()).add(m));
        this.movements = byCari;
        this.invoices = invoices.stream()
                .sorted(Comparator.comparing(Invoice::date).thenComparing(Invoice::invoiceId)).toList();
        this.invoices.forEach(i -> invoicesById.put(i.invoiceId(), i));
    }

    static BigDecimal percent(BigDecimal amount, BigDecimal rate) {
        return amount.multiply(rate).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * One page of the customer list: with {@code willBorrow} (1 debtors, 2 creditors, 3 zero balance) the largest
     * amounts first, without it the newest accounts first (wiradius.md §5.2).
     */
    List<Subscriber> customers(Integer willBorrow, int page, int size) {
        Comparator<Subscriber> newestFirst = Comparator.comparing(Subscriber::createdAt)
                .thenComparing(Subscriber::id).reversed();
        Comparator<Subscriber> order = willBorrow == null || willBorrow == 3 ? newestFirst
                : Comparator.comparing((Subscriber s) -> s.balance().abs()).reversed().thenComparing(newestFirst);
        return subscribers.stream()
                .filter(s -> willBorrow == null || switch (willBorrow) {
                    case 1 -> s.balance().signum() > 0;
                    case 2 -> s.balance().signum() < 0;
                    default -> s.balance().signum() == 0;
                })
                .sorted(order).skip((long) (page - 1) * size).limit(size).toList();
    }

    /** The movements of one customer dated within {@code [from, to]}, whole days, oldest first. */
    List<Movement> movements(int cariId, LocalDate from, LocalDate to) {
        return movements.getOrDefault(cariId, List.of()).stream()
                .filter(m -> !m.date().toLocalDate().isBefore(from) && !m.date().toLocalDate().isAfter(to)).toList();
    }

    /** One page of the invoices of {@code type} dated within {@code [from, to]}, by invoice date ascending. */
    List<Invoice> invoices(String type, LocalDate from, LocalDate to, Integer cariId, int page, int size) {
        return invoices.stream()
                .filter(i -> i.type().equals(type) && (cariId == null || i.cariId() == cariId)
                        && !i.date().isBefore(from) && !i.date().isAfter(to))
                .skip((long) (page - 1) * size).limit(size).toList();
    }

    Optional<Invoice> invoice(int id) {
        return Optional.ofNullable(invoicesById.get(id));
    }

    int subscriberCount() {
        return subscribers.size();
    }

    int invoiceCount() {
        return invoices.size();
    }

    long movementCount() {
        return movements.values().stream().mapToLong(List::size).sum();
    }
}
