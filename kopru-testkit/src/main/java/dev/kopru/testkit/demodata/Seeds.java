package dev.kopru.testkit.demodata;

import java.util.Random;

/**
 * Where every random choice comes from: record {@code i} of a kind gets its own {@link Random}, seeded from
 * (data-set seed, kind, i) through the SplitMix64 finaliser, so a record depends on nothing else. {@link Random}
 * is used because its algorithm is specified, so the same seed gives the same data on every JDK.
 */
final class Seeds {
    static final long PARTY = 0x5041525459L;
    static final long ITEM = 0x4954454DL;
    static final long INVOICE = 0x494E564F49L;
    static final long VKN = 0x564B4EL;
    static final long TCKN = 0x54434B4EL;
    static final long GTIN = 0x4754494EL;

    private static final int HALF_BITS = 15;
    private static final long HALF_MASK = (1L << HALF_BITS) - 1;

    private Seeds() {
    }

    static Random random(long seed, long kind, int index) {
        return new Random(mix(mix(seed ^ kind) + index));
    }

    /**
     * A number in {@code 0 .. modulus−1} that no other index below {@code modulus} gets, and that does not look
     * sequential: a keyed permutation (a four-round Feistel network on 30 bits, walked until it lands below
     * {@code modulus}). This keeps tax ids and barcodes unique in a data set without remembering those handed out.
     */
    static long unique(long seed, long kind, int index, long modulus) {
        if (modulus > 1L << (2 * HALF_BITS) || index >= modulus) {
            throw new IllegalArgumentException("index: " + index + " must be below " + modulus);
        }
        long key = mix(seed ^ kind);
        long value = index;
        do {
            value = feistel(key, value);
        } while (value >= modulus); // a cycle of the permutation always comes back below modulus, to index at worst
        return value;
    }

    private static long feistel(long key, long value) {
        long left = value >>> HALF_BITS;
        long right = value & HALF_MASK;
        for (int round = 0; round < 4; round++) {
            long next = left ^ (mix(key + round * 0x100000L + right) & HALF_MASK);
            left = right;
            right = next;
        }
        return left << HALF_BITS | right;
    }

    private static long mix(long z) {
        z += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
