package dev.kopru.farmaborsa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.kopru.core.connector.ConnectionConfig;
import dev.kopru.core.connector.Connector;
import dev.kopru.core.connector.ConnectorException;
import dev.kopru.core.connector.ConnectorFactory;
import dev.kopru.core.connector.Cursor;
import dev.kopru.core.connector.Entity;
import dev.kopru.core.connector.Limits;
import dev.kopru.core.connector.Page;
import dev.kopru.core.connector.ReadRequest;
import dev.kopru.core.model.ExpiryKind;
import dev.kopru.core.model.Listing;
import dev.kopru.core.model.Order;
import dev.kopru.core.model.OrderStatus;
import dev.kopru.farmaborsa.client.FarmaBorsaConfig;
import dev.kopru.farmaborsa.sandbox.FarmaBorsaSandbox;
import dev.kopru.farmaborsa.sandbox.FarmaBorsaSandboxOptions;
import dev.kopru.testkit.sandbox.Sandbox;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the acceptance suite does not reach: orders read incrementally and by status, product-card requests, config. */
class FarmaBorsaConnectorTest {

    private static Sandbox sandbox;

    @BeforeAll
    static void startSandbox() {
        sandbox = Sandbox.start(new FarmaBorsaSandbox(FarmaBorsaSandboxOptions.builder().demoSize(40)
                .rateLimit(50, Duration.ofSeconds(1)).productApprovalDelay(null).build()), 0);
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @Test
    void an_incremental_read_after_the_end_of_a_full_read_brings_the_orders_placed_since() throws Exception {
        try (Connector connector = connect()) {
            Cursor end = readToEnd(connector, ReadRequest.full(7));
            String placed = admin("POST", "/_sandbox/farmaborsa/orders", "{\"count\":1}").split("\"placed\":\\[")[1]
                    .split("]")[0];

            List<Order> since = connector.stream(Entity.ORDER, ReadRequest.after(end, 7)).toList();

            assertThat(since).extracting(Order::key).contains(placed);
            assertThat(since).filteredOn(o -> o.key().equals(placed)).singleElement()
                    .satisfies(o -> assertThat(o.status()).isEqualTo(OrderStatus.NEW));
        }
    }

    @Test
    void reads_orders_of_one_status_with_that_status_and_gets_one_by_its_sale_code() {
        try (Connector connector = connect()) {
            List<Order> confirmed = connector.stream(Entity.ORDER,
                    new ReadRequest(Optional.empty(), 5, Map.of("status", "2"))).toList();
            assertThat(confirmed).isNotEmpty().allMatch(o -> o.status() == OrderStatus.CONFIRMED);

            Order got = connector.get(Entity.ORDER, confirmed.get(0).key()).orElseThrow();
            assertThat(got.lines()).hasSameSizeAs(confirmed.get(0).lines());
            assertThat(got.buyer()).isNotNull();
            assertThat(connector.get(Entity.ORDER, "999999999")).isEmpty();
        }
    }

    @Test
    void refuses_an_unknown_status_filter_naming_it() {
        try (Connector connector = connect()) {
            ConnectorException.Validation refused = catchThrowableOfType(ConnectorException.Validation.class,
                    () -> connector.read(Entity.ORDER, new ReadRequest(Optional.empty(), 5, Map.of("status", "10"))));
            assertThat(refused.field()).contains("status");
        }
    }

    @Test
    void a_listing_for_a_barcode_the_catalogue_lacks_waits_as_a_product_request_until_approved() throws Exception {
        try (Connector connector = connect()) {
            Listing unknown = new Listing(null, "STK-NEW", "2000000123457", "Yeni ürün", 3, null,
                    new BigDecimal("12.50"), null, null, null, ExpiryKind.UNDER_12_MONTHS, true, null, null);

            String key = connector.create(Entity.LISTING, unknown);

            assertThat(key).startsWith("talep:");
            Listing pending = connector.get(Entity.LISTING, key).orElseThrow();
            assertThat(pending.productRequest()).isEqualTo(key.substring("talep:".length()));
            assertThat(catchThrowableOfType(ConnectorException.Validation.class,
                    () -> connector.update(Entity.LISTING, key, unknown)).field()).contains("key");

            admin("POST", "/_sandbox/farmaborsa/product-requests/" + pending.productRequest() + "/approve", "");

            Listing published = connector.get(Entity.LISTING, key).orElseThrow();
            assertThat(published.key()).doesNotStartWith("talep:");
            assertThat(published.barcode()).isEqualTo("2000000123457");
            assertThat(published.price()).isEqualByComparingTo("12.50");
        }
    }

    @Test
    void updates_a_listing_and_reads_the_change_back() {
        try (Connector connector = connect()) {
            Listing first = connector.read(Entity.LISTING, ReadRequest.full(1)).records().get(0);
            Listing changed = new Listing(first.key(), null, first.barcode(), first.name(), first.quantity() + 7,
                    first.maxPerOrder(), first.price().add(BigDecimal.ONE), null, first.retailPrice(),
                    first.expiryDate(), first.expiryKind(), first.active(), null, null);

            connector.update(Entity.LISTING, first.key(), changed);

            Listing back = connector.get(Entity.LISTING, first.key()).orElseThrow();
            assertThat(back.quantity()).isEqualTo(first.quantity() + 7);
            assertThat(back.price()).isEqualByComparingTo(first.price().add(BigDecimal.ONE));
        }
    }

    @Test
    void opens_through_the_service_loader_with_the_rate_limit_of_its_configuration_and_hides_its_secrets() {
        ConnectorFactory factory = ConnectorFactory.forVendor("farmaborsa").orElseThrow();
        assertThat(factory.descriptor().limits().rateLimit())
                .contains(new Limits.RateLimit(10, Duration.ofMinutes(1)));
        assertThat(factory.descriptor().configFields()).filteredOn(f -> f.secret())
                .extracting(f -> f.name()).containsExactlyInAnyOrder("parola", "apiKey");

        ConnectionConfig config = ConnectionConfig.of(factory.descriptor(), Map.of("baseUrl",
                sandbox.baseUri().toString(), "nick", "demo", "parola", "demo-Secret-1", "apiKey", "demo-api-key",
                "rateLimitPermits", "50", "rateLimitPeriod", "1"));
        try (Connector connector = factory.open(config)) {
            assertThat(connector.descriptor().limits().rateLimit())
                    .contains(new Limits.RateLimit(50, Duration.ofSeconds(1)));
            assertThat(connector.toString()).doesNotContain("demo-Secret-1").doesNotContain("demo-api-key");
            assertThat(config.toString()).doesNotContain("demo-Secret-1");
        }
    }

    @Test
    void refuses_a_rate_limit_it_cannot_read_naming_the_field() {
        ConnectorFactory factory = new FarmaBorsaConnectorFactory();
        ConnectionConfig config = ConnectionConfig.of(factory.descriptor(), Map.of("nick", "demo", "parola", "x",
                "apiKey", "y", "rateLimitPeriod", "a minute"));
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> factory.open(config)))
                .hasMessageStartingWith("rateLimitPeriod:");
    }

    private static Connector connect() {
        return new FarmaBorsaConnector(FarmaBorsaConfig.builder().baseUrl(sandbox.baseUri().toString()).nick("demo")
                .parola("demo").apiKey("demo-api-key").rateLimit(50, Duration.ofSeconds(1)).build());
    }

    private static Cursor readToEnd(Connector connector, ReadRequest request) {
        ReadRequest next = request;
        while (true) {
            Page<Order> page = connector.read(Entity.ORDER, next);
            if (page.last()) {
                return page.next();
            }
            next = next.continueAt(page.next());
        }
    }

    private static String admin(String method, String path, String body) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(sandbox.baseUri() + path))
                    .header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as("%s %s: %s", method, path, answer.body()).isEqualTo(200);
            return answer.body();
        }
    }
}
