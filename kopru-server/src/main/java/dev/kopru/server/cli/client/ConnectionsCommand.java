package dev.kopru.server.cli.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Console;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kopru connections list|add|test|describe}. */
@Command(name = "connections", mixinStandardHelpOptions = true, description = "Vendor connections on the server.",
        subcommands = {ConnectionsCommand.ListConnections.class, ConnectionsCommand.Add.class,
                ConnectionsCommand.Test.class, ConnectionsCommand.Describe.class})
public final class ConnectionsCommand {

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List connections.")
    static final class ListConnections extends ApiCommand {
        @Override
        void run(ApiClient client) {
            JsonNode list = client.get("api/v1/connections");
            print(list, () -> {
                Table table = new Table("ID", "NAME", "VENDOR", "SECRETS SET");
                items(list).forEach(c -> table.row(text(c, "id"), text(c, "name"), text(c, "vendor"),
                        String.join(",", strings(c.path("secretsSet")))));
                table.print(out());
            });
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = {"Add a connection.",
            "Secrets are read from the environment (--secret-env password=MIKRO_PASSWORD), from a file"
                    + " (--secret-file password=/run/secrets/mikro) or asked for (--secret password); never put them"
                    + " in --set, which shows in the process list."})
    static final class Add extends ApiCommand {
        @Option(names = "--name", required = true, description = "connection name")
        String name;

        @Option(names = "--vendor", required = true, description = "vendor, e.g. mikro, farmaborsa")
        String vendor;

        @Option(names = "--set", description = "a configuration field: name=value", mapFallbackValue = "")
        Map<String, String> values = new LinkedHashMap<>();

        @Option(names = "--secret-env", description = "a secret field from an environment variable: field=VARIABLE")
        Map<String, String> secretEnv = new LinkedHashMap<>();

        @Option(names = "--secret-file", description = "a secret field from a file's first line: field=PATH")
        Map<String, java.nio.file.Path> secretFile = new LinkedHashMap<>();

        @Option(names = "--secret", description = "a secret field to type in (asked without echo)")
        List<String> secretPrompt = List.of();

        @Override
        void run(ApiClient client) {
            Map<String, String> config = new LinkedHashMap<>(values);
            secretEnv.forEach((field, variable) -> {
                String value = api.environment(variable);
                if (value == null) {
                    throw new IllegalArgumentException("--secret-env: " + field + ": environment variable " + variable
                            + " is not set");
                }
                config.put(field, value);
            });
            secretFile.forEach((field, path) -> {
                try {
                    config.put(field, java.nio.file.Files.readAllLines(path).stream().findFirst().orElse("").strip());
                } catch (java.io.IOException e) {
                    throw new IllegalArgumentException("--secret-file: " + field + ": cannot read " + path);
                }
            });
            for (String field : secretPrompt) {
                Console console = System.console();
                if (console == null) {
                    throw new IllegalArgumentException("--secret: " + field + ": no terminal to ask on; use --secret-env");
                }
                config.put(field, new String(console.readPassword("%s: ", field)));
            }
            JsonNode created = client.post("api/v1/connections", Map.of("name", name, "vendor", vendor, "config", config));
            print(created, () -> out().println("connection " + text(created, "id") + " '" + text(created, "name")
                    + "' added (" + text(created, "vendor") + ")"));
        }
    }

    @Command(name = "test", mixinStandardHelpOptions = true,
            description = "Check that the vendor is reachable and accepts the credentials, company and period.")
    static final class Test extends ApiCommand {
        @Parameters(paramLabel = "<connection>", description = "connection id or name")
        String connection;

        @Override
        void run(ApiClient client) {
            JsonNode result = client.post("api/v1/connections/" + ApiClient.encode(connection) + "/test", Map.of());
            print(result, () -> {
                if (result.path("ok").asBoolean()) {
                    out().println("ok: " + text(result, "message") + " (" + text(result, "latencyMs") + " ms)");
                } else {
                    JsonNode problem = result.path("problem");
                    out().println("failed: " + text(problem, "detail")
                            + (problem.hasNonNull("vendorMessage") ? " — vendor: " + text(problem, "vendorMessage") : ""));
                }
            });
            if (!result.path("ok").asBoolean()) {
                throw new ApiException("connection test failed", 1);
            }
        }
    }

    @Command(name = "describe", mixinStandardHelpOptions = true,
            description = "What the connection's connector supports: entities, operations, natural keys, limits.")
    static final class Describe extends ApiCommand {
        @Parameters(paramLabel = "<connection>", description = "connection id or name")
        String connection;

        @Override
        void run(ApiClient client) {
            JsonNode d = client.get("api/v1/connections/" + ApiClient.encode(connection) + "/describe");
            print(d, () -> {
                out().println(text(d, "vendor") + " — " + text(d, "title"));
                Table table = new Table("ENTITY", "OPERATIONS", "CURSOR", "NATURAL KEYS");
                items(d.path("entities")).forEach(e -> table.row(text(e, "entity"),
                        String.join(",", strings(e.path("operations"))), text(e, "cursorKind"),
                        String.join(",", strings(e.path("naturalKeys")))));
                table.print(out());
            });
        }
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.isValueNode() ? n.asText() : n.toString()));
        return out;
    }
}
