package dev.kopru.mikro.mapping;

import dev.kopru.core.money.Vat;
import dev.kopru.core.money.VatRate;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The VAT rate of a line read back from Mikro, which stores the line's net ({@code sth_tutar}) and VAT amount
 * ({@code sth_vergi}) but no rate: the rate whose VAT on that net, rounded as kopru-core rounds, is exactly that
 * amount. Several rates can fit a tiny net; the one nearest the plain ratio wins. No fit gives {@code null}.
 */
final class VatFromAmounts {

    private VatFromAmounts() {
    }

    static BigDecimal rate(BigDecimal net, BigDecimal vat) {
        if (net == null || vat == null || net.signum() == 0) {
            return vat != null && vat.signum() == 0 ? BigDecimal.ZERO : null;
        }
        BigDecimal ratio = vat.multiply(BigDecimal.valueOf(100)).divide(net, 6, RoundingMode.HALF_UP);
        VatRate best = null;
        for (VatRate rate : VatRate.all()) {
            if (Vat.amount(net, rate).compareTo(vat) == 0 && (best == null
                    || distance(rate, ratio).compareTo(distance(best, ratio)) < 0)) {
                best = rate;
            }
        }
        return best == null ? null : best.asBigDecimal();
    }

    private static BigDecimal distance(VatRate rate, BigDecimal ratio) {
        return rate.asBigDecimal().subtract(ratio).abs();
    }
}
