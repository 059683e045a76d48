package dev.kopru.bench;

import dev.kopru.core.connector.Connector;
import dev.kopru.core.connector.Entity;
import dev.kopru.core.connector.ReadRequest;
import dev.kopru.core.model.Party;
import dev.kopru.testkit.memory.GeneratedParties;
import dev.kopru.testkit.sandbox.Sandbox;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** 6. The server's cost on a records list and a create, with a bearer token and with Basic, against the direct call. */
final class ServerOverhead implements Benchmark {

    private static final String ADMIN_PASSWORD = "bench-admin-password";
    private static final int PAGE = 50;
    /** Warm-up creates number their codes from here, clear of the measured ones. */
    private static final int WARM_UP_CODES = 50_000;

    @Override
    public String name() {
        return "server";
    }

    @Override
    public String title() {
        return "6. Server overhead, bearer and Basic";
    }

    @Override
    public String about() {
        return """
                The server (`KopruCli server` in a JVM of its own, H2 in memory) with a Mikro connection to a sandbox
                of 1000 customers. At `--connections` concurrent callers:
                `GET /api/v1/connections/{id}/parties?limit=50` and `POST /api/v1/connections/{id}/parties`, once
                with a bearer API token and once with HTTP Basic
                (the admin), against the same vendor call made directly with the Mikro connector in the benchmark's JVM.
                Figures: p50 and p99 latency; server overhead = server p50 − direct p50; Basic ÷ bearer; the CPU time
                the server's JVM spent per call (less moved by the machine's other load than latency). **Goal: Basic
                within 1.5× of bearer.** Parameters: `--connections` (16), `--requests` (400 lists per variant),
                `--creates` (200 per variant), `--warmup` (500 calls of each variant first).""";
    }

    @Override
    public Figures run(Params params) throws Exception {
        int connections = params.integer("connections", 16);
        int lists = params.integer("requests", 400);
        int creates = params.integer("creates", 200);
        int warmup = params.integer("warmup", 500);
        Duration limit = Duration.ofMinutes(10);
        Path home = Files.createTempDirectory("kopru-bench-home-");
        try (Sandbox mikro = MikroSandboxes.withParties(1000); Connector direct = MikroSandboxes.connector(mikro);
             ServerProcess server = ServerProcess.start(home)) {
            Api api = new Api(server.base());
            String basic = "Basic " + Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD)
                    .getBytes(StandardCharsets.UTF_8));
            long connection = api.create(basic, "/api/v1/connections", Map.of("name", "mikro", "vendor", "mikro",
                    "config", Map.of("baseUrl", mikro.baseUri().toString(), "apiKey", MikroSandboxes.API_KEY,
                            "firmaKodu", "DEMO", "calismaYili", MikroSandboxes.year(), "kullaniciKodu", "SRV",
                            "password", MikroSandboxes.PASSWORD))).path("id").asLong();
            String bearer = "Bearer " + api.create(basic, "/api/v1/tokens",
                    Map.of("name", "bench", "role", "ADMIN")).path("token").asText();
            String parties = "/api/v1/connections/" + connection + "/parties";

            Load.Call directList = i -> direct.read(Entity.PARTY, ReadRequest.full(PAGE)).records().size() == PAGE;
            Load.Call directCreate = i -> direct.create(Entity.PARTY, GeneratedParties.party(500_000 + i)) != null;
            Map<String, Load.Call> calls = new LinkedHashMap<>();
            calls.put("list direct", directList);
            calls.put("list bearer", Load.http(i -> api.get(bearer, parties + "?limit=" + PAGE)));
            calls.put("list Basic", Load.http(i -> api.get(basic, parties + "?limit=" + PAGE)));
            calls.put("create direct", directCreate);
            calls.put("create bearer", Load.http(i -> api.post(bearer, parties, party(600_000 + i))));
            calls.put("create Basic", Load.http(i -> api.post(basic, parties, party(700_000 + i))));
            // Every variant warmed up first: a server measured cold spends more CPU compiling its code than answering
            // (JFR: the C2 compiler threads used more CPU than the request threads over a 200-call run). Every create
            // has a code of its own (120.05.x and up: the demo data holds 120.01.x).
            for (Map.Entry<String, Load.Call> call : calls.entrySet()) {
                Load.Call measured = call.getValue();
                Load.run(connections, warmup, limit, i -> measured.call(WARM_UP_CODES + i))
                        .requireNoErrors("warm-up of " + call.getKey());
            }

            Map<String, Load.Outcome> outcomes = new LinkedHashMap<>();
            Map<String, Double> serverCpu = new LinkedHashMap<>();
            for (Map.Entry<String, Load.Call> call : calls.entrySet()) {
                int n = call.getKey().startsWith("list") ? lists : creates;
                Duration cpuBefore = server.cpu();
                outcomes.put(call.getKey(), Load.run(connections, n, limit, call.getValue())
                        .requireNoErrors(call.getKey()));
                if (!call.getKey().endsWith("direct")) {
                    serverCpu.put(call.getKey(), server.cpu().minus(cpuBefore).toNanos() / 1e6 / n);
                }
                System.out.println(call.getKey() + " done");
            }
            Figures figures = new Figures();
            outcomes.forEach((name, o) -> figures.add(name + ": p50 / p99", Figures.format(o.millis(0.5)) + " / "
                    + Figures.format(o.millis(0.99)) + " ms (" + Figures.format(o.perSecond()) + " a second)"));
            // CPU the server's JVM spent per call: unlike latency, barely moved by what else the machine runs
            serverCpu.forEach((name, millis) -> figures.add(name + ": server CPU per call", millis, "ms"));
            for (String op : new String[] {"list", "create"}) {
                double directP50 = outcomes.get(op + " direct").millis(0.5);
                Load.Outcome bearerRun = outcomes.get(op + " bearer");
                Load.Outcome basicRun = outcomes.get(op + " Basic");
                figures.add(op + ": server overhead p50, bearer", bearerRun.millis(0.5) - directP50, "ms")
                        .add(op + ": server overhead p50, Basic", basicRun.millis(0.5) - directP50, "ms")
                        .add(op + ": Basic ÷ bearer, p50 / p99", Figures.format(basicRun.millis(0.5)
                                / bearerRun.millis(0.5)) + " / " + Figures.format(basicRun.millis(0.99)
                                / bearerRun.millis(0.99)));
            }
            double worst = Math.max(outcomes.get("list Basic").millis(0.5) / outcomes.get("list bearer").millis(0.5),
                    outcomes.get("create Basic").millis(0.5) / outcomes.get("create bearer").millis(0.5));
            return figures.add("goal: Basic within 1.5× of bearer (p50) met", worst <= 1.5 ? "yes" : "no")
                    .note(connections + " connections; " + lists + " lists and " + creates + " creates per variant"
                            + " after a warm-up of " + warmup + " calls of each; lists of " + PAGE + " customers; the callers, the server and the"
                            + " sandbox share the machine's cores.");
        } finally {
            try (var files = Files.walk(home)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The server in a JVM of its own, as {@code ./kopru server} runs it, stopped when closed. */
    private record ServerProcess(Process process, URI base) implements AutoCloseable {

        static ServerProcess start(Path home) throws Exception {
            int port;
            try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                port = free.getLocalPort();
            }
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-cp", System.getProperty("java.class.path"), "dev.kopru.server.KopruCli", "server",
                    "--port=" + port));
            // arguments, so that the machine's KOPRU_* environment does not point the benchmark elsewhere
            Map.of("server.address", "127.0.0.1", "kopru.home", home.toString(),
                    "kopru.database-url", "jdbc:h2:mem:kopru-bench-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                    "kopru.database-user", "sa", "kopru.database-password", "",
                    "kopru.admin-password", ADMIN_PASSWORD, "logging.level.root", "WARN")
                    .forEach((name, value) -> command.add("--" + name + "=" + value));
            Path log = home.resolve("server.out");
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                    .start();
            ServerProcess server = new ServerProcess(process, URI.create("http://127.0.0.1:" + port));
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            while (!server.healthy()) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    server.close();
                    throw new IllegalStateException("the server did not start:\n" + Files.readString(log));
                }
                Thread.sleep(200);
            }
            return server;
        }

        /** CPU time the server's JVM has used so far (all its threads). */
        Duration cpu() {
            return process.info().totalCpuDuration().orElseThrow(() -> new IllegalStateException(
                    "this system does not report a process's CPU time"));
        }

        private boolean healthy() {
            try {
                return Load.HTTP.send(HttpRequest.newBuilder(base.resolve("/actuator/health")).GET().build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (java.io.IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    /** The API body of a new customer, the same party the direct create sends. */
    private static String party(int i) {
        Party party = GeneratedParties.party(i);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", party.code());
        body.put("name", party.name());
        body.put("role", "CUSTOMER");
        body.put("taxId", party.taxId());
        body.put("taxOffice", party.taxOffice());
        body.put("currency", "TRY");
        return Json.write(body);
    }

    /** The server's API as one caller sees it. */
    private record Api(URI base) {
        HttpRequest get(String authorization, String path) {
            return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                    .header("Authorization", authorization).header("Accept", "application/json").GET().build();
        }

        HttpRequest post(String authorization, String path, String json) {
            return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                    .header("Authorization", authorization).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        }

        com.fasterxml.jackson.databind.JsonNode create(String authorization, String path, Object body)
                throws Exception {
            HttpResponse<String> response = Load.HTTP.send(post(authorization, path, Json.write(body)),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException("POST " + path + ": " + response.statusCode() + " " + response.body());
            }
            return Json.read(response.body());
        }
    }
}
