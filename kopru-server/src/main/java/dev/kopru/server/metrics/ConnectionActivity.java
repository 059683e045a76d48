package dev.kopru.server.metrics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The last hour of vendor calls of each connection, minute by minute: calls, and their p50 and p95 latency, by
 * outcome, for the dashboard's charts. Micrometer's timer keeps totals since the start, not a series, so the same
 * meter point also feeds a bounded ring of {@value #MINUTES} per-minute buckets here. It is memory only: it starts
 * empty at every restart, and each node keeps its own. Latencies are kept in a histogram whose buckets grow by a
 * factor of 2^¼, so a percentile is the upper bound of its bucket: at most 19% above the latency it stands for.
 */
public final class ConnectionActivity {

    /** How many minutes back the ring goes. */
    public static final int MINUTES = 60;

    private static final double SMALLEST_MS = 0.1;
    private static final int BUCKETS = 4 * 21; // 0.1 ms × 2^21 ≈ 210 s; slower calls count in the last bucket

    private final Clock clock;
    private final Map<Long, Ring> rings = new ConcurrentHashMap<>();

    public ConnectionActivity(Clock clock) {
        this.clock = clock;
    }

    /** One call of {@code connection}, ended now with {@code outcome} ("ok" or the failure's kind). */
    void record(long connection, String outcome, Duration latency) {
        rings.computeIfAbsent(connection, c -> new Ring()).record(minuteNow(), outcome, bucketOf(latency));
    }

    /** Minute by minute, oldest first, the last {@code minutes} (1 to {@value #MINUTES}) of {@code connection}'s calls. */
    public List<Minute> lastMinutes(long connection, int minutes) {
        Ring ring = rings.get(connection);
        long now = minuteNow();
        List<Minute> answer = new ArrayList<>(minutes);
        for (long minute = now - minutes + 1; minute <= now; minute++) {
            answer.add(ring == null ? Minute.quiet(minute) : ring.minute(minute));
        }
        return answer;
    }

    private long minuteNow() {
        return Math.floorDiv(clock.millis(), 60_000L);
    }

    private static int bucketOf(Duration latency) {
        double ms = latency.toNanos() / 1e6;
        if (ms <= SMALLEST_MS) {
            return 0;
        }
        return (int) Math.min(BUCKETS - 1, Math.ceil(4 * Math.log(ms / SMALLEST_MS) / Math.log(2)));
    }

    private static double upperBoundMs(int bucket) {
        double ms = SMALLEST_MS * Math.pow(2, bucket / 4.0);
        return Math.round(ms * 100) / 100.0;
    }

    /** One minute of calls: all of them, then by outcome; latencies in milliseconds, null when there were no calls. */
    public record Minute(Instant minute, long calls, Double p50Ms, Double p95Ms, List<Outcome> outcomes) {

        static Minute quiet(long minute) {
            return new Minute(Instant.ofEpochSecond(minute * 60), 0, null, null, List.of());
        }
    }

    /** The calls of a minute that ended one way. */
    public record Outcome(String outcome, long calls, double p50Ms, double p95Ms) {
    }

    /** The per-minute buckets of one connection, each slot reused when its minute comes round again. */
    private static final class Ring {
        private final long[] minutes = new long[MINUTES];
        private final List<Map<String, long[]>> slots = new ArrayList<>(MINUTES);

        Ring() {
            for (int i = 0; i < MINUTES; i++) {
                minutes[i] = Long.MIN_VALUE;
                slots.add(new TreeMap<>());
            }
        }

        synchronized void record(long minute, String outcome, int bucket) {
            int slot = (int) Math.floorMod(minute, MINUTES);
            if (minutes[slot] != minute) {
                minutes[slot] = minute;
                slots.get(slot).clear();
            }
            slots.get(slot).computeIfAbsent(outcome, o -> new long[BUCKETS])[bucket]++;
        }

        synchronized Minute minute(long minute) {
            int slot = (int) Math.floorMod(minute, MINUTES);
            if (minutes[slot] != minute || slots.get(slot).isEmpty()) {
                return Minute.quiet(minute);
            }
            long[] all = new long[BUCKETS];
            List<Outcome> outcomes = new ArrayList<>();
            slots.get(slot).forEach((outcome, histogram) -> {
                for (int i = 0; i < BUCKETS; i++) {
                    all[i] += histogram[i];
                }
                outcomes.add(new Outcome(outcome, total(histogram), percentile(histogram, 0.50),
                        percentile(histogram, 0.95)));
            });
            return new Minute(Instant.ofEpochSecond(minute * 60), total(all), percentile(all, 0.50),
                    percentile(all, 0.95), List.copyOf(outcomes));
        }

        private static long total(long[] histogram) {
            long sum = 0;
            for (long n : histogram) {
                sum += n;
            }
            return sum;
        }

        /** The upper bound of the bucket that holds the {@code q}-th call, fastest first. */
        private static double percentile(long[] histogram, double q) {
            long rank = (long) Math.ceil(q * total(histogram));
            long seen = 0;
            for (int i = 0; i < BUCKETS; i++) {
                seen += histogram[i];
                if (seen >= Math.max(1, rank)) {
                    return upperBoundMs(i);
                }
            }
            return upperBoundMs(BUCKETS - 1);
        }
    }
}
