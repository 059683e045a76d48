package dev.kopru.testkit.sandbox;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Applies {@link Faults} around the vendor's handlers and journals each vendor request. Runs as the first
 * before-handler and the last after-handler; requests under {@value #ADMIN_PREFIX} pass untouched. An exception
 * a vendor handler does not map still reaches the after-handler (Javalin answers it with a 500 first).
 */
final class FaultFilter {

    static final String ADMIN_PREFIX = "/_sandbox";

    private static final String LOSE = "kopru.sandbox.lose-response";
    private static final String STARTED = "kopru.sandbox.started";

    private final Sandbox sandbox;
    private final Clock clock = Clock.systemUTC();

    FaultFilter(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    static boolean isAdmin(Context ctx) {
        String path = ctx.path().toLowerCase(Locale.ROOT);
        return path.equals(ADMIN_PREFIX) || path.startsWith(ADMIN_PREFIX + "/");
    }

    void before(Context ctx) throws InterruptedException {
        if (isAdmin(ctx)) {
            return;
        }
        ctx.attribute(STARTED, Instant.now(clock));
        Faults faults = sandbox.faults();
        Duration latency = faults.latency();
        if (!latency.isZero()) {
            Thread.sleep(latency);
        }
        boolean write = sandbox.app().isWrite(ctx);
        // Skipping the remaining handlers skips the after-handlers too, so short cuts journal here.
        if (faults.rollReset() || write && faults.takeDrop()) {
            journal(ctx, 0, "reset");
            Connections.drop(ctx);
            ctx.skipRemainingHandlers();
            return;
        }
        Optional<Duration> retryAfter = faults.acquirePermit(System.nanoTime());
        if (retryAfter.isPresent()) {
            sandbox.app().respondRateLimited(ctx, retryAfter.get());
            journal(ctx, ctx.statusCode(), "rate-limit");
            ctx.skipRemainingHandlers();
            return;
        }
        if (faults.rollError() || faults.takeOutage(write)) {
            sandbox.app().respondServerError(ctx);
            journal(ctx, ctx.statusCode(), "error");
            ctx.skipRemainingHandlers();
            return;
        }
        if (write && faults.takeLoseResponse()) {
            ctx.attribute(LOSE, Boolean.TRUE);
        }
    }

    void after(Context ctx) {
        if (isAdmin(ctx)) {
            return;
        }
        if (Boolean.TRUE.equals(ctx.attribute(LOSE))) {
            journal(ctx, ctx.statusCode(), "lost-response");
            Connections.drop(ctx);
            return;
        }
        journal(ctx, ctx.statusCode(), null);
    }

    private void journal(Context ctx, int status, String fault) {
        Instant at = ctx.attribute(STARTED);
        sandbox.journal().record(at == null ? Instant.now(clock) : at, ctx.method().name(), ctx.path(), status,
                ctx.body(), fault);
    }
}
