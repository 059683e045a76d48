package dev.kopru.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop load: {@code connections} callers, each making one call after the other until {@code calls} calls
 * were made or {@code duration} is over, whichever comes first. Latency is measured per call.
 */
final class Load {

    /** One call; {@code i} numbers the calls of a load from 0 (for unique codes). False or a throw is an error. */
    interface Call {
        boolean call(int i) throws Exception;
    }

    /** What a load achieved: calls made, calls failed, wall time and each call's latency. */
    record Outcome(int calls, long errors, long nanos, long[] latencies) {
        double perSecond() {
            return calls / (nanos / 1e9);
        }

        /** The {@code q} quantile (0..1) of the latencies, in milliseconds. */
        double millis(double q) {
            if (latencies.length == 0) {
                return Double.NaN;
            }
            return latencies[(int) Math.min(latencies.length - 1, Math.round(q * (latencies.length - 1)))] / 1e6;
        }

        Outcome requireNoErrors(String what) {
            if (errors > 0) {
                throw new IllegalStateException(what + ": " + errors + " of " + calls + " calls failed");
            }
            return this;
        }
    }

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private Load() {
    }

    static Outcome run(int connections, int calls, Duration duration, Call call) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicLong errors = new AtomicLong();
        Queue<long[]> latencies = new ConcurrentLinkedQueue<>();
        List<Thread> callers = new ArrayList<>();
        long started = System.nanoTime();
        long deadline = started + duration.toNanos();
        for (int c = 0; c < connections; c++) {
            callers.add(Thread.ofPlatform().daemon().start(() -> {
                long[] mine = new long[64];
                int count = 0;
                int i;
                while (System.nanoTime() < deadline && (i = next.getAndIncrement()) < calls) {
                    long t0 = System.nanoTime();
                    if (!succeeds(call, i)) {
                        errors.incrementAndGet();
                    }
                    if (count == mine.length) {
                        mine = Arrays.copyOf(mine, count * 2);
                    }
                    mine[count++] = System.nanoTime() - t0;
                }
                latencies.add(Arrays.copyOf(mine, count));
            }));
        }
        for (Thread caller : callers) {
            caller.join();
        }
        long nanos = System.nanoTime() - started;
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Outcome(all.length, errors.get(), nanos, all);
    }

    private static boolean succeeds(Call call, int i) {
        try {
            return call.call(i);
        } catch (Exception e) {
            return false;
        }
    }

    /** A call that sends {@code request(i)} and expects a 2xx. */
    static Call http(java.util.function.IntFunction<HttpRequest> request) {
        return i -> {
            HttpResponse<Void> response = HTTP.send(request.apply(i), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() / 100 == 2;
        };
    }
}
