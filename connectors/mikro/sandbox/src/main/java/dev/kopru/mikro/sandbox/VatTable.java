package dev.kopru.mikro.sandbox;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The company's VAT table behind every {@code *_vergi_pntr}: pointer 1..6 to 0, 1, 8, 10, 18 and 20 percent
 * (the rates Türkiye has used; 8 and 18 still appear on old documents). VergiListesiV2 lists it.
 */
final class VatTable {

    record Rate(int pointer, BigDecimal percent, String name) {
    }

    static final List<Rate> RATES = List.of(
            rate(1, 0), rate(2, 1), rate(3, 8), rate(4, 10), rate(5, 18), rate(6, 20));

    private VatTable() {
    }

    private static Rate rate(int pointer, int percent) {
        return new Rate(pointer, BigDecimal.valueOf(percent), "KDV %" + percent);
    }

    static BigDecimal percent(long pointer) {
        return RATES.stream().filter(r -> r.pointer() == pointer).findFirst()
                .map(Rate::percent)
                .orElseThrow(() -> MikroError.invalid("vergi_pntr", "1 ile " + RATES.size() + " arasında olmalıdır: "
                        + pointer));
    }

    /** The pointer of the rate nearest to {@code percent}; VAT amounts that were rounded still find their rate. */
    static int pointerFor(BigDecimal percent) {
        Rate nearest = RATES.get(0);
        for (Rate rate : RATES) {
            if (rate.percent().subtract(percent).abs().compareTo(nearest.percent().subtract(percent).abs()) < 0) {
                nearest = rate;
            }
        }
        return nearest.pointer();
    }

    /** The rate a net amount and its VAT amount imply, in percent. */
    static BigDecimal impliedPercent(BigDecimal net, BigDecimal vat) {
        if (net.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return vat.multiply(BigDecimal.valueOf(100)).divide(net, 2, RoundingMode.HALF_UP);
    }

    /** VAT of a net amount at a percent, to the kuruş, half up. */
    static BigDecimal vat(BigDecimal net, BigDecimal percent) {
        return net.multiply(percent).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }
}
