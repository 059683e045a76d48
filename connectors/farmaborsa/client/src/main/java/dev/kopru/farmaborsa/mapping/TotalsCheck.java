package dev.kopru.farmaborsa.mapping;

import dev.kopru.core.money.Discrepancy;

/** A FarmaBorsa order total ({@code toplam}, {@code genelToplam}, {@code kdvToplam8}, ...) Köprü disagrees with. */
public record TotalsCheck(String vendorField, Discrepancy discrepancy) {

    /** For logs and dead letters, e.g. {@code genelToplam: gross: ours 168.70, theirs 168.71, ...}. */
    public String describe() {
        return vendorField + ": " + discrepancy.describe();
    }
}
