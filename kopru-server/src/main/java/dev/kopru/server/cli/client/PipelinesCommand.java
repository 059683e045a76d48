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

    /** The API path of a pipeline given by id or by name ({@code rest} appended). */
    static String path(ApiClient client, String pipeline, String rest) {
        return "api/v1/pipelines/" + id(client, pipeline) + rest;
    }

    /** A pipeline's id: the argument itself when it is a number, else the id of the pipeline of that name. */
    static String id(ApiClient client, String pipeline) {
        if (pipeline.chars().allMatch(Character::isDigit) && !pipeline.isEmpty()) {
            return pipeline;
        }
        for (JsonNode p : ApiCommand.items(client.get("api/v1/pipelines"))) {
            if (pipeline.equals(ApiCommand.text(p, "name"))) {
                return ApiCommand.text(p, "id");
            }
        }
        throw new IllegalArgumentException("no pipeline named '" + pipeline + "' (kopru pipelines list shows them)");
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List pipelines with their state.")
    static final class ListPipelines extends ApiCommand {
        @Override
        void run(ApiClient client) {
            JsonNode list = client.get("api/v1/pipelines");
            print(list, () -> {
                Map<String, String> names = new java.util.HashMap<>();
                items(client.get("api/v1/connections")).forEach(c -> names.put(text(c, "id"), text(c, "name")));
                Table table = new Table("ID", "NAME", "FROM", "TO", "SCHEDULE", "STATE", "HEALTH", "LAST RUN");
                items(list).forEach(p -> table.row(text(p, "id"), text(p, "name"), side(p.path("source"), names),
                        side(p.path("target"), names), schedule(p.path("schedule")),
                        Human.say(p.path("running").asBoolean() ? "state.running" : p.path("paused").asBoolean()
                                ? "state.paused" : "state.active"),
                        Human.health(p), p.path("lastRun").isObject() ? Human.outcome(p.path("lastRun")) + ", "
                                + Human.ago(text(p.path("lastRun"), "startedAt")) : Human.say("never")));
                table.print(out());
            });
        }

        private static String side(JsonNode side, Map<String, String> names) {
            return names.getOrDefault(text(side, "connectionId"), "#" + text(side, "connectionId")) + " ("
                    + text(side, "entity") + ")";
        }

        private static String schedule(JsonNode schedule) {
            if (schedule.hasNonNull("every")) {
                return Human.say("every", Human.duration(java.time.Duration.parse(schedule.get("every").asText())
                        .toMillis()));
            }
            return schedule.hasNonNull("cron") ? Human.say("cron", schedule.get("cron").asText()) : Human.say("on.demand");
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Define a pipeline.")
    static final class Add extends ApiCommand {
        @Option(names = "--name", required = true)
        String name;

        @Option(names = "--from", required = true, paramLabel = "<connection:entity>",
                description = "source connection (id or name) and entity, e.g. 3:party or \"Mikro Merkez:party\"")
        String from;

        @Option(names = "--to", required = true, paramLabel = "<connection:entity>",
                description = "target connection (id or name) and entity, e.g. 4:party")
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
            body.put("source", endpoint(client, "--from", from));
            body.put("target", endpoint(client, "--to", to));
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

        private static Map<String, Object> endpoint(ApiClient client, String option, String value) {
            int colon = value.lastIndexOf(':');
            if (colon < 1 || colon == value.length() - 1) {
                throw new IllegalArgumentException(option + ": expected <connection>:<entity>, e.g. 3:party, was '"
                        + value + "'");
            }
            String connection = value.substring(0, colon);
            long id = connection.chars().allMatch(Character::isDigit) ? Long.parseLong(connection)
                    : client.get("api/v1/connections/" + ApiClient.encode(connection)).path("id").asLong();
            return Map.of("connectionId", id, "entity", value.substring(colon + 1));
        }

        private static Object jsonOrText(String value) {
            try {
                return ApiClient.JSON.readTree(value);
            } catch (java.io.IOException e) {
                return value;
            }
        }
    }

    @Command(name = "run", mixinStandardHelpOptions = true, description = "Run a pipeline now.",
            exitCodeListHeading = "%nExit codes with --watch:%n", exitCodeList = {"0:the run succeeded",
                    "1:the server refused", "2:the server could not be reached",
                    "3:the run ended with records dead-lettered or in doubt", "4:the run failed or was abandoned"})
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
            String id = id(client, pipeline);
            RunProgress.exitWith(new RunProgress(out(), api.json()).follow(client, path(client, id, "/events"),
                    () -> trigger(client, id)));
        }

        private void trigger(ApiClient client) {
            trigger(client, id(client, pipeline));
        }

        private void trigger(ApiClient client, String id) {
            JsonNode triggered = client.post(path(client, id, "/run"), Map.of());
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
            JsonNode p = client.post(path(client, pipeline, "/pause"), Map.of());
            print(p, () -> out().println("pipeline " + pipeline + " paused"));
        }
    }

    @Command(name = "resume", mixinStandardHelpOptions = true, description = "Start a paused pipeline's schedule again.")
    static final class Resume extends ApiCommand {
        @Parameters(paramLabel = "<pipeline>")
        String pipeline;

        @Override
        void run(ApiClient client) {
            JsonNode p = client.post(path(client, pipeline, "/resume"), Map.of());
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
                state = client.put(path(client, pipeline, "/state"), cursor != null ? Map.of("cursor", cursor)
                        : Map.of("from", from));
            } else {
                state = client.get(path(client, pipeline, "/state"));
            }
            print(state, () -> {
                Table table = new Table("", "");
                table.row(Human.say("state.source"), cursor(state.path("cursor")));
                if (state.path("targetCursor").isObject()) {
                    table.row(Human.say("state.target"), cursor(state.path("targetCursor")));
                }
                table.row(Human.say("state.links"), text(state, "links"));
                table.row(Human.say("state.intents"), text(state, "unresolvedIntents"));
                table.row(Human.say("state.deadLetters"), text(state, "openDeadLetters"));
                JsonNode last = state.path("lastRun");
                table.row(Human.say("state.lastRun"), last.isObject() ? "#" + text(last, "id") + " "
                        + Human.outcome(last) + ", " + Human.ago(text(last, "startedAt")) : Human.say("never"));
                table.print(out());
            });
        }

        private static String cursor(JsonNode cursor) {
            return cursor.isObject() ? Human.say("state.committed", text(cursor, "value"),
                    Human.ago(text(cursor, "updatedAt"))) : Human.say("state.unset");
        }
    }

    @Command(name = "reset", mixinStandardHelpOptions = true,
            description = "Forget a pipeline's cursors: the next run reads the source from the start.")
    static final class Reset extends ApiCommand {
        @Parameters(paramLabel = "<pipeline>")
        String pipeline;

        @Override
        void run(ApiClient client) {
            JsonNode state = client.delete(path(client, pipeline, "/state"));
            print(state, () -> out().println("pipeline " + pipeline + ": state reset"));
        }
    }
}
