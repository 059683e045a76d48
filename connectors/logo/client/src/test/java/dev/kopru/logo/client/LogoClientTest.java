package dev.kopru.logo.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kopru.core.connector.ConnectorException;
import dev.kopru.logo.sandbox.LogoSandbox;
import dev.kopru.logo.sandbox.LogoSandboxOptions;
import dev.kopru.testkit.sandbox.RequestJournal;
import dev.kopru.testkit.sandbox.Sandbox;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The client against the sandbox with logo.md's golden set-up (LOGO / Logo1234, firm 1, logoclient:secret). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LogoClientTest {

    private Sandbox sandbox;
    private LogoClient logo;

    @BeforeAll
    void start() {
        sandbox = Sandbox.start(new LogoSandbox(LogoSandboxOptions.goldenExamples().build()), 0);
    }

    @BeforeEach
    void reset() {
        sandbox.app().reset();
        sandbox.faults().clear();
        sandbox.journal().clear();
        logo = new LogoClient(config().build());
    }

    LogoConfig.Builder config() {
        return LogoConfig.builder().baseUrl(sandbox.baseUri() + "/api/v1/").username("LOGO").password("Logo1234")
                .firmNo("1").clientId("logoclient").clientSecret("secret").pageSize(2);
    }

    @AfterEach
    void closeClient() {
        logo.close();
    }

    @AfterAll
    void stop() {
        sandbox.close();
    }

    @Test
    void logs_in_once_and_follows_the_next_links_through_every_page() {
        List<String> codes = logo.stream("items", LogoQuery.all()).map(i -> i.get("CODE").asText()).toList();

        assertThat(codes).containsExactly("HAMMADDE.01", "MALZEME.02", "CAY.500", "SEKER.1", "MAMUL.01");
        assertThat(logo.logins()).isEqualTo(1);
        assertThat(sandbox.journal().entries()).filteredOn(e -> e.path().equalsIgnoreCase("/api/v1/items"))
                .hasSize(3);
    }

    @Test
    void sends_the_filter_grammar_and_reads_totalCount() {
        LogoPage page = logo.list("Arps", LogoQuery.where("CODE eq " + LogoQuery.text("CARI.01"))
                .withFields(List.of("CODE", "TITLE")).withCount(true));

        assertThat(page.items()).singleElement().satisfies(arp -> {
            assertThat(arp.get("TITLE").asText()).isEqualTo("Örnek Cari A.Ş.");
            assertThat(arp.has("TAX_ID")).isFalse();
        });
        assertThat(page.totalCount()).hasValue(1);
        assertThat(page.last()).isTrue();
    }

    @Test
    void creates_reads_patches_replaces_and_deletes_a_card() {
        ObjectNode card = logo.json().createObjectNode().put("CODE", "120.01.777").put("TITLE", "Deneme Ltd.")
                .put("ACCOUNT_TYPE", 1);

        int id = logo.create("Arps", card).get("INTERNAL_REFERENCE").asInt();
        logo.patch("Arps", id, logo.json().createObjectNode().put("TITLE", "Deneme Ltd. Şti."));
        assertThat(logo.get("Arps", id, LogoQuery.all()).get("TITLE").asText()).isEqualTo("Deneme Ltd. Şti.");
        logo.replace("Arps", id, card.deepCopy().put("INTERNAL_REFERENCE", id).put("TITLE", "Yeni"));
        assertThat(logo.get("Arps", id, LogoQuery.all()).get("TITLE").asText()).isEqualTo("Yeni");
        logo.delete("Arps", id);

        assertThatThrownBy(() -> logo.get("Arps", id, LogoQuery.all()))
                .isInstanceOf(ConnectorException.NotFound.class);
    }

    @Test
    void reaches_lines_and_object_methods_and_reads_with_the_options_in_the_body() throws Exception {
        ObjectNode order = (ObjectNode) logo.json().readTree("""
                {"ARP_CODE": "CARI.01", "TRANSACTIONS": {"items": [
                 {"TYPE": 0, "MASTER_CODE": "SEKER.1", "QUANTITY": 4, "PRICE": 25, "VAT_RATE": 1}]}}""");
        int id = logo.create("salesOrders", order).get("INTERNAL_REFERENCE").asInt();

        ObjectNode lines = logo.lines("salesOrders", id, "TRANSACTIONS");
        ObjectNode line = logo.line("salesOrders", id, "TRANSACTIONS", 0);
        JsonNode stored = logo.method("salesOrders", id, "ReCalculate", List.of());
        JsonNode sent = logo.method("salesOrders", "ReCalculate", List.of(), order);
        LogoPage page = logo.readWithBody("items", LogoQuery.where("CODE like '*.0*'").withSort("CODE desc")
                .withFields(List.of("CODE")).withCount(true));

        assertThat(lines.get("items")).hasSize(1);
        assertThat(line.get("MASTER_CODE").asText()).isEqualTo("SEKER.1");
        assertThat(stored).isEqualTo(sent);
        assertThat(stored.findValues("Name")).extracting(JsonNode::asText).contains("TOTAL_NET");
        assertThat(page.items()).extracting(i -> i.get("CODE").asText()).containsExactly("MAMUL.01", "MALZEME.02");
        assertThat(page.totalCount()).hasValue(3);
        RequestJournal.Entry read = sandbox.journal().entries().getLast();
        assertThat(read.method()).isEqualTo("POST");
        assertThat(read.path()).isEqualTo("/api/v1/items/readwithbodyparamters");
        assertThat(logo.json().readTree(read.body()).get("q").asText()).isEqualTo("CODE like '*.0*'");
        assertThat(logo.next(page).orElseThrow().items()).extracting(i -> i.get("CODE").asText())
                .containsExactly("HAMMADDE.01");
    }

    @Test
    void maps_a_model_state_refusal_to_validation_with_logos_key_and_text() {
        ObjectNode invoice = logo.json().createObjectNode().put("TYPE", 8).put("ARP_CODE", "CARI.99");
        ObjectNode duplicate = logo.json().createObjectNode().put("CODE", "CARI.01").put("TITLE", "Kopya");

        assertThatThrownBy(() -> logo.create("salesInvoices", invoice))
                .isInstanceOfSatisfying(ConnectorException.Validation.class, e -> {
                    assertThat(e.field()).hasValue("207");
                    assertThat(e.vendorMessage()).hasValue("Cari hesap kodu bulunamadı: CARI.99");
                    assertThat(e.getMessage()).startsWith("POST salesInvoices: Logo refused 207");
                });
        assertThatThrownBy(() -> logo.create("Arps", duplicate))
                .isInstanceOfSatisfying(ConnectorException.Validation.class,
                        e -> assertThat(e.field()).hasValue("CODE"));
    }

    @Test
    void answers_an_expired_token_with_one_new_login() {
        logo.login();
        sandbox.faults().expireSessions();

        assertThat(logo.list("items", LogoQuery.all()).items()).hasSize(2);
        assertThat(logo.logins()).isEqualTo(2);
    }

    @Test
    void revokes_its_token_at_logo_and_logs_in_again_on_the_next_call() {
        assertThat(logo.tokenValid()).isTrue();
        assertThat(logo.ping().path("CallStatusStr").asText()).isEqualTo("Success");
        assertThat(logo.versions().has("ApiVersion")).isTrue();

        logo.revoke();

        assertThat(sandbox.journal().entries()).anySatisfy(e -> assertThat(e.path()).isEqualTo("/api/v1/revoke"));
        assertThat(sandbox.app().state().get("tokens").asInt()).isZero();
        assertThat(logo.tokenValid()).isTrue();
        assertThat(logo.logins()).isEqualTo(2);
    }

    @Test
    void refuses_wrong_credentials_without_repeating_the_password() {
        LogoClient wrong = new LogoClient(config().password("yanlis-sifre").build());

        assertThatThrownBy(() -> wrong.list("items", LogoQuery.all()))
                .isInstanceOfSatisfying(ConnectorException.AuthRejected.class, e -> {
                    assertThat(e.getMessage()).contains("invalid_grant").doesNotContain("yanlis-sifre");
                    assertThat(e.vendorMessage()).hasValue("invalid_grant Kullanıcı adı veya şifre hatalı.");
                });
    }

    @Test
    void makes_a_create_whose_answer_was_lost_in_doubt_and_sends_it_once() {
        sandbox.faults().loseNextWrites(1);
        ObjectNode card = logo.json().createObjectNode().put("CODE", "120.01.888").put("TITLE", "Kayıp Cevap");

        assertThatThrownBy(() -> logo.create("Arps", card)).isInstanceOf(ConnectorException.InDoubt.class);

        assertThat(logo.list("Arps", LogoQuery.where("CODE eq '120.01.888'")).items()).hasSize(1);
        assertThat(sandbox.journal().entries()).filteredOn(e -> e.method().equals("POST")
                && e.path().equalsIgnoreCase("/api/v1/Arps")).hasSize(1);
    }

    @Test
    void makes_a_server_error_transient_for_a_read_and_in_doubt_for_a_write() {
        logo.login();
        sandbox.faults().errorRate(1);

        assertThatThrownBy(() -> logo.list("items", LogoQuery.all()))
                .isInstanceOf(ConnectorException.Transient.class).hasMessageContaining("An error has occurred.");
        assertThatThrownBy(() -> logo.delete("items", 1)).isInstanceOf(ConnectorException.InDoubt.class);
    }

    @Test
    void refuses_sql_that_is_not_a_select_before_sending_it() {
        assertThatThrownBy(() -> logo.query("DELETE FROM LG_001_ITEMS", 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(sandbox.journal().entries()).isEmpty();
    }

    @Test
    void sends_the_token_request_of_golden_example_g1() {
        logo.login();

        assertThat(sandbox.journal().entries()).singleElement().satisfies(e -> {
            assertThat(e.path()).isEqualTo("/api/v1/token");
            // the journal masks the password; its place and the other fields are G1's
            assertThat(e.body()).startsWith("grant_type=password&username=LOGO&Firmno=1&password=");
        });
    }

    @Test
    void masks_secrets_in_its_config() {
        assertThat(config().build().toString()).doesNotContain("Logo1234", "secret").contains("****");
    }
}
