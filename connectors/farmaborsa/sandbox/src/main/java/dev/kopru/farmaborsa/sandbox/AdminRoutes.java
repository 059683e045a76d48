package dev.kopru.farmaborsa.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kopru.farmaborsa.sandbox.FarmaBorsaSandboxOptions.RateLimit;
import dev.kopru.testkit.demodata.DemoData;
import dev.kopru.testkit.sandbox.SandboxJson;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * FarmaBorsa's own knobs, beside the kit's under {@code /_sandbox/} (neither journaled nor hit by faults):
 *
 * <pre>
 * GET  /_sandbox/farmaborsa/rate-limit                        {"enabled","permits","periodMs","httpStatus"}
 * PUT  /_sandbox/farmaborsa/rate-limit                        change any of them; the windows start empty
 * POST /_sandbox/farmaborsa/orders                            {"count":N,"seller":nick}: the buyer orders now
 * GET  /_sandbox/farmaborsa/orders/{satisKod}                 {"satisDurum","satisDurumAd","satFaturaUrl"}
 * PUT  /_sandbox/farmaborsa/orders/{satisKod}/status          {"satisDurum":3|4|5|8}: cargo and buyer steps
 * GET  /_sandbox/farmaborsa/buyer, PUT {"intervalMs":N|null}  the simulated buyer's steady order rate
 * GET  /_sandbox/farmaborsa/product-requests                  requests and {"approvalDelayMs"}; PUT changes it
 * POST /_sandbox/farmaborsa/product-requests/{id}/approve     FarmaBorsa approves now
 * POST /_sandbox/farmaborsa/product-requests/{id}/reject      {"sebep":"…"}
 * GET  /_sandbox/farmaborsa/catalogue?limit=N                 known barcodes, and demo barcodes it lacks
 * </pre>
 *
 * A bad value is a 400 {@code {"field","error"}}, as the kit's admin API answers; an unknown record 404; a move the
 * order or request cannot make 409.
 */
final class AdminRoutes {

    private static final String PREFIX = "/_sandbox/farmaborsa";

    private final FarmaBorsaSandboxOptions options;
    private final Market market;
    private final RateLimiter rateLimiter;

    private AdminRoutes(FarmaBorsaSandboxOptions options, Market market, RateLimiter rateLimiter) {
        this.options = options;
        this.market = market;
        this.rateLimiter = rateLimiter;
    }

    static void register(RoutesConfig routes, FarmaBorsaSandboxOptions options, Market market,
                         RateLimiter rateLimiter) {
        AdminRoutes admin = new AdminRoutes(options, market, rateLimiter);
        routes.get(PREFIX + "/rate-limit", ctx -> admin.respond(ctx, admin.rateLimitJson()));
        routes.put(PREFIX + "/rate-limit", admin::updateRateLimit);
        routes.post(PREFIX + "/orders", admin::placeOrders);
        routes.get(PREFIX + "/orders/{satisKod}", admin::order);
        routes.put(PREFIX + "/orders/{satisKod}/status", admin::moveOrder);
        routes.get(PREFIX + "/buyer", ctx -> admin.respond(ctx, admin.buyerJson()));
        routes.put(PREFIX + "/buyer", admin::updateBuyer);
        routes.get(PREFIX + "/product-requests", ctx -> admin.respond(ctx, admin.requestsJson()));
        routes.put(PREFIX + "/product-requests", admin::updateApprovalDelay);
        routes.post(PREFIX + "/product-requests/{urunTalep}/approve", ctx -> admin.decide(ctx, true));
        routes.post(PREFIX + "/product-requests/{urunTalep}/reject", ctx -> admin.decide(ctx, false));
        routes.get(PREFIX + "/catalogue", admin::catalogue);
    }

    ObjectNode rateLimitJson() {
        RateLimit limit = rateLimiter.settings();
        return SandboxJson.object().put("enabled", limit.enabled()).put("permits", limit.permits())
                .put("periodMs", limit.period().toMillis()).put("httpStatus", limit.httpStatus())
                .put("mesaj", rateLimiter.message());
    }

    ObjectNode buyerJson() {
        Duration interval = market.buyerInterval();
        ObjectNode json = SandboxJson.object();
        return interval == null ? json.putNull("intervalMs") : json.put("intervalMs", interval.toMillis());
    }

    ObjectNode requestsJson() {
        ObjectNode json = SandboxJson.object();
        Duration delay = market.approvalDelay();
        if (delay == null) {
            json.putNull("approvalDelayMs");
        } else {
            json.put("approvalDelayMs", delay.toMillis());
        }
        ArrayNode list = json.putArray("requests");
        market.apply(state -> state.requests().toList()).forEach(r -> list.addObject().put("urunTalep", r.urunTalep())
                .put("seller", r.seller()).put("barkod", r.barkod()).put("urunAd", r.terms().urunAd())
                .put("state", r.state().name()).put("ilan", r.ilan()).put("created", r.created().toString()));
        return json;
    }

    private void updateRateLimit(Context ctx) {
        JsonNode body = body(ctx);
        if (body == null) {
            return;
        }
        try {
            RateLimit limit = rateLimiter.settings();
            if (body.has("enabled")) {
                limit = limit.withEnabled(requireBoolean(body, "enabled"));
            }
            int permits = body.has("permits") ? (int) requireWhole(body, "permits") : limit.permits();
            Duration period = body.has("periodMs") ? Duration.ofMillis(requireWhole(body, "periodMs")) : limit.period();
            limit = limit.withPermits(permits, period);
            if (body.has("httpStatus")) {
                limit = limit.withHttpStatus((int) requireWhole(body, "httpStatus"));
            }
            rateLimiter.configure(limit);
        } catch (IllegalArgumentException e) {
            badRequest(ctx, fieldOf(e.getMessage()), e.getMessage());
            return;
        }
        respond(ctx, rateLimitJson());
    }

    private void placeOrders(Context ctx) {
        JsonNode body = ctx.body().isBlank() ? SandboxJson.object() : body(ctx);
        if (body == null) {
            return;
        }
        try {
            int count = body.has("count") ? (int) requireWhole(body, "count") : 1;
            if (count < 1 || count > 1_000) {
                throw new IllegalArgumentException("count must be between 1 and 1000, was " + count);
            }
            String seller = body.hasNonNull("seller") ? body.get("seller").asText()
                    : options.accounts().getFirst().nick();
            if (options.account(seller) == null) {
                throw new IllegalArgumentException("seller must be the nick of an account, was '" + seller + "'");
            }
            List<Order> placed = market.placeOrders(options.account(seller).nick(), count);
            ObjectNode json = SandboxJson.object().put("requested", count);
            ArrayNode codes = json.putArray("placed");
            placed.forEach(order -> codes.add(order.satisKod()));
            respond(ctx, json);
        } catch (IllegalArgumentException e) {
            badRequest(ctx, fieldOf(e.getMessage()), e.getMessage());
        }
    }

    /** One order as the marketplace holds it: its status and the invoice URL the seller attached. */
    private void order(Context ctx) {
        try {
            long satisKod = Long.parseLong(ctx.pathParam("satisKod"));
            Order order = market.apply(state -> state.order(satisKod)).orElseThrow(() -> new NoSuchElementException(
                    "order " + satisKod + " does not exist"));
            ObjectNode json = SandboxJson.object().put("satisKod", order.satisKod())
                    .put("satisDurum", order.status().code()).put("satisDurumAd", order.status().label());
            json.put("satFaturaUrl", order.satFaturaUrl());
            respond(ctx, json);
        } catch (NumberFormatException e) {
            badRequest(ctx, "satisKod", "satisKod must be a whole number, was '" + ctx.pathParam("satisKod") + "'");
        } catch (NoSuchElementException e) {
            SandboxJson.respond(ctx, 404, SandboxJson.object().put("error", e.getMessage()));
        }
    }

    private void moveOrder(Context ctx) {
        JsonNode body = body(ctx);
        if (body == null) {
            return;
        }
        try {
            long satisKod = Long.parseLong(ctx.pathParam("satisKod"));
            int code = (int) requireWhole(body, "satisDurum");
            OrderStatus to = OrderStatus.of(code).orElseThrow(() -> new IllegalArgumentException(
                    "satisDurum must be 3, 4, 5 or 8, was " + code));
            Order moved = market.moveOrder(satisKod, to);
            respond(ctx, SandboxJson.object().put("satisKod", moved.satisKod())
                    .put("satisDurum", moved.status().code()).put("satisDurumAd", moved.status().label()));
        } catch (NumberFormatException e) {
            badRequest(ctx, "satisKod", "satisKod must be a whole number, was '" + ctx.pathParam("satisKod") + "'");
        } catch (IllegalArgumentException e) {
            badRequest(ctx, fieldOf(e.getMessage()), e.getMessage());
        } catch (NoSuchElementException e) {
            SandboxJson.respond(ctx, 404, SandboxJson.object().put("error", e.getMessage()));
        } catch (IllegalStateException e) {
            SandboxJson.respond(ctx, 409, SandboxJson.object().put("error", e.getMessage()));
        }
    }

    private void updateBuyer(Context ctx) {
        JsonNode body = body(ctx);
        if (body == null) {
            return;
        }
        try {
            market.buyerInterval(optionalMillis(body, "intervalMs", false));
        } catch (IllegalArgumentException e) {
            badRequest(ctx, "intervalMs", e.getMessage());
            return;
        }
        respond(ctx, buyerJson());
    }

    private void updateApprovalDelay(Context ctx) {
        JsonNode body = body(ctx);
        if (body == null) {
            return;
        }
        try {
            market.approvalDelay(optionalMillis(body, "approvalDelayMs", true));
        } catch (IllegalArgumentException e) {
            badRequest(ctx, "approvalDelayMs", e.getMessage());
            return;
        }
        respond(ctx, requestsJson());
    }

    private void decide(Context ctx, boolean approve) {
        try {
            long urunTalep = Long.parseLong(ctx.pathParam("urunTalep"));
            String reason = "Ürün bilgileri yetersiz";
            if (!approve && !ctx.body().isBlank()) {
                JsonNode body = body(ctx);
                if (body == null) {
                    return;
                }
                reason = body.hasNonNull("sebep") ? body.get("sebep").asText() : reason;
            }
            ProductRequest request = approve ? market.approve(urunTalep) : market.reject(urunTalep, reason);
            respond(ctx, SandboxJson.object().put("urunTalep", request.urunTalep())
                    .put("state", request.state().name()).put("ilan", request.ilan()));
        } catch (NumberFormatException e) {
            badRequest(ctx, "urunTalep", "urunTalep must be a whole number, was '" + ctx.pathParam("urunTalep") + "'");
        } catch (NoSuchElementException e) {
            SandboxJson.respond(ctx, 404, SandboxJson.object().put("error", e.getMessage()));
        } catch (IllegalStateException e) {
            SandboxJson.respond(ctx, 409, SandboxJson.object().put("error", e.getMessage()));
        }
    }

    private void catalogue(Context ctx) {
        int limit;
        try {
            limit = ctx.queryParam("limit") == null ? 50 : Integer.parseInt(ctx.queryParam("limit").trim());
        } catch (NumberFormatException e) {
            limit = -1;
        }
        if (limit < 0) {
            badRequest(ctx, "limit", "limit must be a whole number of at least 0, was '" + ctx.queryParam("limit")
                    + "'");
            return;
        }
        int max = limit;
        ObjectNode json = SandboxJson.object();
        ArrayNode known = json.putArray("products");
        ArrayNode unknown = json.putArray("unknownDemoBarcodes");
        market.apply(state -> {
            state.products().filter(p -> !p.barkod().isEmpty()).sorted((a, b) -> Long.compare(a.urun(), b.urun()))
                    .limit(max).forEach(p -> known.addObject().put("urun", p.urun()).put("barkod", p.barkod())
                            .put("urunAd", p.urunAd()).put("kdv", p.kdv()));
            DemoData data = DemoData.of(options.demoSeed(), options.demoSize());
            for (int i = 0; i < data.size() && unknown.size() < max; i++) {
                String barcode = data.item(i).barcode();
                if (Seeding.isUnknownDemoItem(i) && state.productByBarcode(barcode).isEmpty()) {
                    unknown.add(barcode);
                }
            }
            return null;
        });
        respond(ctx, json);
    }

    // --- small helpers ---

    private JsonNode body(Context ctx) {
        try {
            JsonNode json = SandboxJson.parse(ctx.body().isBlank() ? "{}" : ctx.body());
            if (json.isObject()) {
                return json;
            }
        } catch (JsonProcessingException e) {
            badRequest(ctx, "(body)", "the body is not JSON: " + e.getOriginalMessage());
            return null;
        }
        badRequest(ctx, "(body)", "the body must be a JSON object");
        return null;
    }

    private static long requireWhole(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || !value.canConvertToExactIntegral() || !value.canConvertToLong()) {
            throw new IllegalArgumentException(field + " must be a whole number, was " + value);
        }
        return value.longValue();
    }

    private static boolean requireBoolean(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || !value.isBoolean()) {
            throw new IllegalArgumentException(field + " must be true or false, was " + value);
        }
        return value.booleanValue();
    }

    /** null (or 0 where zero is not a duration that makes sense) switches the knob off. */
    private static Duration optionalMillis(JsonNode body, String field, boolean zeroAllowed) {
        if (!body.has(field)) {
            throw new IllegalArgumentException(field + " is required (a number of milliseconds, or null for off)");
        }
        if (body.get(field).isNull()) {
            return null;
        }
        long millis = requireWhole(body, field);
        if (millis < 0) {
            throw new IllegalArgumentException(field + " must not be negative, was " + millis);
        }
        return millis == 0 && !zeroAllowed ? null : Duration.ofMillis(millis);
    }

    /** The field a message from a validation names first, e.g. "permits must be …" or "rateLimit.permits …". */
    private static String fieldOf(String message) {
        String first = message == null ? "(body)" : message.split(" ", 2)[0];
        String field = first.startsWith("rateLimit.") ? first.substring("rateLimit.".length()) : first;
        return field.equals("period") ? "periodMs" : field;
    }

    private void respond(Context ctx, JsonNode json) {
        SandboxJson.respond(ctx, 200, json);
    }

    private static void badRequest(Context ctx, String field, String message) {
        SandboxJson.respond(ctx, 400, SandboxJson.object().put("field", field).put("error", message));
    }
}
