package dev.kopru.server.cli;

import dev.kopru.server.app.KopruServerApplication;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code kopru server}: the server alone, no sandboxes and no demo data. Configured by {@code --config} (a
 * properties or YAML file), {@code KOPRU_*} environment variables and {@code --name=value} arguments.
 */
@Command(name = "server", mixinStandardHelpOptions = true,
        description = {"Run the Köprü server (REST API, dashboard, sync engine).",
                "Settings: KOPRU_HOME, KOPRU_DATABASE_URL/USER/PASSWORD (PostgreSQL), KOPRU_SECRET_KEY or"
                        + " KOPRU_SECRET_KEY_FILE, KOPRU_ADMIN_PASSWORD, SERVER_PORT."})
public final class ServerCommand implements Callable<Integer> {

    @Option(names = "--config", description = "a properties or YAML file with server settings")
    Path config;

    @Option(names = "--port", description = "HTTP port (default 8080)")
    Integer port;

    @Unmatched
    String[] springArgs = new String[0];

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        return PortTaken.orSay("server", spec.commandLine().getErr(), () -> {
            awaitClose(start());
            return 0;
        });
    }

    /** Starts the server without waiting for it to end. */
    ConfigurableApplicationContext start() {
        Map<String, Object> defaults = new HashMap<>();
        if (config != null) {
            defaults.put("spring.config.additional-location", "file:" + config.toAbsolutePath());
        }
        List<String> args = new ArrayList<>();
        if (port != null) {
            // an argument, not a default: application.properties' server.port=8080 wins over defaults
            args.add("--server.port=" + port);
        }
        args.addAll(List.of(springArgs));
        return KopruServerApplication.start(defaults, args.toArray(String[]::new));
    }

    /** Blocks until the context closes (Ctrl-C runs Spring's shutdown hook, which closes it). */
    static void awaitClose(ConfigurableApplicationContext context) throws InterruptedException {
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof org.springframework.context.event.ContextClosedEvent) {
                closed.countDown();
            }
        });
        if (context.isActive()) {
            closed.await();
        }
    }
}
