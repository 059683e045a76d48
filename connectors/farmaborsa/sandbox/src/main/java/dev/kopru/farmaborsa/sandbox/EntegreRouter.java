package dev.kopru.farmaborsa.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kopru.farmaborsa.sandbox.FarmaBorsaSandboxOptions.Account;
import dev.kopru.testkit.sandbox.SandboxJson;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Serves {@code POST /api/Entegre/<operation>} and the documented {@code POST /Entegre/SatFaturaKaydet}
 * (farmaborsa.md §1, §6.1-6.4). For each call, in this order: the operation (unknown: 404 with an empty body, as
 * ASP.NET Core answers; not POST: 405), the account's rate limit (counted by the {@code apiKey} in the body), the
 * body (not a JSON object: 400), the credentials (wrong: HTTP 200 with {@code hata}), then the operation. Business
 * refusals are HTTP 200 with {@code "hata": true}.
 */
final class EntegreRouter {

    private final Map<Operation, Call.Handler> handlers = new EnumMap<>(Operation.class);
    private final FarmaBorsaSandboxOptions options;
    private final RateLimiter rateLimiter;

    EntegreRouter(FarmaBorsaSandboxOptions options, RateLimiter rateLimiter, ListingOperations listings,
                  OrderQueries queries, OrderActions actions) {
        this.options = options;
        this.rateLimiter = rateLimiter;
        handlers.put(Operation.ILAN_KAYDET, listings::save);
        handlers.put(Operation.URUN_TALEP_DURUM, listings::requestStatus);
        handlers.put(Operation.ILANLARIM_LISTESI, listings::list);
        handlers.put(Operation.URUN_ERP_KAYDETME, listings::linkErpCode);
        handlers.put(Operation.ILAN_HIZLI_DUZENLE, listings::quickEdit);
        handlers.put(Operation.URUN_SIL, listings::delete);
        handlers.put(Operation.SIPARIS_LISTESI, queries::sellerOrders);
        handlers.put(Operation.SIPARIS_LISTESI_ALICI, queries::buyerOrders);
        handlers.put(Operation.SATIS_DURUM_BAZINDA_SATIS_LISTESI, queries::statusCounts);
        handlers.put(Operation.SIPARIS_ONAY_IPTAL_ISLEM, actions::confirmOrCancel);
        handlers.put(Operation.KARGO_LINKI_OLUSTURMA, actions::cargoLink);
        handlers.put(Operation.SIPARIS_MIKTAR_DEGISTIREREK_ONAYLA_TALEP, actions::changeQuantities);
        handlers.put(Operation.SAT_FATURA_KAYDET, actions::invoice);
    }

    /**
     * The operation a path names: {@code /api/Entegre/<name>} for every operation, {@code /Entegre/<name>} for
     * SatFaturaKaydet only (the seed documents it so; see farmaborsa.md §1).
     */
    Optional<Operation> resolve(Context ctx) {
        String[] segments = ctx.path().split("/");
        Optional<Operation> operation;
        if (segments.length == 4 && segments[0].isEmpty() && segments[1].equalsIgnoreCase("api")
                && segments[2].equalsIgnoreCase("Entegre")) {
            operation = Operation.find(segments[3]);
        } else if (segments.length == 3 && segments[0].isEmpty() && segments[1].equalsIgnoreCase("Entegre")) {
            operation = Operation.find(segments[2]).filter(op -> op == Operation.SAT_FATURA_KAYDET);
        } else {
            operation = Optional.empty();
        }
        return operation.filter(op -> !op.unverified() || options.unverifiedOperations());
    }

    void handle(Context ctx) {
        Optional<Operation> found = resolve(ctx);
        if (found.isEmpty()) {
            notFound(ctx);
            return;
        }
        Operation operation = found.get();
        if (ctx.method() != HandlerType.POST) {
            ctx.status(405).header("Allow", "POST").result("");
            return;
        }
        Optional<Body> body = Body.parse(ctx.body());
        String apiKey = body.map(b -> b.raw("apiKey").trim()).orElse("");
        Optional<Duration> retryAfter = rateLimiter.acquire(apiKey);
        if (retryAfter.isPresent()) {
            rateLimited(ctx, operation, retryAfter.get());
            return;
        }
        if (body.isEmpty()) {
            SandboxJson.respond(ctx, 400, operation.error(Messages.BAD_BODY));
            return;
        }
        Optional<Account> account = authenticate(body.get());
        if (account.isEmpty()) {
            SandboxJson.respond(ctx, 200, operation.error(Messages.BAD_CREDENTIALS));
            return;
        }
        ObjectNode answer;
        try {
            answer = handlers.get(operation).handle(new Call(account.get(), body.get()));
        } catch (Refusal refusal) {
            answer = operation.error(refusal.getMessage());
        }
        SandboxJson.respond(ctx, 200, answer);
    }

    /** ASP.NET Core answers a path no route matches with a bare 404. */
    static void notFound(Context ctx) {
        ctx.status(404).result("");
    }

    /** nick (ignoring case), parola and apiKey (exactly) of one account, all three from the body. */
    private Optional<Account> authenticate(Body body) {
        String nick = body.raw("nick").trim();
        String parola = body.raw("parola");
        String apiKey = body.raw("apiKey");
        return options.accounts().stream()
                .filter(a -> a.nick().equalsIgnoreCase(nick) && a.parola().equals(parola)
                        && a.apiKey().equals(apiKey))
                .findFirst();
    }

    /** G10: HTTP 429, {@code Retry-After} in whole seconds, the page's sentence; or HTTP 200 with the envelope. */
    private void rateLimited(Context ctx, Operation operation, Duration retryAfter) {
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        String mesaj = rateLimiter.message();
        int status = rateLimiter.settings().httpStatus();
        ObjectNode body = status == 429
                ? SandboxJson.object().put("hata", true).put("mesaj", mesaj)
                : operation.error(mesaj);
        ctx.header("Retry-After", Long.toString(seconds));
        SandboxJson.respond(ctx, status, body);
    }
}
