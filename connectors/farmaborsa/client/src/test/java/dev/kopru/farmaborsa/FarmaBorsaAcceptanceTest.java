package dev.kopru.farmaborsa;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kopru.core.connector.Connector;
import dev.kopru.core.connector.Entity;
import dev.kopru.core.model.ExpiryKind;
import dev.kopru.core.model.Listing;
import dev.kopru.farmaborsa.client.FarmaBorsaClient;
import dev.kopru.farmaborsa.client.FarmaBorsaConfig;
import dev.kopru.connector.kit.json.VendorJson;
import dev.kopru.farmaborsa.client.IlanDurumu;
import dev.kopru.farmaborsa.client.IlanlarimSatiri;
import dev.kopru.farmaborsa.sandbox.FarmaBorsaSandbox;
import dev.kopru.farmaborsa.sandbox.FarmaBorsaSandboxOptions;
import dev.kopru.testkit.acceptance.ConnectorAcceptanceSuite;
import dev.kopru.testkit.acceptance.ReadCase;
import dev.kopru.testkit.acceptance.WriteCase;
import dev.kopru.testkit.sandbox.Sandbox;
import dev.kopru.testkit.sandbox.SandboxApp;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;

/**
 * The FarmaBorsa connector against the FarmaBorsa sandbox, over real HTTP, through the acceptance suite every connector
 * passes, with the vendor's rate limit on in the sandbox and in the connector, both scaled from 10 a minute to 50 a
 * second so the suite runs in seconds.
 */
class FarmaBorsaAcceptanceTest extends ConnectorAcceptanceSuite {

    static final int PERMITS = 50;
    static final Duration PERIOD = Duration.ofSeconds(1);
    /** Catalogue barcodes the demo seller does not list yet: each new listing takes one. */
    private static final Deque<String> FREE_BARCODES = new ArrayDeque<>();
    private static String invalidBarcode;

    @Override
    protected SandboxApp sandboxApp() {
        return new FarmaBorsaSandbox(FarmaBorsaSandboxOptions.builder().demoSize(40).rateLimit(PERMITS, PERIOD)
                .build());
    }

    @BeforeAll
    void findFreeBarcodes() throws Exception {
        Set<String> listed = new HashSet<>();
        FarmaBorsaClient client = new FarmaBorsaClient(config(sandbox(), demoSecret()));
        for (IlanDurumu list : IlanDurumu.values()) {
            client.ilanlarimListesi(list).stream().map(IlanlarimSatiri::barkod).forEach(listed::add);
        }
        for (JsonNode product : catalogue().path("products")) {
            String barcode = product.path("barkod").asText();
            if (!listed.contains(barcode)) {
                FREE_BARCODES.add(barcode);
            }
        }
        invalidBarcode = FREE_BARCODES.pollLast();
    }

    /** The sandbox's catalogue, from its admin API: the barcodes FarmaBorsa has product cards for. */
    private JsonNode catalogue() throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
                    URI.create(sandbox().baseUri() + "/_sandbox/farmaborsa/catalogue?limit=1000")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return VendorJson.mapper().readTree(answer.body());
        }
    }

    @Override
    protected String demoSecret() {
        return "demo";
    }

    @Override
    protected Connector connect(Sandbox sandbox, String parola) {
        return new FarmaBorsaConnector(config(sandbox, parola));
    }

    private static FarmaBorsaConfig config(Sandbox sandbox, String parola) {
        return FarmaBorsaConfig.builder().baseUrl(sandbox.baseUri().toString()).nick("demo").parola(parola)
                .apiKey("demo-api-key").rateLimit(PERMITS, PERIOD).maxRateWait(Duration.ofSeconds(30)).build();
    }

    @Override
    protected List<ReadCase<?>> readCases() {
        return List.of(new ReadCase<>(Entity.LISTING, 10), new ReadCase<>(Entity.ORDER, 5));
    }

    @Override
    protected List<WriteCase<?>> writeCases() {
        return List.of(new WriteCase<>(Entity.LISTING, unique -> listing(nextBarcode(), "Kabul testi " + unique,
                new BigDecimal("89.50")), listing(invalidBarcode, "Kabul testi fiyatsız", BigDecimal.ZERO), "price",
                false));
    }

    private static synchronized String nextBarcode() {
        String barcode = FREE_BARCODES.poll();
        if (barcode == null) {
            throw new IllegalStateException("the sandbox's catalogue has no unlisted barcode left; seed more demo data");
        }
        return barcode;
    }

    private static Listing listing(String barcode, String name, BigDecimal price) {
        return new Listing(null, "STK-ACC", barcode, name, 12, 4, price, new BigDecimal("10"), new BigDecimal("99.90"),
                LocalDate.now().plusYears(1).withDayOfMonth(1), ExpiryKind.DATED, true, null, null);
    }
}
