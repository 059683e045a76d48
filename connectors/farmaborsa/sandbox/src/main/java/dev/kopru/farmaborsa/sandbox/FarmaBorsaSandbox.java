package dev.kopru.farmaborsa.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kopru.testkit.sandbox.Sandbox;
import dev.kopru.testkit.sandbox.SandboxApp;
import dev.kopru.testkit.sandbox.SandboxJson;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An emulator of FarmaBorsa's integration API ({@code api/Entegre}), written from vendors/farmaborsa.md: the eleven
 * documented operations (and the two seen only in a public client), credentials in every body, the {@code hata}/
 * {@code mesaj} envelope, the vendor's limit of 10 requests a minute per account, a catalogue that knows some
 * barcodes and opens product-card requests for the rest, and a simulated buyer whose orders the seller confirms,
 * cancels, ships and invoices.
 *
 * <pre>{@code
 * try (Sandbox sandbox = Sandbox.start(new FarmaBorsaSandbox(FarmaBorsaSandboxOptions.goldenExamples().build()), 0)) {
 *     // POST sandbox.baseUri() + "/api/Entegre/IlanlarimListesi" {"nick":"demoeczane","parola":"demo123",...}
 * }
 * }</pre>
 */
public final class FarmaBorsaSandbox implements SandboxApp {

    private static final Pattern LABEL_FILE = Pattern.compile("(\\d{1,12})\\.pdf", Pattern.CASE_INSENSITIVE);

    private final FarmaBorsaSandboxOptions options;
    private final Market market;
    private final RateLimiter rateLimiter;
    private final EntegreRouter router;
    private volatile Sandbox sandbox;
    private ScheduledExecutorService ticker;

    /** Seeds the marketplace; the HTTP side starts with {@link Sandbox#start(SandboxApp, int)}. */
    public FarmaBorsaSandbox(FarmaBorsaSandboxOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.market = new Market(options);
        this.rateLimiter = new RateLimiter(options.clock(), options.rateLimit());
        this.router = new EntegreRouter(options, rateLimiter, new ListingOperations(market, options),
                new OrderQueries(market, options), new OrderActions(market, options, this::linkBase));
    }

    /** A sandbox with DESIGN.md's demo account (nick demo, parola demo, apiKey demo-api-key) and demo data. */
    public FarmaBorsaSandbox() {
        this(FarmaBorsaSandboxOptions.builder().build());
    }

    public FarmaBorsaSandboxOptions options() {
        return options;
    }

    @Override
    public String vendor() {
        return "farmaborsa";
    }

    @Override
    public void routes(RoutesConfig routes, Sandbox running) {
        this.sandbox = running;
        for (String path : new String[] {"/api/Entegre/{operation}", "/Entegre/{operation}"}) {
            routes.post(path, router::handle);
            routes.get(path, router::handle);
        }
        routes.get("/kargo/{file}", this::cargoLabel);
        AdminRoutes.register(routes, options, market, rateLimiter);
        startTicker();
    }

    /** Every operation is a POST; the writes are those that change listings or orders. */
    @Override
    public boolean isWrite(Context ctx) {
        return ctx.method() == HandlerType.POST && router.resolve(ctx).map(Operation::write).orElse(false);
    }

    /** The kit's rate-limit knob, when a test uses it, answers as the vendor's own limit does (G10's shape). */
    @Override
    public void respondRateLimited(Context ctx, Duration retryAfter) {
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        ctx.header("Retry-After", Long.toString(seconds));
        SandboxJson.respond(ctx, 429, SandboxJson.object().put("hata", true).put("mesaj", rateLimiter.message()));
    }

    @Override
    public JsonNode state() {
        ObjectNode state = SandboxJson.object();
        market.apply(s -> {
            ObjectNode listings = state.putObject("listings");
            listings.put("active", s.allListings().filter(l -> l.terms().aktif()).count());
            listings.put("passive", s.allListings().filter(l -> !l.terms().aktif()).count());
            ObjectNode requests = state.putObject("productRequests");
            for (ProductRequest.State st : ProductRequest.State.values()) {
                requests.put(st.name().toLowerCase(java.util.Locale.ROOT), s.requests().filter(r -> r.state() == st)
                        .count());
            }
            ObjectNode orders = state.putObject("orders");
            orders.put("total", s.orders().count());
            Map<String, Long> byStatus = new TreeMap<>();
            for (OrderStatus status : OrderStatus.values()) {
                byStatus.put(Integer.toString(status.code()), s.orders().filter(o -> o.status() == status).count());
            }
            ObjectNode statuses = orders.putObject("byStatus");
            byStatus.forEach(statuses::put);
            state.putObject("catalogue").put("products", s.productCount());
            return null;
        });
        state.set("accounts", SandboxJson.array().addAll(options.accounts().stream()
                .map(a -> SandboxJson.object().textNode(a.nick())).toList()));
        FarmaBorsaSandboxOptions.RateLimit limit = rateLimiter.settings();
        state.putObject("rateLimit").put("enabled", limit.enabled()).put("permits", limit.permits())
                .put("periodMs", limit.period().toMillis()).put("httpStatus", limit.httpStatus());
        putMillis(state, "productApprovalDelayMs", market.approvalDelay());
        putMillis(state, "buyerOrderIntervalMs", market.buyerInterval());
        state.put("now", LocalDateTime.ofInstant(market.now(), FarmaBorsaSandboxOptions.ISTANBUL).toString());
        state.put("goldenSet", options.goldenSet());
        state.put("demoSeed", options.demoSeed());
        state.put("demoSize", options.demoSize());
        state.put("orderPageSize", options.orderPageSize());
        state.putObject("inferences")
                .put("absentAktifPublishes", options.absentAktifPublishes())
                .put("tumIlanlarGelsinListsAll", options.tumIlanlarGelsinListsAll())
                .put("cargoLinkNeedsConfirmation", options.cargoLinkNeedsConfirmation())
                .put("cargoLinkShips", options.cargoLinkShips())
                .put("legacyVatBuckets", options.legacyVatBuckets())
                .put("unverifiedOperations", options.unverifiedOperations());
        return state;
    }

    /** Back to the seeded data, and the rate limit, approval delay and buyer rate of the options. */
    @Override
    public void reset() {
        market.reset();
        rateLimiter.reset();
    }

    /** Stops the simulated buyer's ticker. */
    @Override
    public synchronized void close() {
        if (ticker != null) {
            ticker.shutdownNow();
            ticker = null;
        }
    }

    /**
     * Time-driven events (approvals, the buyer's steady orders) are applied whenever anything reads the market;
     * the ticker reads it once a second so that they also happen while nobody calls.
     */
    private synchronized void startTicker() {
        if (ticker != null) {
            return;
        }
        ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "farmaborsa-sandbox-ticker");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleWithFixedDelay(() -> {
            try {
                market.apply(state -> null);
            } catch (RuntimeException e) {
                // a failed tick must not end the schedule; the next access tries again
            }
        }, 1, 1, TimeUnit.SECONDS);
    }

    /** GET /kargo/{satisKod}.pdf: the print-out KargoLinkiOlusturma links to. */
    private void cargoLabel(Context ctx) {
        Matcher m = LABEL_FILE.matcher(ctx.pathParam("file"));
        if (!m.matches()) {
            EntegreRouter.notFound(ctx);
            return;
        }
        long satisKod = Long.parseLong(m.group(1));
        boolean labelled = market.apply(s -> s.order(satisKod).map(Order::hasCargoLabel).orElse(false));
        if (!labelled) {
            EntegreRouter.notFound(ctx);
            return;
        }
        ctx.status(200).contentType("application/pdf").result(CargoLabel.pdf(satisKod));
    }

    /** Links point at {@code publicBaseUri}, else at this sandbox's own address. */
    private String linkBase() {
        if (options.publicBaseUri() != null) {
            String base = options.publicBaseUri().toString();
            return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        }
        Sandbox running = sandbox;
        return running == null ? "http://127.0.0.1" : running.baseUri().toString();
    }

    private static void putMillis(ObjectNode node, String field, Duration value) {
        if (value == null) {
            node.putNull(field);
        } else {
            node.put(field, value.toMillis());
        }
    }

    @Override
    public String toString() {
        return "FarmaBorsaSandbox[" + options + "]";
    }
}
