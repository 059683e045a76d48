package dev.kopru.server.cli.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kopru deadletters list|replay}. */
@Command(name = "deadletters", mixinStandardHelpOptions = true,
        description = "Records a target refused, with the vendor's message; replay them once the cause is fixed.",
        subcommands = {DeadLettersCommand.ListDeadLetters.class, DeadLettersCommand.Replay.class})
public final class DeadLettersCommand {

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Dead letters of a pipeline, or of every pipeline when none is given.")
    static final class ListDeadLetters extends ApiCommand {
        @Parameters(paramLabel = "<pipeline>", arity = "0..1", description = "id or name; all pipelines when absent")
        String pipeline;

        @Option(names = "--state", defaultValue = "OPEN",
                description = "OPEN, RETRYING, REPLAYED or ALL (default ${DEFAULT-VALUE})")
        String state;

        @Option(names = "--stage", description = "READ, MAP, WRITE or AFTER")
        String stage;

        @Option(names = "--text", description = "only letters with this text (any case) in the key, messages or field")
        String text;

        @Override
        void run(ApiClient client) {
            String query = "state=" + ApiClient.encode(state) + (stage == null ? "" : "&stage=" + ApiClient.encode(stage))
                    + (text == null ? "" : "&q=" + ApiClient.encode(text));
            JsonNode list = client.get(pipeline == null ? "api/v1/dead-letters?" + query
                    : PipelinesCommand.path(client, pipeline, "/dead-letters?" + query));
            print(list, () -> {
                Table table = new Table("ID", "PIPELINE", "RECORD", "STAGE", "STATE", "OUTCOME", "FIELD", "VENDOR MESSAGE");
                items(list).forEach(d -> table.row(text(d, "id"), text(d, "pipelineId"), text(d, "sourceKey"),
                        text(d, "stage"), Human.word("letter.", text(d, "state")),
                        text(d, "outcome"), text(d, "field"), text(d, "vendorMessage")));
                table.print(out());
            });
        }
    }

    @Command(name = "replay", mixinStandardHelpOptions = true,
            description = "Replay one dead letter (--id), a selection (--ids), those matching a filter (--stage,"
                    + " --outcome, --field, --text), or all open ones.")
    static final class Replay extends ApiCommand {
        @Parameters(paramLabel = "<pipeline>")
        String pipeline;

        @Option(names = "--id", description = "the dead letter's id")
        Long id;

        @Option(names = "--outcome", description = "only dead letters with this outcome, e.g. Validation")
        String outcome;

        @Option(names = "--field", description = "only dead letters about this field")
        String field;

        @Option(names = "--ids", split = ",", paramLabel = "<id,id,...>", description = "only these dead letters")
        java.util.List<Long> ids;

        @Option(names = "--stage", description = "only dead letters of this stage: READ, MAP, WRITE or AFTER")
        String stage;

        @Option(names = "--text", description = "only dead letters with this text (any case) in the key, messages or field")
        String text;

        @Override
        void run(ApiClient client) {
            JsonNode result;
            if (id != null) {
                result = client.post(PipelinesCommand.path(client, pipeline, "/dead-letters/" + id + "/replay"), Map.of());
            } else {
                Map<String, Object> filter = new LinkedHashMap<>();
                if (outcome != null) {
                    filter.put("outcome", outcome);
                }
                if (field != null) {
                    filter.put("field", field);
                }
                if (ids != null) {
                    filter.put("ids", ids);
                }
                if (stage != null) {
                    filter.put("stage", stage.toUpperCase(java.util.Locale.ROOT));
                }
                if (text != null) {
                    filter.put("text", text);
                }
                result = client.post(PipelinesCommand.path(client, pipeline, "/dead-letters/replay"), filter);
            }
            print(result, () -> {
                Iterable<JsonNode> replayed = result.has("items") ? items(result) : java.util.List.of(result);
                Table table = new Table("ID", "RECORD", "RESULT", "STATE");
                replayed.forEach(r -> table.row(text(r, "deadLetterId"), text(r, "sourceKey"),
                        Human.word("replay.", text(r, "result")), Human.word("letter.", text(r, "state"))));
                table.print(out());
            });
        }
    }
}
