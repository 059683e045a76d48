package dev.kopru.logo.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kopru.testkit.sandbox.Faults;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The OAuth2 password grant of logo.md §2: {@code POST api/v1/token} with a form body and the client's Basic
 * credentials, bearer tokens that expire, and the OWIN error objects of a refused request.
 */
final class Tokens {

    private static final String TOKEN_PREFIX = "AQAAANCMnd8BFdERjHoAwE_Cl-sB";
    private static final DateTimeFormatter RFC_1123 = DateTimeFormatter
            .ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private record Token(String user, String firm, Instant expires, long generation) { }

    /** A refused token request: HTTP 400 with {@code error} and {@code error_description}. */
    record Refusal(String error, String description) { }

    private final LogoSandboxOptions options;
    private final Supplier<Faults> faults;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Token> issued = new ConcurrentHashMap<>();

    Tokens(LogoSandboxOptions options, Supplier<Faults> faults) {
        this.options = options;
        this.faults = faults;
    }

    /** The token answer for the form fields and the Authorization header of a token request, or its refusal. */
    ObjectNode issue(Map<String, String> form, String authorization) throws RefusedException {
        if (!"password".equals(field(form, "grant_type"))) {
            throw new RefusedException(new Refusal("unsupported_grant_type", "grant_type must be password"));
        }
        checkClient(authorization);
        String user = field(form, "username");
        String password = field(form, "password");
        String firm = field(form, "firmno");
        if (!options.username().equalsIgnoreCase(nullToEmpty(user)) || !options.password().equals(password)
                || !sameFirm(firm)) {
            throw new RefusedException(new Refusal("invalid_grant", options.invalidGrantText()));
        }
        Instant now = options.clock().instant();
        Duration ttl = currentFaults().flatMap(Faults::sessionTtl).orElse(options.tokenTtl());
        byte[] bytes = new byte[48];
        random.nextBytes(bytes);
        String token = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        issued.put(token, new Token(user, firm, now.plus(ttl), generation()));
        ObjectNode answer = Wire.object();
        answer.put("access_token", token);
        answer.put("token_type", "bearer");
        answer.put("expires_in", ttl.toSeconds());
        answer.put("userName", user);
        answer.put("firmNo", firm);
        answer.put(".issued", RFC_1123.format(now));
        answer.put(".expires", RFC_1123.format(now.plus(ttl)));
        return answer;
    }

    /** Whether the request carries a bearer token this sandbox issued that has not expired or been revoked. */
    boolean valid(Context ctx) {
        return bearer(ctx).map(issued::get).filter(t -> t.generation() == generation()
                && options.clock().instant().isBefore(t.expires())).isPresent();
    }

    /** Ends the request's token ({@code revoke}). */
    void revoke(Context ctx) {
        bearer(ctx).ifPresent(issued::remove);
    }

    void clear() {
        issued.clear();
    }

    int size() {
        return issued.size();
    }

    private void checkClient(String authorization) throws RefusedException {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            if (options.requireBasic()) {
                throw new RefusedException(new Refusal("invalid_client", "client credentials are missing"));
            }
            return;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decoded = "";
        }
        if (!decoded.equals(options.clientId() + ":" + options.clientSecret())) {
            throw new RefusedException(new Refusal("invalid_client", "client credentials are invalid"));
        }
    }

    private boolean sameFirm(String firm) {
        try {
            return firm != null && Integer.parseInt(firm.trim()) == options.firmNo();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** A form field by name in any case: the SDKs send {@code Firmno}, LogoRestClient {@code firmno}. */
    private static String field(Map<String, String> form, String name) {
        return form.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    private static Optional<String> bearer(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return Optional.of(header.substring(7).trim());
    }

    private long generation() {
        return currentFaults().map(Faults::sessionGeneration).orElse(0L);
    }

    private Optional<Faults> currentFaults() {
        return Optional.ofNullable(faults.get());
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    /** Thrown by {@link #issue} for a refused token request. */
    static final class RefusedException extends Exception {
        private final Refusal refusal;

        RefusedException(Refusal refusal) {
            super(refusal.error(), null, false, false);
            this.refusal = refusal;
        }

        Refusal refusal() {
            return refusal;
        }
    }
}
