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

    @Command(name = "list", mixinStandardHelpOptions = true, description = "A pipeline's dead letters.")
    static final class ListDeadLetters extends ApiCommand {
        @Parameters(paramLabel = "<pipeline>")
        String pipeline;

        @Option(names = "--state", defaultValue = "OPEN", description = "OPEN, REPLAYED or ALL (default ${DEFAULT-VALUE})")
        String state;

        @Override
        void run(ApiClient client) {
            JsonNode list = client.get(PipelinesCommand.path(client, pipeline, "/dead-letters?state=" + ApiClient.encode(state)));
            print(list, () -> {
                Table table = new Table("ID", "RECORD", "STATE", "OUTCOME", "FIELD", "VENDOR MESSAGE");
                items(list).forEach(d -> table.row(text(d, "id"), text(d, "sourceKey"), Human.word("letter.", text(d, "state")),
                        text(d, "outcome"), text(d, "field"), text(d, "vendorMessage")));
                table.print(out());
            });
        }
    }

    @Command(name = "replay", mixinStandardHelpOptions = true,
            description = "Replay one dead letter (--id), those matching a filter (--outcome, --field), or all.")
    static final class Replay extends ApiCommand {
        @Parameters(paramLabel = "<pipeline>")
        String pipeline;

        @Option(names = "--id", description = "the dead letter's id")
        Long id;

        @Option(names = "--outcome", description = "only dead letters with this outcome, e.g. Validation")
        String outcome;

        @Option(names = "--field", description = "only dead letters about this field")
        String field;

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
