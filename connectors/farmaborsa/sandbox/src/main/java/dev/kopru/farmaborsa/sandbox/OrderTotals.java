package dev.kopru.farmaborsa.sandbox;

import dev.kopru.core.money.Vat;
import java.math.BigDecimal;
import java.util.List;

/**
 * An order's totals (farmaborsa.md §5.4, §6.7): {@code toplam} = Σ netToplam, {@code genelToplam} = Σ birimFiyat ×
 * adet, and VAT only in the two fields the vendor's model has, {@code kdvToplam8} and {@code kdvToplam18}. Lines at
 * 1 %, 10 % or 20 % add to neither (so toplam + kdvToplam8 + kdvToplam18 = genelToplam holds only for 8/18 % orders),
 * unless {@code legacyBuckets} folds 10 % into the 8 field and 20 % into the 18 field [inference].
 */
record OrderTotals(BigDecimal toplam, BigDecimal kdvToplam8, BigDecimal kdvToplam18, BigDecimal genelToplam) {

    static OrderTotals of(List<OrderLine> lines, boolean legacyBuckets) {
        BigDecimal net = zero();
        BigDecimal gross = zero();
        BigDecimal vat8 = zero();
        BigDecimal vat18 = zero();
        for (OrderLine line : lines) {
            net = net.add(line.netToplam());
            gross = gross.add(line.gross());
            switch (line.kdv()) {
                case 8 -> vat8 = vat8.add(line.vat());
                case 18 -> vat18 = vat18.add(line.vat());
                case 10 -> vat8 = legacyBuckets ? vat8.add(line.vat()) : vat8;
                case 20 -> vat18 = legacyBuckets ? vat18.add(line.vat()) : vat18;
                default -> {
                    // 0 % and 1 % have no field in the vendor's model
                }
            }
        }
        return new OrderTotals(net, vat8, vat18, gross);
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(Vat.AMOUNT_SCALE);
    }
}
