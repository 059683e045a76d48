package dev.kopru.sync.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kopru.core.connector.Connector;
import dev.kopru.core.connector.Entity;
import dev.kopru.core.model.Item;
import dev.kopru.farmaborsa.FarmaBorsaConnector;
import dev.kopru.farmaborsa.client.FarmaBorsaConfig;
import dev.kopru.farmaborsa.sandbox.FarmaBorsaSandbox;
import dev.kopru.farmaborsa.sandbox.FarmaBorsaSandboxOptions;
import dev.kopru.mikro.MikroConnector;
import dev.kopru.mikro.mapping.DocumentSettings;
import dev.kopru.mikro.sandbox.MikroSandbox;
import dev.kopru.mikro.sandbox.MikroSandboxOptions;
import dev.kopru.sync.store.SyncStore;
import dev.kopru.testkit.sandbox.Sandbox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A FarmaBorsa marketplace and a Mikro company that share the demo catalogue (same demo seed: the same barcodes and
 * stock codes), with a connector to each and the shipping-fee service card {@value #SHIPPING} in Mikro. The
 * marketplace's limit is scaled to {@value #PERMITS_PER_SECOND} a second (the same code path as 10 a minute) so that
 * tests take no minutes. Counts are read from the sandboxes' admin APIs, not through the connectors under test.
 */
final class FarmaMikro implements AutoCloseable {

    static final String SHIPPING = "KARGO";
    static final int PERMITS_PER_SECOND = 200;
    static final String FARMA = "-farmaborsa";
    static final String MIKRO = "-mikro";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    final Sandbox farma;
    final Sandbox mikro;
    final Connector farmaConnector;
    final Connector mikroConnector;

    FarmaMikro(long seed, int demoSize) {
        farma = marketplace(seed, demoSize);
        mikro = Sandbox.start(new MikroSandbox(MikroSandboxOptions.builder().demoSeed(seed).demoSize(demoSize)
                .build()), 0);
        farmaConnector = farmaConnector(farma.baseUri().toString());
        mikroConnector = new MikroConnector(MikroPair.config(mikro), DocumentSettings.defaults());
        mikroConnector.create(Entity.ITEM, new Item(null, SHIPPING, "Kargo Ücreti", null, "ADET", List.of(),
                new BigDecimal("20"), null, null, "TRY", null, null, null, true, true, null));
    }

    /** A FarmaBorsa marketplace on the demo catalogue of {@code seed}, whose buyer orders only when told. */
    static Sandbox marketplace(long seed, int demoSize) {
        return Sandbox.start(new FarmaBorsaSandbox(FarmaBorsaSandboxOptions.builder().demoSeed(seed)
                .demoSize(demoSize).rateLimit(PERMITS_PER_SECOND, Duration.ofSeconds(1)).buyerOrderInterval(null)
                .productApprovalDelay(null).build()), 0);
    }

    static Connector farmaConnector(String baseUrl) {
        return new FarmaBorsaConnector(FarmaBorsaConfig.builder().baseUrl(baseUrl).nick("demo").parola("demo")
                .apiKey("demo-api-key").rateLimit(PERMITS_PER_SECOND, Duration.ofSeconds(1)).build());
    }

    /** The pipeline's connections, resolved by name suffix on any node. */
    static MikroPair.ConnectionIds addConnections(SyncStore store, String prefix) {
        return store.transaction(tx -> new MikroPair.ConnectionIds(
                store.connections().add(tx, "farmaborsa", prefix + FARMA, "{}").id(),
                store.connections().add(tx, "mikro", prefix + MIKRO, "{}").id()));
    }

    ConnectorRegistry registry() {
        return connection -> connection.name().endsWith(FARMA) ? farmaConnector : mikroConnector;
    }

    /** The buyer places {@code count} new orders now; their sale codes. */
    List<String> placeOrders(int count) {
        return placeOrders(farma, count);
    }

    static List<String> placeOrders(Sandbox farma, int count) {
        JsonNode placed = admin(farma, "POST", "/_sandbox/farmaborsa/orders", "{\"count\":" + count + "}");
        List<String> codes = new ArrayList<>();
        placed.get("placed").forEach(code -> codes.add(code.asText()));
        if (codes.size() != count) {
            throw new IllegalStateException("the marketplace placed " + codes.size() + " of " + count + " orders");
        }
        return codes;
    }

    /** Invoices per document number starting with {@code prefix}, from the Mikro sandbox's own tables. */
    Map<String, Long> invoiceCounts(String prefix) {
        return counts(mikro, "/_sandbox/mikro-invoices?prefix=" + prefix, "invoices");
    }

    /** The counts an admin route answers under {@code member}, by name. */
    static Map<String, Long> counts(Sandbox sandbox, String path, String member) {
        Map<String, Long> counts = new TreeMap<>();
        admin(sandbox, "GET", path, null).get(member).properties()
                .forEach(e -> counts.put(e.getKey(), e.getValue().asLong()));
        return counts;
    }

    /** An order as the marketplace holds it: {@code satisDurum}, {@code satFaturaUrl}. */
    JsonNode order(String satisKod) {
        return admin(farma, "GET", "/_sandbox/farmaborsa/orders/" + satisKod, null);
    }

    static JsonNode admin(Sandbox sandbox, String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sandbox.baseUri() + path))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(method + " " + path + ": HTTP " + response.statusCode() + " "
                        + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        farmaConnector.close();
        mikroConnector.close();
        farma.close();
        mikro.close();
    }
}
