package dev.kopru.server.demo;

import dev.kopru.server.app.ItemPage;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.kopru.core.input.InvalidInputException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kopru.server.problems.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Demo only: the fault knobs of the sandboxes the demo started, read and turned through each sandbox's own
 * {@code /_sandbox/faults} admin API, so the dashboard can make a vendor slow, failing or rate limited and show what
 * the engine does about it. The bean does not exist outside {@code kopru demo}.
 */
@RestController
@RequestMapping("/api/v1/demo/sandboxes")
@ConditionalOnProperty(name = "kopru.demo.enabled", havingValue = "true")
public class DemoSandboxesController {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() { };
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final DemoProperties demo;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    public DemoSandboxesController(DemoProperties demo) {
        this.demo = demo;
    }

    @GetMapping
    @Operation(summary = "The demo's sandboxes with their fault knobs (demo mode only)")
    public ItemPage<Map<String, Object>> list() {
        return ItemPage.of(demo.sandboxes().stream().map(this::describe).toList());
    }

    @PutMapping("/{name}")
    @Operation(summary = "Change some of a demo sandbox's fault knobs (others keep their values; {\"clear\":true} turns"
            + " all off); the body is the sandbox's /_sandbox/faults JSON")
    public Map<String, Object> update(@PathVariable String name, @RequestBody Map<String, Object> knobs) {
        DemoProperties.SandboxRef sandbox = demo.sandboxes().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new NotFoundException("no demo sandbox '" + name + "'"));
        HttpResponse<String> response = send(HttpRequest.newBuilder(sandbox.url().resolve("/_sandbox/faults"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(write(knobs))));
        Map<String, Object> body = read(response.body());
        if (response.statusCode() == 400) {
            // the sandbox names the knob and the reason: {"field":"errorRate","error":"errorRate must be between 0 and 1"}
            throw new InvalidInputException(String.valueOf(body.get("field")), String.valueOf(body.get("error")));
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException("sandbox " + name + " answered HTTP " + response.statusCode());
        }
        return describe(sandbox, body);
    }

    private Map<String, Object> describe(DemoProperties.SandboxRef sandbox) {
        try {
            HttpResponse<String> response = send(HttpRequest.newBuilder(sandbox.url().resolve("/_sandbox/faults")).GET());
            return describe(sandbox, response.statusCode() == 200 ? read(response.body()) : null);
        } catch (IllegalStateException e) {
            return describe(sandbox, null);
        }
    }

    private static Map<String, Object> describe(DemoProperties.SandboxRef sandbox, Map<String, Object> faults) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", sandbox.name());
        row.put("vendor", sandbox.vendor());
        row.put("url", sandbox.url().toString());
        row.put("up", faults != null);
        row.put("faults", faults);
        return row;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("the sandbox does not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static Map<String, Object> read(String json) {
        try {
            return JSON.readValue(json, OBJECT);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the sandbox answered something that is not a JSON object");
        }
    }

    private static String write(Map<String, Object> knobs) {
        try {
            return JSON.writeValueAsString(knobs);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException("body", e.getOriginalMessage());
        }
    }
}
