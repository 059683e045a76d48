package dev.kopru.dia.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kopru.connector.kit.http.Authentication;
import dev.kopru.connector.kit.http.SessionAuthentication;
import dev.kopru.connector.kit.http.VendorHttp;
import dev.kopru.connector.kit.http.VendorRequest;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * DİA's session (dia.md §3): {@code login} on {@code sis} with the API key returns the session id in {@code msg};
 * every call carries it as {@code session_id} inside the one-key body; DİA forgets it after an idle hour, and each
 * call starts the hour again, so the client counts the hour from the last use. {@code logout} ends it.
 */
final class DiaSession implements SessionAuthentication.Vendor<DiaSession.Id> {

    /** A session id and when it was last used. */
    static final class Id {
        private final String value;
        private final AtomicReference<Instant> lastUsed;

        Id(String value, Instant now) {
            this.value = value;
            this.lastUsed = new AtomicReference<>(now);
        }

        @Override
        public String toString() {
            return "DiaSession.Id[****]";
        }
    }

    private final DiaConfig config;
    private final VendorHttp http;
    private final DiaEnvelope envelope;
    private final Authentication credentials;

    /** @param credentials signs nothing; it names the password and API key so that messages mask them */
    DiaSession(DiaConfig config, VendorHttp http, DiaEnvelope envelope, Authentication credentials) {
        this.config = config;
        this.http = http;
        this.envelope = envelope;
        this.credentials = credentials;
    }

    /** The body of dia.md's G1, {@code disconnect_same_user} as the docs write it ({@code "True"}/{@code "False"}). */
    @Override
    public Id login() {
        ObjectNode body = http.json().createObjectNode();
        ObjectNode login = body.putObject(DiaOperation.LOGIN.service()).put("username", config.username())
                .put("password", config.password()).put("disconnect_same_user", config.disconnectSameUser() ? "True" : "False")
                .put("lang", config.lang());
        login.putObject("params").put("apikey", config.apiKey());
        JsonNode answer = http.call(DiaOperation.LOGIN, VendorRequest.post(DiaOperation.LOGIN.path(), body), envelope,
                credentials);
        return new Id(answer.path("msg").asText(), config.clock().instant());
    }

    /** The request with {@code session_id} first in the service's parameters. */
    @Override
    public VendorRequest attach(Id session, VendorRequest request) {
        session.lastUsed.set(config.clock().instant());
        ObjectNode body = ((VendorRequest.Body.Json) request.body()).document().deepCopy();
        String service = body.fieldNames().next();
        ObjectNode params = http.json().createObjectNode().put("session_id", session.value);
        params.setAll((ObjectNode) body.get(service));
        body.set(service, params);
        return request.withBody(new VendorRequest.Body.Json(body));
    }

    @Override
    public Instant expiresAt(Id session) {
        return session.lastUsed.get().plus(config.sessionIdle());
    }

    @Override
    public List<String> secrets(Id session) {
        return List.of(session.value);
    }

    @Override
    public void logout(Id session) {
        ObjectNode body = http.json().createObjectNode();
        body.putObject(DiaOperation.LOGOUT.service()).put("session_id", session.value);
        http.call(DiaOperation.LOGOUT, VendorRequest.post(DiaOperation.LOGOUT.path(), body), envelope,
                Authentication.signing((op, request) -> request, () -> List.of(session.value)));
    }
}
