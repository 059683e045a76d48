package dev.kopru.server.cli.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kopru pipelines list|add|run|pause|resume|state|reset}. */
@Command(name = "pipelines", mixinStandardHelpOptions = true, description = "Sync pipelines on the server.",
        subcommands = {PipelinesCommand.ListPipelines.class, PipelinesCommand.Add.class, PipelinesCommand.Run.class,
                PipelinesCommand.Pause.class, PipelinesCommand.Resume.class, PipelinesCommand.State.class,
                PipelinesCommand.Reset.class})
public final class PipelinesCommand {

    static String path(String pipeline, String rest) {
        return "api/v1/pipelines/" + ApiClient.encode(pipeline) + rest;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List pipelines with their state.")
    static final class ListPipelines extends ApiCommand {
        @Override
        void run(ApiClient client) {
            JsonNode list = client.get("api/v1/pipelines");
            print(list, () -> {
                Table table = new Table("ID", "NAME", "FROM", "TO", "MODE", "SCHEDULE", "PAUSED", "LAST RUN");
                items(list).forEach(p -> table.row(text(p, "id"), text(p, "name"),
                        text(p.path("source"), "connectionId") + ":" + text(p.path("source"), "entity"),
                        text(p.path("target"), "connectionId") + ":" + text(p.path("target"), "entity"),
                        text(p, "mode"), schedule(p.path("schedule")), text(p, "paused"),
                        text(p.path("lastRun"), "state")));
                table.print(out());
            });
        }

        private static String schedule(JsonNode schedule) {
            if (schedule.hasNonNull("every")) {
                return "every " + schedule.get("every").asText();
            }
            return schedule.hasNonNull("cron") ? "cron " + schedule.get("cron").asText() : "on demand";
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Define a pipeline.")
    static final class Add extends ApiCommand {
        @Option(names = "--name", required = true)
        String name;

        @Option(names = "--from", required = true, paramLabel = "<connection:entity>",
                description = "source, e.g. 3:party")
        String from;

        @Option(names = "--to", required = true, paramLabel = "<connection:entity>", description = "target, e.g. 4:party")
        String to;

        @Option(names = "--mode", defaultValue = "ONE_WAY", description = "ONE_WAY or TWO_WAY (default ${DEFAULT-VALUE})")
        String mode;

        @Option(names = "--batch-size", defaultValue = "100")
        int batchSize;

        @Option(names = "--option", description = "a pipeline option: name=value (value may be JSON)")
        Map<String, String> options = new LinkedHashMap<>();

        @ArgGroup(exclusive = true)
        Schedule schedule;

        static final class Schedule {
            @Option(names = "--every", description = "run every ISO-8601 duration, e.g. PT5M")
            String every;

            @Option(names = "--cron", description = "run on a cron expression (seconds first)")
            String cron;
        }

        @Override
        void run(ApiClient client) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("name", name);
            body.put("source", endpoint("--from", from));
            body.put("target", endpoint("--to", to));
            body.put("mode", mode);
            body.put("batchSize", batchSize);
            Map<String, Object> parsed = new LinkedHashMap<>();
            options.forEach((k, v) -> parsed.put(k, jsonOrText(v)));
            body.put("options", parsed);
            if (schedule != null) {
                body.put("schedule", schedule.every != null ? Map.of("every", schedule.every)
                        : Map.of("cron", schedule.cron));
            }
            JsonNode created = client.post("api/v1/pipelines", body);
            print(created, () -> out().println("pipeline " + text(created, "id") + " '" + text(created, "name")
                    + "' defined"));
        }

        private static Map<String, Object> endpoint(String option, String value) {
            int colon = value.indexOf(':');
            if (colon < 1 || colon == value.length() - 1) {
                throw new IllegalArgumentException(option + ": expected <connection id>:<entity>, e.g. 3:party, was '"
                        + value + "'");
            }
            try {
                return Map.of("connectionId", Long.parseLong(value.substring(0, colon)), "entity",
                        value.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + ": the connection must be its numeric id, was '"
                        + value.substring(0, colon) + "'");
            }
        }

        private static Object jsonOrText(String value) {
            try {
                return ApiClient.JSON.readTree(value);
            } catch (java.io.IOException e) {
                return value;
            }
        }
    }

    @Command(name = "run", mixinStandardHelpOptions = true, description = "Run a pipeline now.")
    static final class Run extends ApiCommand {
        @Parameters(paramLabel = "<pipeline>")
        String pipeline;

        @Option(names = "--watch", description = "follow the run's progress until it ends")
        boolean watch;

        @Override
        void run(ApiClient client) {
            if (!watch) {
                trigger(client);
                return;
            }
            // subscribe first, then trigger: a short run cannot end before we listen
            new RunProgress(out(), api.json()).follow(client, path(pipeline, "/events"), () -> trigger(client));
        }

        private void trigger(ApiClient client) {
            JsonNode triggered = client.post(path(pipeline, "/run"), Map.of());
            print(triggered, () -> out().println("pipeline " + pipeline + ": " + ("ALREADY_RUNNING".equals(
                    text(triggered, "triggered")) ? "already running, joined" : "run started")));
            out().flush();
        }
    }

    @Command(name = "pause", mixinStandardHelpOptions = true, description = "Stop a pipeline's schedule.")
    static final class Pause extends ApiCommand {
        @Parameters(paramLabel = "<pipeline>")
        String pipeline;

        @Override
        void run(ApiClient client) {
            JsonNode p = client.post(path(pipeline, "/pause"), Map.of());
            print(p, () -> out().println("pipeline " + pipeline + " paused"));
        }
    }

    @Command(name = "resume", mixinStandardHelpOptions = true, description = "Start a paused pipeline's schedule again.")
    static final class Resume extends ApiCommand {
        @Parameters(paramLabel = "<pipeline>")
        String pipeline;

        @Override
        void run(ApiClient client) {
            JsonNode p = client.post(path(pipeline, "/resume"), Map.of());
            print(p, () -> out().println("pipeline " + pipeline + " resumed"));
        }
    }

    @Command(name = "state", mixinStandardHelpOptions = true,
            description = "Show a pipeline's sync state, or move it (--cursor, --from).")
    static final class State extends ApiCommand {
        @Parameters(paramLabel = "<pipeline>")
        String pipeline;

        @Option(names = "--cursor", description = "set the source cursor to this value")
        String cursor;

        @Option(names = "--from", description = "read again from this date (yyyy-MM-dd)")
        String from;

        @Override
        void run(ApiClient client) {
            JsonNode state;
            if (cursor != null || from != null) {
                state = client.put(path(pipeline, "/state"), cursor != null ? Map.of("cursor", cursor)
                        : Map.of("from", from));
            } else {
                state = client.get(path(pipeline, "/state"));
            }
            print(state, () -> state.properties().forEach(e -> out().println(e.getKey() + ": "
                    + (e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString()))));
        }
    }

    @Command(name = "reset", mixinStandardHelpOptions = true,
            description = "Forget a pipeline's cursors: the next run reads the source from the start.")
    static final class Reset extends ApiCommand {
        @Parameters(paramLabel = "<pipeline>")
        String pipeline;

        @Override
        void run(ApiClient client) {
            JsonNode state = client.delete(path(pipeline, "/state"));
            print(state, () -> out().println("pipeline " + pipeline + ": state reset"));
        }
    }
}
