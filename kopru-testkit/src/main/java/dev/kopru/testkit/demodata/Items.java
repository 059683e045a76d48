package dev.kopru.testkit.demodata;

import dev.kopru.testkit.demodata.Products.Goods;
import dev.kopru.testkit.demodata.Products.Medicine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;

import static dev.kopru.testkit.demodata.Words.pick;

/** Builds demo item {@code i}: about half medicines (with an expiry date), half general goods. */
final class Items {
    private static final String UNIT = "ADET";

    private Items() {
    }

    static DemoItem create(long seed, int index, LocalDate referenceDate) {
        Random random = Seeds.random(seed, Seeds.ITEM, index);
        String code = String.format(Locale.ROOT, "STK-%06d", index + 1);
        String barcode = Gtin.complete("869" + String.format(Locale.ROOT, "%09d",
                Seeds.unique(seed, Seeds.GTIN, index, 1_000_000_000L)));
        int onHand = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(500); // some out of stock

        if (random.nextBoolean()) {
            Medicine medicine = Products.MEDICINES.get(random.nextInt(Products.MEDICINES.size()));
            String name = medicine.ingredient() + " " + pick(random, medicine.strengths()) + " "
                    + pick(random, medicine.packs());
            // From a month to three years ahead: some fall under FarmaBorsa's "under 12 months" band.
            LocalDate expiry = referenceDate.plusDays(30 + random.nextInt(3 * 365 - 30));
            return new DemoItem(index, code, DemoItem.Kind.PHARMACY, name, "İlaç", barcode, UNIT,
                    BigDecimal.valueOf(Products.MEDICINE_VAT_RATE), price(random, medicine.minKurus(),
                    medicine.maxKurus()), onHand, expiry);
        }
        Goods goods = Products.GOODS.get(random.nextInt(Products.GOODS.size()));
        return new DemoItem(index, code, DemoItem.Kind.GENERAL, goods.name() + " " + pick(random, goods.variants()),
                goods.category(), barcode, UNIT, BigDecimal.valueOf(goods.vatRate()),
                price(random, goods.minKurus(), goods.maxKurus()), onHand, null);
    }

    /** A price between the bounds, ending in 0, 5 or 9 kuruş like shelf prices do. */
    private static BigDecimal price(Random random, int minKurus, int maxKurus) {
        int kurus = minKurus + random.nextInt(maxKurus - minKurus + 1);
        int[] endings = {0, 5, 9};
        kurus = kurus - kurus % 10 + endings[random.nextInt(endings.length)];
        return BigDecimal.valueOf(Math.max(kurus, 1), 2);
    }
}
