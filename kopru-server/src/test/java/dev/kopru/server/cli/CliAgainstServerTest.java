package dev.kopru.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kopru.mikro.sandbox.MikroSandbox;
import dev.kopru.mikro.sandbox.MikroSandboxOptions;
import dev.kopru.server.KopruCli;
import dev.kopru.server.app.TestServer;
import dev.kopru.server.demo.DemoConnections;
import dev.kopru.server.pipelines.MikroCompanies;
import dev.kopru.server.secrets.ConnectionVault;
import dev.kopru.sync.store.SyncStore;
import dev.kopru.testkit.sandbox.Sandbox;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The CLI's client commands against a real server and two Mikro sandboxes, authenticated with an API token. */
class CliAgainstServerTest {

    static TestServer server;
    static Sandbox source;
    static Sandbox target;
    static String token;
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path secrets;

    record Result(int exit, String out, String err) { }

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(Map.of("kopru.scheduler-poll-interval", "PT0.2S"));
        source = Sandbox.start(new MikroSandbox(MikroSandboxOptions.builder().demoSeed(5).demoSize(12).build()), 0);
        target = Sandbox.start(new MikroSandbox(MikroSandboxOptions.builder().demoSeed(6).demoSize(0).build()), 0);
        var created = server.post("/api/v1/tokens", "{\"name\":\"cli-test\",\"role\":\"ADMIN\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        token = JSON.readTree(created.body()).path("token").asText();
    }

    @AfterAll
    static void stop() {
        server.close();
        source.close();
        target.close();
    }

    static Result cli(String... args) {
        return cliIn(Locale.ENGLISH, args);
    }

    /** The CLI as run with {@code locale} as the user's language (LANG). */
    static Result cliIn(Locale locale, String... args) {
        Locale before = Locale.getDefault(Locale.Category.DISPLAY);
        Locale.setDefault(Locale.Category.DISPLAY, locale);
        try {
            return run(args);
        } finally {
            Locale.setDefault(Locale.Category.DISPLAY, before);
        }
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cli = KopruCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of(args));
        if (!all.contains("--url") && !all.get(0).equals("completion")) {
            all.addAll(List.of("--url", server.base().toString(), "--token", token));
        }
        int exit = cli.execute(all.toArray(String[]::new));
        return new Result(exit, out.toString(), err.toString());
    }

    static long addConnection(String name, Sandbox sandbox) throws Exception {
        Map<String, String> config = DemoConnections.config("mikro", sandbox.baseUri()).orElseThrow();
        Path apiKey = Files.writeString(secrets.resolve(name + "-apiKey"), config.get("apiKey") + "\n");
        Path password = Files.writeString(secrets.resolve(name + "-password"), config.get("password"));
        Result added = cli("connections", "add", "--name", name, "--vendor", "mikro",
                "--set", "baseUrl=" + config.get("baseUrl"), "--set", "firmaKodu=" + config.get("firmaKodu"),
                "--set", "calismaYili=" + config.get("calismaYili"), "--set", "kullaniciKodu=" + config.get("kullaniciKodu"),
                "--secret-file", "apiKey=" + apiKey, "--secret-file", "password=" + password, "--json");
        assertThat(added.exit()).as(added.err()).isZero();
        assertThat(added.out()).doesNotContain(config.get("password")).contains("secretsSet");
        return JSON.readTree(added.out()).path("id").asLong();
    }

    @Test
    @Timeout(120)
    void a_pipeline_defined_run_and_inspected_from_the_command_line() throws Exception {
        addConnection("cli-source", source);
        long to = addConnection("cli-target", target);
        // the demo's names have spaces ("Mikro Rapor"); the API takes such names only from the server's own setup
        SyncStore store = server.bean(SyncStore.class);
        ConnectionVault vault = server.bean(ConnectionVault.class);
        store.inTransaction(tx -> store.connections().add(tx, "mikro", "cli source",
                vault.seal("mikro", DemoConnections.config("mikro", source.baseUri()).orElseThrow())));

        Result list = cli("connections", "list");
        assertThat(list.out()).contains("cli source").contains("cli-target").contains("apiKey,password");
        // a name with a space is one path segment (%20, not +)
        Result test = cli("connections", "test", "cli source");
        assertThat(test.exit()).as(test.err()).isZero();
        assertThat(test.out()).startsWith("ok:");
        assertThat(cli("connections", "describe", "cli source").out()).contains("party").contains("CREATE");

        Result defined = cli("pipelines", "add", "--name", "cli parties", "--from", "cli source:party",
                "--to", to + ":party", "--batch-size", "5", "--json");
        assertThat(defined.exit()).as(defined.err()).isZero();
        String id = JSON.readTree(defined.out()).path("id").asText();
        assertThat(cli("pipelines", "list").out()).contains("cli parties").contains("on demand")
                .contains("cli source (party)").contains("active").contains("never");

        // by name; piped output gets one line per page instead of a redrawn one
        Result run = cli("pipelines", "run", "cli parties", "--watch");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("run started").contains("read 12").contains("written 12").contains("succeeded")
                .doesNotContain("\r");

        Result runs = cli("runs", "list", "--pipeline", id, "--json");
        JsonNode first = JSON.readTree(runs.out()).path("items").get(0);
        assertThat(first.path("state").asText()).isEqualTo("SUCCEEDED");
        assertThat(first.path("outcome").asText()).isEqualTo("SUCCEEDED");
        assertThat(first.path("counts").path("written").asLong()).isEqualTo(12);
        assertThat(cli("runs", "list").out()).contains("cli parties").contains("succeeded").contains(" s ago");

        assertThat(cli("pipelines", "state", id).out()).contains("source cursor").containsPattern("links +12")
                .contains("last run").contains("succeeded");
        assertThat(cli("pipelines", "state", id, "-o", "json").out()).contains("\"links\" : 12");
        Result turkish = cliIn(Locale.forLanguageTag("tr-TR"), "runs", "list", "--pipeline", "cli parties");
        assertThat(turkish.out()).contains("ÇALIŞMA").contains("OKUNAN").contains("başarılı").contains(" sn önce");
        assertThat(cliIn(Locale.forLanguageTag("tr-TR"), "pipelines", "list").out()).contains("ZAMANLAMA")
                .contains("elle").contains("etkin").contains("sağlıklı");
        assertThat(cliIn(Locale.forLanguageTag("tr-TR"), "pipelines", "state", id).out()).contains("kaynak imleci")
                .contains("son çalışma");
        assertThat(cli("pipelines", "reset", id).out()).contains("state reset");
        assertThat(cli("deadletters", "list", id).out()).contains("(none)");
        assertThat(cli("pipelines", "pause", id).out()).contains("paused");
        assertThat(cli("pipelines", "list", "--json").out()).contains("\"paused\" : true");
        assertThat(cli("pipelines", "resume", id).out()).contains("resumed");

        // after the reset, a second run reads everything again and writes nothing twice; a card the connector
        // refuses is dead-lettered, and the watching command says so in its exit code
        MikroCompanies.addPartyWithBadTaxId(source, "120.99.00009");
        Result again = cli("pipelines", "run", id, "--watch");
        assertThat(again.out()).contains("read 13").contains("written 0").contains("skipped 12").contains("failed 1")
                .contains("succeeded with failures");
        assertThat(again.exit()).isEqualTo(3);
        assertThat(cli("pipelines", "list").out()).contains("needs attention: 1 dead letters");
        assertThat(cli("deadletters", "list", "--stage", "WRITE", "--text", "120.99.00009").out())
                .contains("120.99.00009").contains(id);
        assertThat(cli("deadletters", "list", "cli parties", "--text", "nothing like this").out()).contains("(none)");
        Result replay = cli("deadletters", "replay", "cli parties", "--stage", "write", "--text", "120.99.00009");
        assertThat(replay.exit()).as(replay.err()).isZero();
        assertThat(replay.out()).contains("120.99.00009").contains("failed again");
    }

    @Test
    void the_servers_refusals_are_one_line_naming_the_field() {
        Result unknown = cli("connections", "test", "no-such-connection");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).startsWith("kopru: POST /api/v1/connections/no-such-connection/test:");

        Result bad = cli("pipelines", "add", "--name", "x", "--from", "abc", "--to", "2:party");
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).contains("--from: expected <connection>:<entity>");
        Result noSuchPipeline = cli("pipelines", "run", "no such pipeline");
        assertThat(noSuchPipeline.exit()).isEqualTo(1);
        assertThat(noSuchPipeline.err()).contains("no pipeline named 'no such pipeline'");

        Result badVendor = cli("connections", "add", "--name", "x", "--vendor", "sap");
        assertThat(badVendor.exit()).isEqualTo(1);
        assertThat(badVendor.err()).contains("vendor");
    }

    @Test
    void a_wrong_token_and_an_absent_server_are_told_apart() {
        Result wrong = cli("connections", "list", "--url", server.base().toString(), "--token", "kpr_wrong");
        assertThat(wrong.exit()).isEqualTo(1);
        assertThat(wrong.err()).contains("refused the login");

        Result absent = cli("connections", "list", "--url", "http://127.0.0.1:1", "--token", "x");
        assertThat(absent.exit()).isEqualTo(2);
        assertThat(absent.err()).contains("cannot reach the Köprü server at http://127.0.0.1:1/");
    }

    @Test
    void completion_covers_the_client_commands() {
        Result completion = cli("completion");
        assertThat(completion.exit()).isZero();
        assertThat(completion.out()).contains("deadletters").contains("pipelines").contains("complete");
    }
}
