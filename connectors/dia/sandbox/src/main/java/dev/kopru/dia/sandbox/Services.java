package dev.kopru.dia.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kopru.testkit.sandbox.SandboxJson;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/**
 * One DİA call: the one-key body {@code {"<service>": {...}}} posted to {@code /api/v3/<module>/json}, answered
 * with the string {@code code} envelope (dia.md §1–2). Login and logout are free; every other call needs a live
 * session and costs kontör; the five service kinds of every model need a firm and period the user may use.
 */
final class Services {

    /** A service name's verb, as dia.md §5 lists them. */
    enum Verb {
        LISTELE("_listele"), GETIR("_getir"), EKLE("_ekle"), GUNCELLE("_guncelle"), SIL("_sil");

        final String suffix;

        Verb(String suffix) {
            this.suffix = suffix;
        }

        static Map.Entry<Model, Verb> of(String service) {
            for (Verb verb : values()) {
                if (service.endsWith(verb.suffix)) {
                    Model model = Model.named(service.substring(0, service.length() - verb.suffix.length()));
                    return model == null ? null : Map.entry(model, verb);
                }
            }
            return null;
        }
    }

    private final DiaSandboxOptions options;
    private final Store store;
    private final Sessions sessions;
    private final Kontor kontor;
    private final Cards cards;
    private final Listing listing;
    private final Views views;

    Services(DiaSandboxOptions options, Store store, Sessions sessions, Kontor kontor, Cards cards) {
        this.options = options;
        this.store = store;
        this.sessions = sessions;
        this.kontor = kontor;
        this.cards = cards;
        this.listing = new Listing(store);
        this.views = new Views(store);
    }

    /** The answer to {@code body} posted to module {@code module}; refusals come back as DİA's envelope too. */
    ObjectNode answer(String module, String body) {
        try {
            return call(module, body);
        } catch (DiaError e) {
            return SandboxJson.object().put("code", e.code()).put("msg", e.getMessage());
        }
    }

    /** The service a body names, or null when it names none; for the write check before the call runs. */
    static String serviceOf(String body) {
        try {
            JsonNode json = SandboxJson.parse(body);
            return json != null && json.isObject() && json.size() == 1 ? json.fieldNames().next() : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    static boolean isWrite(String service) {
        return service != null && (service.endsWith(Verb.EKLE.suffix) || service.endsWith(Verb.GUNCELLE.suffix)
                || service.endsWith(Verb.SIL.suffix));
    }

    private ObjectNode call(String module, String body) {
        JsonNode json;
        try {
            json = SandboxJson.parse(body);
        } catch (JsonProcessingException e) {
            throw new DiaError(DiaError.FAILURE, "Geçersiz JSON");
        }
        if (json == null || !json.isObject() || json.size() != 1) {
            throw new DiaError(DiaError.FAILURE, "İstek tek anahtarlı bir nesne olmalıdır: {\"<servis>\": {...}}");
        }
        String service = json.fieldNames().next();
        ObjectNode params = json.get(service).isObject() ? (ObjectNode) json.get(service) : SandboxJson.object();
        String expected = service.equals("login") || service.equals("logout") ? "sis"
                : service.contains("_") ? service.substring(0, service.indexOf('_')) : service;
        if (!expected.equals(module.toLowerCase(Locale.ROOT))) {
            throw new DiaError(DiaError.FAILURE, "Geçersiz servis: " + service);
        }
        return switch (service) {
            case "login" -> login(params);
            case "logout" -> {
                sessions.close(Values.text(params.get("session_id")));
                yield ok().put("msg", "Oturum kapatıldı.");
            }
            default -> billable(service, params);
        };
    }

    private ObjectNode login(ObjectNode params) {
        if (!options.username().equals(Values.text(params.get("username")))
                || !options.password().equals(Values.text(params.get("password")))) {
            throw new DiaError(DiaError.UNAUTHORIZED, DiaError.NOUSER);
        }
        if (!options.apiKey().equals(Values.text(params.path("params").get("apikey")))) {
            // the reference does not give this text [inference]
            throw new DiaError(DiaError.UNAUTHORIZED, "Geçersiz apikey");
        }
        String session = sessions.open(options.username(), Values.flag(params.get("disconnect_same_user")));
        return ok().put("msg", session);
    }

    private ObjectNode billable(String service, ObjectNode params) {
        String user = sessions.touch(Values.text(params.get("session_id")));
        kontor.charge();
        if (service.equals("sis_kontor_sorgula")) {
            // the answer's shape is not in the reference [inference]
            ObjectNode answer = ok();
            answer.putObject("result").put("kontor", kontor.balance().toPlainString());
            return answer;
        }
        synchronized (store) {
            if (service.equals("sis_yetkili_firma_donem_sube_depo")) {
                ObjectNode answer = ok();
                answer.set("result", firms());
                return answer;
            }
            Cards.Caller caller = caller(user, params);
            ObjectNode special = special(service, params, caller);
            if (special != null) {
                return special;
            }
            Map.Entry<Model, Verb> target = Verb.of(service);
            if (target == null) {
                throw new DiaError(DiaError.FAILURE, "Geçersiz servis: " + service);
            }
            Model model = target.getKey();
            return switch (target.getValue()) {
                case LISTELE -> {
                    ObjectNode answer = ok();
                    answer.set("result", listing.list(model, params));
                    yield answer;
                }
                case GETIR -> {
                    ObjectNode answer = ok();
                    answer.set("result", cards.get(model, params.get("key")));
                    yield answer;
                }
                case EKLE -> {
                    Cards.Saved saved = cards.create(model, kart(params), caller);
                    ObjectNode answer = ok().put("key", Values.key(saved.key())).put("msg", saved.msg());
                    if (model.lines() != null) {
                        ArrayNode keys = answer.putObject("extra").putArray("kalemlerKeys");
                        saved.lineKeys().forEach(keys::add);
                    }
                    yield answer;
                }
                case GUNCELLE -> {
                    Cards.Saved saved = cards.update(model, kart(params), caller);
                    yield ok().put("key", Values.key(saved.key())).put("msg", saved.msg());
                }
                case SIL -> ok().put("msg", cards.delete(model, params.get("key"), caller));
            };
        }
    }

    /** The firm-level services that are not a model's five kinds; null for any other service. */
    private ObjectNode special(String service, ObjectNode params, Cards.Caller caller) {
        ObjectNode answer = ok();
        switch (service) {
            case "sis_firma_getir" -> answer.putObject("result").put("firmakodu", caller.firm())
                    .put("firmaadi", options.firms().stream().filter(f -> f.code() == caller.firm()).findFirst()
                            .orElseThrow().name());
            case "scf_fatura_kalemi_liste_view" -> answer.set("result", listing.select(views.invoiceLines(), params));
            case "scf_carikart_hesapdurumu_getir" -> answer.set("result", views.balance(params.get("key")));
            default -> {
                return null;
            }
        }
        return answer;
    }

    private static ObjectNode kart(ObjectNode params) {
        JsonNode kart = params.get("kart");
        if (kart == null || !kart.isObject()) {
            throw DiaError.invalid("kart alanı zorunludur.");
        }
        return (ObjectNode) kart;
    }

    /** The firm and period of a call; one the user may not use is refused as DİA refuses rights [inference]. */
    private Cards.Caller caller(String user, ObjectNode params) {
        Long firm = Values.whole(params.get("firma_kodu"));
        Long period = Values.whole(params.get("donem_kodu"));
        for (DiaSandboxOptions.Firm each : options.firms()) {
            if (firm != null && each.code() == firm && period != null
                    && each.periods().contains(period.intValue())) {
                return new Cards.Caller(user, each.code(), period.intValue());
            }
        }
        throw new DiaError(DiaError.UNAUTHORIZED, DiaError.INSUFFICIENT_PRIVILEGES);
    }

    /** {@code sis_yetkili_firma_donem_sube_depo}: each firm with its periods (the last one is this year's). */
    private ArrayNode firms() {
        int year = LocalDate.now(options.clock().withZone(Cards.ISTANBUL)).getYear();
        ArrayNode result = SandboxJson.array();
        for (DiaSandboxOptions.Firm firm : options.firms()) {
            ObjectNode row = result.addObject().put("firmakodu", firm.code()).put("firmaadi", firm.name());
            ArrayNode periods = row.putArray("donemler");
            int last = firm.periods().getLast();
            for (int period : firm.periods()) {
                int periodYear = year - (last - period);
                periods.addObject().put("donemkodu", period).put("baslangictarihi", periodYear + "-01-01")
                        .put("bitistarihi", periodYear + "-12-31");
            }
            ArrayNode branches = row.putArray("subeler");
            for (ObjectNode branch : store.all("sis_sube")) {
                ObjectNode shown = branches.addObject().put("subekodu", Values.text(branch.get("subekodu")))
                        .put("subeadi", Values.text(branch.get("subeadi")));
                ArrayNode depots = shown.putArray("depolar");
                store.all("sis_depo").forEach(d -> depots.addObject().put("depokodu", Values.text(d.get("depokodu")))
                        .put("depoadi", Values.text(d.get("depoadi"))));
            }
            row.put("ontanimli__donemkodu", last);
        }
        return result;
    }

    private static ObjectNode ok() {
        return SandboxJson.object().put("code", "200");
    }
}
