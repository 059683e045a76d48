package dev.kopru.mikro.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;

/**
 * Health and V1 sessions (mikro.md §8.1). APILogin takes Mikro's credential fields at the top level and answers the
 * standard envelope; it also takes the seed's login ({@code KullaniciAdi}, plain {@code Sifre}, {@code FirmaNo},
 * {@code Donem}) and answers that in the seed's own shape, because applications were written from the seed.
 */
final class SessionOperations {

    private SessionOperations() {
    }

    static List<Operation> all() {
        return List.of(
                new Operation("HealthCheck", Operation.Access.NONE, Operation.Shape.ENVELOPE, false,
                        call -> Reply.raw(Bodies.object().put("result", "Mikro API is UP. StatusCode: 200"))),
                new Operation("HealthCheck2", Operation.Access.NONE, Operation.Shape.ENVELOPE, false,
                        call -> Reply.raw(Bodies.object().put("ApiStatus", "Up").put("StatusCode", 200))),
                new Operation("LoggerDone", Operation.Access.NONE, Operation.Shape.ENVELOPE, false,
                        call -> Reply.data(null)),
                new Operation("APILogin", Operation.Access.LOGIN, Operation.Shape.ENVELOPE, false,
                        SessionOperations::login),
                new Operation("APILogoff", Operation.Access.LOGIN, Operation.Shape.ENVELOPE, false,
                        SessionOperations::logoff),
                Operation.read("APILogoffV2", call -> Reply.data(null)));
    }

    /**
     * Mikro's login: {@code Data = {"SessionId": "…"}} (Mikro documents no Data here; the sandbox returns the session
     * so V1 clients have something to send, or {@code null} when the options say so, as golden example G2 shows).
     */
    static Reply login(Call call) {
        ObjectNode body = call.body();
        if (Fields.get(body, "KullaniciAdi") != null && Fields.get(body, "ApiKey") == null) {
            return seedLogin(call);
        }
        String user = call.services().credentials().authenticate(body).user();
        String session = call.services().sessions().open(user);
        JsonNode data = call.services().options().loginReturnsSessionId()
                ? Bodies.object().put("SessionId", session) : null;
        return Reply.data(data);
    }

    private static Reply seedLogin(Call call) {
        ObjectNode body = call.body();
        MikroSandboxOptions.SeedLogin expected = call.services().options().seedLogin();
        String message = null;
        String user = Fields.text(body, "KullaniciAdi").orElse("");
        String password = Fields.text(body, "Sifre").orElse("");
        Optional<Long> firmaNo = Fields.whole(body, "FirmaNo");
        Optional<Long> donem = Fields.whole(body, "Donem");
        if (expected == null || !user.equalsIgnoreCase(expected.userName())
                || !Credentials.constantTimeEquals(password, expected.password())) {
            message = "Kullanıcı adı veya şifre hatalı";
        } else if (firmaNo.isEmpty() || firmaNo.get() != expected.firmaNo()) {
            message = "Firma bulunamadı: " + firmaNo.map(String::valueOf).orElse("");
        } else if (donem.isEmpty() || donem.get() < 1 || donem.get() > 12) {
            message = "Dönem 1 ile 12 arasında olmalıdır";
        }
        ObjectNode answer = Bodies.object();
        if (message != null) {
            answer.put("Basarili", false).putNull("SessionId");
            answer.put("Mesaj", message);
        } else {
            answer.put("Basarili", true).put("SessionId", call.services().sessions().open(expected.userName()));
            answer.put("Mesaj", "Başarılı");
        }
        return Reply.raw(answer);
    }

    /** Ends the session named by {@code SessionId}; with credentials instead, there is nothing to end. */
    static Reply logoff(Call call) {
        Optional<String> session = Fields.text(call.body(), "SessionId");
        if (session.isPresent()) {
            if (!call.services().sessions().close(session.get())) {
                throw new MikroError(MikroError.AUTH, Sessions.EXPIRED);
            }
            return Reply.data(null);
        }
        JsonNode block = Fields.get(call.body(), "Mikro");
        call.services().credentials().authenticate(block != null ? block : call.body());
        return Reply.data(null);
    }
}
