package dev.kopru.testkit.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;

/**
 * The fault knobs of one sandbox. All are off after construction and after {@link #clear()}; random decisions come
 * from one generator reseeded by {@link #seed(long)}, so a given seed and request order give the same faults.
 * Thread-safe: every knob and decision is guarded by this object's monitor.
 *
 * <p>Semantics, in the order they apply to a vendor request (admin requests are never hit):
 * <ol>
 *   <li>{@link #latency(Duration)}: the request waits this long before anything else happens;</li>
 *   <li>{@link #resetRate(double)}, and {@link #dropNextWrites(int)} for writes: the connection is closed without a
 *       response, before the handler runs;</li>
 *   <li>{@link #rateLimit(int, Duration)}: more than {@code permits} requests within a sliding window of {@code per}
 *       are answered by {@link SandboxApp#respondRateLimited};</li>
 *   <li>{@link #errorRate(double)}, {@link #failNextRequests(int)} and {@link #failFromNextWrite(int)}: HTTP 500
 *       before the handler runs, so nothing is written;</li>
 *   <li>{@link #loseResponseRate(double)} and {@link #loseNextWrites(int)} (writes only, see
 *       {@link SandboxApp#isWrite}): the handler runs and commits, then the connection is closed so the client
 *       sees no response.</li>
 * </ol>
 * {@link #sessionTtl(Duration)} and {@link #expireSessions()} are read by apps that issue sessions or tokens.
 */
public final class Faults {

    private static final long DEFAULT_SEED = 0L;

    private Duration latency = Duration.ZERO;
    private double errorRate;
    private double resetRate;
    private double loseResponseRate;
    private int loseNextWrites;
    private int dropNextWrites;
    private int failNextRequests;
    private int failFromNextWrite;
    private boolean outage;
    private int ratePermits;
    private Duration ratePer;
    private final ArrayDeque<Long> rateWindow = new ArrayDeque<>();
    private Duration sessionTtl;
    private long sessionGeneration;
    private long seed = DEFAULT_SEED;
    private Random random = new Random(DEFAULT_SEED);

    /** Every request waits this long before it is handled; zero turns it off. */
    public synchronized Faults latency(Duration latency) {
        Objects.requireNonNull(latency, "latency");
        if (latency.isNegative()) {
            throw new IllegalArgumentException("latency must not be negative, was " + latency);
        }
        this.latency = latency;
        return this;
    }

    /** The share of requests (0..1) answered with HTTP 500 before the handler runs. */
    public synchronized Faults errorRate(double rate) {
        this.errorRate = checkRate("errorRate", rate);
        return this;
    }

    /** The share of requests (0..1) whose connection is closed without a response before the handler runs. */
    public synchronized Faults resetRate(double rate) {
        this.resetRate = checkRate("resetRate", rate);
        return this;
    }

    /** Allows {@code permits} requests per sliding window of {@code per}; the rest are refused as rate limited. */
    public synchronized Faults rateLimit(int permits, Duration per) {
        Objects.requireNonNull(per, "per");
        if (permits < 1) {
            throw new IllegalArgumentException("rateLimit.permits must be at least 1, was " + permits);
        }
        if (per.isNegative() || per.isZero()) {
            throw new IllegalArgumentException("rateLimit.per must be positive, was " + per);
        }
        this.ratePermits = permits;
        this.ratePer = per;
        rateWindow.clear();
        return this;
    }

    /** Turns rate limiting off. */
    public synchronized Faults noRateLimit() {
        this.ratePermits = 0;
        this.ratePer = null;
        rateWindow.clear();
        return this;
    }

    /** How long sessions or tokens that the app issues stay valid; {@code null} restores the app's own default. */
    public synchronized Faults sessionTtl(Duration ttl) {
        if (ttl != null && (ttl.isNegative() || ttl.isZero())) {
            throw new IllegalArgumentException("sessionTtl must be positive, was " + ttl);
        }
        this.sessionTtl = ttl;
        return this;
    }

    /** Ends every session issued so far: apps compare a session's generation with {@link #sessionGeneration()}. */
    public synchronized Faults expireSessions() {
        sessionGeneration++;
        return this;
    }

    /** The share of writes (0..1) that commit and then lose their response. */
    public synchronized Faults loseResponseRate(double rate) {
        this.loseResponseRate = checkRate("loseResponseRate", rate);
        return this;
    }

    /** The next {@code n} writes commit and then lose their response. */
    public synchronized Faults loseNextWrites(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("loseNextWrites must not be negative, was " + n);
        }
        this.loseNextWrites = n;
        return this;
    }

    /**
     * The next {@code n} writes have their connection closed before the handler runs: nothing is applied, and the
     * caller, who sent the request, cannot tell — its write is in doubt, and a lookup finds nothing.
     */
    public synchronized Faults dropNextWrites(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("dropNextWrites must not be negative, was " + n);
        }
        this.dropNextWrites = n;
        return this;
    }

    /** The next {@code n} requests are answered HTTP 500 before the handler runs, so nothing is applied. */
    public synchronized Faults failNextRequests(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("failNextRequests must not be negative, was " + n);
        }
        this.failNextRequests = n;
        return this;
    }

    /**
     * An outage that begins as a write arrives: the next write and the {@code n - 1} requests after it (reads too) are
     * answered HTTP 500 before the handler runs, so nothing is applied; the reads before that write pass. E.g. a
     * create in doubt whose look-ups fail as well, and not the look-ups that came before it.
     */
    public synchronized Faults failFromNextWrite(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("failFromNextWrite must not be negative, was " + n);
        }
        this.failFromNextWrite = n;
        this.outage = false;
        return this;
    }

    /** Reseeds the generator behind every random fault decision. */
    public synchronized Faults seed(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
        return this;
    }

    /** Turns every knob off and reseeds with the last seed; sessions already expired stay expired. */
    public synchronized Faults clear() {
        latency = Duration.ZERO;
        errorRate = 0;
        resetRate = 0;
        loseResponseRate = 0;
        loseNextWrites = 0;
        dropNextWrites = 0;
        failNextRequests = 0;
        failFromNextWrite = 0;
        outage = false;
        noRateLimit();
        sessionTtl = null;
        random = new Random(seed);
        return this;
    }

    public synchronized Duration latency() {
        return latency;
    }

    /** The session lifetime set by the knob, if any; apps fall back to their own default. */
    public synchronized Optional<Duration> sessionTtl() {
        return Optional.ofNullable(sessionTtl);
    }

    /** Increases on every {@link #expireSessions()}; a session issued under an older generation is expired. */
    public synchronized long sessionGeneration() {
        return sessionGeneration;
    }

    /** The knobs as shown by {@code GET /_sandbox/faults}. */
    public synchronized ObjectNode toJson() {
        ObjectNode json = SandboxJson.object();
        json.put("latencyMs", latency.toMillis());
        json.put("errorRate", errorRate);
        json.put("resetRate", resetRate);
        if (ratePer == null) {
            json.putNull("rateLimit");
        } else {
            json.putObject("rateLimit").put("permits", ratePermits).put("perMs", ratePer.toMillis());
        }
        if (sessionTtl == null) {
            json.putNull("sessionTtlMs");
        } else {
            json.put("sessionTtlMs", sessionTtl.toMillis());
        }
        json.put("sessionGeneration", sessionGeneration);
        json.put("loseResponseRate", loseResponseRate);
        json.put("loseNextWrites", loseNextWrites);
        json.put("dropNextWrites", dropNextWrites);
        json.put("failNextRequests", failNextRequests);
        json.put("failFromNextWrite", failFromNextWrite);
        json.put("seed", seed);
        return json;
    }

    /**
     * Applies the knobs named in {@code json} (others keep their values), as {@code PUT /_sandbox/faults} does.
     * Nothing changes when any value is bad.
     *
     * @throws FaultUpdateException naming the first bad field
     */
    public synchronized void update(JsonNode json) {
        FaultsUpdate.apply(this, json);
    }

    // --- decisions, taken by the kit for each vendor request ---

    synchronized boolean rollReset() {
        return roll(resetRate);
    }

    synchronized boolean rollError() {
        if (failNextRequests > 0) {
            failNextRequests--;
            return true;
        }
        return roll(errorRate);
    }

    /** Takes a permit; empty when allowed, else how long until the oldest request leaves the window. */
    synchronized Optional<Duration> acquirePermit(long nowNanos) {
        if (ratePer == null) {
            return Optional.empty();
        }
        long windowNanos = ratePer.toNanos();
        while (!rateWindow.isEmpty() && nowNanos - rateWindow.peekFirst() >= windowNanos) {
            rateWindow.pollFirst();
        }
        if (rateWindow.size() < ratePermits) {
            rateWindow.addLast(nowNanos);
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos(windowNanos - (nowNanos - rateWindow.peekFirst())));
    }

    synchronized boolean takeOutage(boolean write) {
        if (failFromNextWrite == 0 || !(outage || write)) {
            return false;
        }
        failFromNextWrite--;
        outage = failFromNextWrite > 0;
        return true;
    }

    synchronized boolean takeDrop() {
        if (dropNextWrites > 0) {
            dropNextWrites--;
            return true;
        }
        return false;
    }

    synchronized boolean takeLoseResponse() {
        if (loseNextWrites > 0) {
            loseNextWrites--;
            return true;
        }
        return roll(loseResponseRate);
    }

    private boolean roll(double rate) {
        if (rate <= 0) {
            return false;
        }
        return rate >= 1 || random.nextDouble() < rate;
    }

    private static double checkRate(String field, double rate) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException(field + " must be between 0 and 1, was " + rate);
        }
        return rate;
    }
}
