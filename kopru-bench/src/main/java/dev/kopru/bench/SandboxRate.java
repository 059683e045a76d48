package dev.kopru.bench;

import dev.kopru.mikro.sandbox.MikroSandbox;
import dev.kopru.mikro.sandbox.MikroSandboxOptions;
import dev.kopru.testkit.sandbox.Sandbox;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/** 5. How many requests a second a sandbox answers, against a bare Javalin hello-world on the same machine. */
final class SandboxRate implements Benchmark {

    @Override
    public String name() {
        return "sandbox";
    }

    @Override
    public String title() {
        return "5. Sandbox request rate vs a bare Javalin hello-world";
    }

    @Override
    public String about() {
        return """
                A Javalin hello-world (`GET /hello`) and a Mikro sandbox run in the same JVM; `--connections` callers
                (JDK HttpClient, HTTP/1.1, same JVM) send one request after the other for `--millis` to each in turn,
                for `--rounds` rounds (median kept). The sandbox answers `HealthCheck` (the kit's fault filter,
                journal and routing, no vendor work) and a customer list page (`CariListesiV3`, 10 of 1000 customers,
                with the daily credential check). Figure: sandbox requests a second ÷ hello-world requests a second.
                **Goal: ≥ 0.5** (the health check). Parameters: `--connections` (16), `--millis` (5000),
                `--rounds` (3).""";
    }

    @Override
    public Figures run(Params params) throws Exception {
        int connections = params.integer("connections", 16);
        Duration each = params.millis("millis", 5000);
        Duration warmUp = each.compareTo(Duration.ofSeconds(1)) < 0 ? each : Duration.ofSeconds(1);
        int rounds = params.integer("rounds", 3);
        MikroSandbox mikro = new MikroSandbox(MikroSandboxOptions.builder().demoSize(1000).build());
        Javalin hello = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.routes.get("/hello", ctx -> ctx.result("hello"));
        });
        try (Sandbox sandbox = Sandbox.start(mikro, 0)) {
            hello.start("127.0.0.1", 0);
            URI helloUri = URI.create("http://127.0.0.1:" + hello.port() + "/hello");
            URI health = URI.create(sandbox.baseUri() + "/Api/APIMethods/HealthCheck");
            URI list = URI.create(sandbox.baseUri() + "/Api/APIMethods/CariListesiV3");
            String listBody = Json.write(Map.of("Mikro", Map.of("ApiKey", MikroSandboxes.API_KEY, "FirmaKodu",
                    "DEMO", "CalismaYili", MikroSandboxes.year(), "KullaniciKodu", "SRV", "Sifre",
                    mikro.dailyPassword(MikroSandboxes.PASSWORD)), "Size", "10", "Index", 0));
            Map<String, IntFunction<HttpRequest>> targets = Map.of(
                    "hello", i -> HttpRequest.newBuilder(helloUri).GET().build(),
                    "health", i -> HttpRequest.newBuilder(health).GET().build(),
                    "list", i -> HttpRequest.newBuilder(list).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(listBody)).build());
            for (String target : List.of("hello", "health", "list")) {
                Load.run(connections, Integer.MAX_VALUE, warmUp, Load.http(targets.get(target)))
                        .requireNoErrors("warming up " + target);
            }
            Map<String, List<Double>> rates = Map.of("hello", new ArrayList<>(), "health", new ArrayList<>(),
                    "list", new ArrayList<>());
            for (int round = 0; round < rounds; round++) {
                for (String target : List.of("hello", "health", "list")) {
                    rates.get(target).add(Load.run(connections, Integer.MAX_VALUE, each,
                            Load.http(targets.get(target))).requireNoErrors(target).perSecond());
                }
            }
            double helloRate = median(rates.get("hello"));
            double healthRate = median(rates.get("health"));
            double listRate = median(rates.get("list"));
            return new Figures()
                    .add("hello-world", helloRate, "requests/s")
                    .add("sandbox HealthCheck", healthRate, "requests/s")
                    .add("sandbox CariListesiV3 (10 rows)", listRate, "requests/s")
                    .add("HealthCheck ÷ hello-world", healthRate / helloRate, "")
                    .add("CariListesiV3 ÷ hello-world", listRate / helloRate, "")
                    .add("goal ≥ 0.5 met", healthRate / helloRate >= 0.5 ? "yes" : "no")
                    .note(connections + " connections, " + rounds + " rounds of " + each.toMillis()
                            + " ms per target, medians; per round: hello " + rounded(rates.get("hello")) + ", health "
                            + rounded(rates.get("health")) + ", list " + rounded(rates.get("list")) + ".");
        } finally {
            hello.stop();
        }
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static String rounded(List<Double> values) {
        return values.stream().map(Figures::format).toList().toString();
    }
}
