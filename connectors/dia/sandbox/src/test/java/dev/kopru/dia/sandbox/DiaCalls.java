package dev.kopru.dia.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kopru.testkit.http.TestHttp;
import dev.kopru.testkit.sandbox.Sandbox;
import java.net.URI;

/** A test's DİA caller: posts one-key bodies to a running sandbox, logged in as the options' user. */
final class DiaCalls {

    private final TestHttp http = new TestHttp();
    private final Sandbox sandbox;
    private final DiaSandboxOptions options;
    String session;

    DiaCalls(Sandbox sandbox, DiaSandboxOptions options) {
        this.sandbox = sandbox;
        this.options = options;
    }

    TestHttp.Response post(String module, String body) {
        return http.send("POST", URI.create(sandbox.baseUri() + "/api/v3/" + module + "/json"), body);
    }

    JsonNode login() {
        JsonNode answer = post("sis", "{\"login\": {\"username\": \"" + options.username() + "\", \"password\": \""
                + options.password() + "\", \"disconnect_same_user\": \"True\", \"lang\": \"tr\", "
                + "\"params\": {\"apikey\": \"" + options.apiKey() + "\"}}}").json();
        session = answer.path("msg").asText();
        return answer;
    }

    /** {@code service} with the session, firm 34 and period 1 added to {@code params}. */
    JsonNode call(String service, String params) {
        ObjectNode body = TestHttp.JSON.createObjectNode();
        try {
            ObjectNode inner = (ObjectNode) TestHttp.JSON.readTree(params);
            inner.put("session_id", session).put("firma_kodu", 34).put("donem_kodu", 1);
            body.set(service, inner);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        String module = service.substring(0, service.indexOf('_'));
        return post(module, body.toString()).json();
    }
}
