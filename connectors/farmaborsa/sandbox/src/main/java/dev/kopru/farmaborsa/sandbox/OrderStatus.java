package dev.kopru.farmaborsa.sandbox;

import java.util.Arrays;
import java.util.Optional;

/**
 * {@code satisDurum} (farmaborsa.md §3). The seller moves 1 → 2 (confirm) and 1/2 → 8 (cancel); cargo and buyer
 * move 2 → 3 → 4 → 5, which the sandbox leaves to its admin API (and, optionally, to the cargo link).
 */
enum OrderStatus {
    NEW(1, "Yeni Sipariş"),
    CONFIRMED(2, "Onaylandı"),
    SHIPPED(3, "Kargolandı"),
    DELIVERED(4, "Teslim Edildi"),
    RECEIVED(5, "Alıcı Onayladı"),
    CANCELLED(8, "İptal Edildi");

    private final int code;
    private final String label;

    OrderStatus(int code, String label) {
        this.code = code;
        this.label = label;
    }

    int code() {
        return code;
    }

    /** {@code satisDurumAd}. */
    String label() {
        return label;
    }

    static Optional<OrderStatus> of(int code) {
        return Arrays.stream(values()).filter(s -> s.code == code).findFirst();
    }

    /** New, confirmed or shipped: what {@code satisDurum} 0 asks for. */
    boolean open() {
        return this == NEW || this == CONFIRMED || this == SHIPPED;
    }

    /** The one status the cargo/buyer side moves this order to next, if any (2 → 3 → 4 → 5). */
    Optional<OrderStatus> next() {
        return switch (this) {
            case CONFIRMED -> Optional.of(SHIPPED);
            case SHIPPED -> Optional.of(DELIVERED);
            case DELIVERED -> Optional.of(RECEIVED);
            default -> Optional.empty();
        };
    }
}
