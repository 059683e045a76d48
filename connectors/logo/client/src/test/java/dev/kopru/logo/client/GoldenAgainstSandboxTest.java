package dev.kopru.logo.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kopru.core.connector.ConnectorException;
import dev.kopru.logo.sandbox.LogoSandbox;
import dev.kopru.logo.sandbox.LogoSandboxOptions;
import dev.kopru.testkit.golden.GoldenJson;
import dev.kopru.testkit.sandbox.RequestJournal;
import dev.kopru.testkit.sandbox.Sandbox;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The golden exchanges of connectors/logo/golden played through the client against the sandbox: the request the
 * client puts on the wire is the fixture's request (as the sandbox's journal saw it), and what the client returns
 * holds the fixture's answer.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GoldenAgainstSandboxTest {

    private static final Path GOLDEN = Path.of("..", "golden");

    private Sandbox sandbox;
    private LogoClient logo;

    @BeforeAll
    void start() {
        sandbox = Sandbox.start(new LogoSandbox(LogoSandboxOptions.goldenExamples().build()), 0);
    }

    @BeforeEach
    void reset() {
        sandbox.app().reset();
        sandbox.journal().clear();
        logo = new LogoClient(LogoConfig.builder().baseUrl(sandbox.baseUri().toString()).username("LOGO")
                .password("Logo1234").firmNo("1").clientId("logoclient").clientSecret("secret").build());
        logo.login();
    }

    @AfterAll
    void stop() {
        sandbox.close();
    }

    @Test
    void g3_list_page() throws IOException {
        JsonNode golden = golden("G03-items-page.json");

        LogoPage page = logo.list("items", LogoQuery.all().withOffset(2).withLimit(2).withCount(true));

        GoldenJson.assertContains("items", golden.at("/response/body/items"), logo.json().valueToTree(page.items()));
        assertThat(page.next()).hasValue(sandbox.baseUri() + "/api/v1/items?offset=4&limit=2&withCount=true");
        assertThat(page.totalCount()).hasValue(5);
    }

    @Test
    void g5_g6_g7_creates_send_the_fixture_bodies_and_return_the_echo() throws IOException {
        for (String file : List.of("G05-arp-create.json", "G06-sales-order-create.json",
                "G07-sales-invoice-create.json")) {
            JsonNode golden = golden(file);
            String resource = golden.at("/request/path").asText().substring("/api/v1/".length());
            sandbox.journal().clear();

            ObjectNode saved = logo.create(resource, (ObjectNode) golden.at("/request/body"));

            assertSent(file, golden);
            GoldenJson.assertContains(file, golden.at("/response/body"), saved);
        }
    }

    @Test
    void g8_g9_patch_and_delete() throws IOException {
        JsonNode order = golden("G06-sales-order-create.json").at("/request/body");
        logo.create("salesOrders", (ObjectNode) order);
        JsonNode patch = golden("G08-sales-order-patch.json");
        sandbox.journal().clear();

        ObjectNode echoed = logo.patch("salesOrders", 41051, logo.json().createObjectNode()
                .put("AUXIL_CODE", "OZELKOD2"));
        assertSent("G08", patch);
        GoldenJson.assertContains("G08", patch.at("/response/body"), echoed);

        logo.delete("salesOrders", 41051);
        assertThatThrownBy(() -> logo.get("salesOrders", 41051, LogoQuery.all()))
                .isInstanceOf(ConnectorException.NotFound.class);
    }

    @Test
    void g10_refusal() throws IOException {
        JsonNode golden = golden("G10-unknown-arp.json");

        assertThatThrownBy(() -> logo.create("salesInvoices", (ObjectNode) golden.at("/request/body")))
                .isInstanceOfSatisfying(ConnectorException.Validation.class, e -> assertThat(e.vendorMessage())
                        .hasValue(golden.at("/response/body/ModelState/207/0").asText()));
    }

    @Test
    void g12_sql_query() throws IOException {
        JsonNode golden = golden("G12-sql-query.json");

        LogoPage rows = logo.query("SELECT CODE, NAME FROM LG_001_ITEMS WHERE CARDTYPE=1", 10);

        GoldenJson.assertContains("G12", golden.at("/response/body/items"), logo.json().valueToTree(rows.items()));
        assertThat(rows.last()).isTrue();
    }

    @Test
    void g13_definition() throws IOException {
        GoldenJson.assertContains("G13", golden("G13-definitions-items.json").at("/response/body"),
                logo.definition("items"));
    }

    private void assertSent(String file, JsonNode golden) throws IOException {
        RequestJournal.Entry sent = sandbox.journal().entries().getLast();
        assertThat(sent.method()).isEqualTo(golden.at("/request/method").asText());
        assertThat(sent.path()).isEqualTo(golden.at("/request/path").asText());
        GoldenJson.assertSame(file + " request", golden.at("/request/body"), GoldenJson.JSON.readTree(sent.body()),
                Map.of());
    }

    private JsonNode golden(String file) throws IOException {
        return GoldenJson.JSON.readTree(Files.readString(GOLDEN.resolve(file))
                .replace("http://h:32001", sandbox.baseUri().toString()));
    }
}
