package dev.kopru.logo.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kopru.connector.kit.http.Authentication;
import dev.kopru.connector.kit.http.SessionAuthentication;
import dev.kopru.connector.kit.http.VendorHttp;
import dev.kopru.connector.kit.http.VendorRequest;
import dev.kopru.connector.kit.http.VendorResponse;
import dev.kopru.connector.kit.operation.VendorOperation;
import dev.kopru.core.connector.ConnectorException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Logo's OAuth2 password grant (logo.md §2) as the kit's session: {@code POST api/v1/token} with the form fields
 * {@code grant_type}, {@code username}, {@code Firmno}, {@code password} and the client's Basic credentials; the
 * {@code access_token} goes on every call as a bearer token until {@code expires_in} runs out.
 */
final class LogoToken implements SessionAuthentication.Vendor<LogoToken.Token> {

    /** An issued token and when it stops being valid. */
    record Token(String accessToken, Instant expiresAt) {
        @Override
        public String toString() {
            return "Token{expiresAt=" + expiresAt + "}";
        }
    }

    private final LogoConfig config;
    private final Clock clock;
    private VendorHttp http;

    LogoToken(LogoConfig config) {
        this.config = config;
        this.clock = config.clock();
    }

    /** The HTTP client the token request is sent with (built after this session, which it carries). */
    void sendWith(VendorHttp value) {
        this.http = value;
    }

    List<String> credentialSecrets() {
        List<String> secrets = new ArrayList<>();
        if (!config.password().isEmpty()) {
            secrets.add(config.password());
        }
        if (config.clientSecret() != null) {
            secrets.add(config.clientSecret());
            secrets.add(basic());
        }
        return secrets;
    }

    @Override
    public Token login() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("username", config.username());
        form.put("Firmno", config.firmNo().trim());
        form.put("password", config.password());
        VendorRequest request = VendorRequest.postForm("api/v1/token", form);
        if (config.clientId() != null) {
            request = request.withHeader("Authorization", "Basic " + basic());
        }
        Authentication credentials = Authentication.signing((op, r) -> r, this::credentialSecrets);
        return http.call(LogoOperation.TOKEN, request, this::token, credentials);
    }

    private Token token(VendorOperation op, VendorResponse response) {
        JsonNode answer = response.jsonOrNull(http.json());
        if (response.status() == 200 && answer != null && answer.path("access_token").isTextual()) {
            long seconds = answer.path("expires_in").asLong(0);
            Instant expires = seconds > 0 ? clock.instant().plusSeconds(seconds) : Instant.MAX;
            return new Token(answer.get("access_token").asText(), expires);
        }
        if (response.status() == 400 && answer != null && answer.has("error")) {
            String said = (answer.path("error").asText() + " " + answer.path("error_description").asText("")).trim();
            throw new ConnectorException.AuthRejected(op.methodName(), op.methodName() + ": Logo refused the login of "
                    + config.username() + " to firm " + config.firmNo() + " (" + said + ")", said);
        }
        throw http.failures().fromStatus(op, response.status(), response.text(), java.time.Duration.ZERO);
    }

    /** {@code GET api/v1/revoke} with the token itself (logo.md §2), so that it ends at Logo and not only here. */
    @Override
    public void logout(Token token) {
        http.call(LogoOperation.REVOKE, attach(token, VendorRequest.get("api/v1/revoke")), (op, response) -> {
            if (response.status() != 200) {
                throw http.failures().fromStatus(op, response.status(), response.text(), java.time.Duration.ZERO);
            }
            return null;
        }, Authentication.signing((op, request) -> request, () -> List.of(token.accessToken())));
    }

    @Override
    public VendorRequest attach(Token token, VendorRequest request) {
        return request.withHeader("Authorization", "Bearer " + token.accessToken());
    }

    @Override
    public Instant expiresAt(Token token) {
        return token.expiresAt();
    }

    @Override
    public List<String> secrets(Token token) {
        return List.of(token.accessToken());
    }

    private String basic() {
        return Base64.getEncoder().encodeToString((config.clientId() + ":" + config.clientSecret())
                .getBytes(StandardCharsets.UTF_8));
    }
}
