package dev.kopru.server.cli.client;

import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kopru runs list|watch}. */
@Command(name = "runs", mixinStandardHelpOptions = true, description = "Pipeline runs.",
        subcommands = {RunsCommand.ListRuns.class, RunsCommand.Watch.class})
public final class RunsCommand {

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Recent runs, newest first.")
    static final class ListRuns extends ApiCommand {
        @Option(names = "--pipeline", description = "only this pipeline's runs")
        String pipeline;

        @Option(names = "--limit", defaultValue = "20")
        int limit;

        @Override
        void run(ApiClient client) {
            JsonNode list = client.get((pipeline == null ? "api/v1/runs"
                    : PipelinesCommand.path(client, pipeline, "/runs")) + "?limit=" + limit);
            print(list, () -> {
                Table table = new Table("RUN", "PIPELINE", "OUTCOME", "STARTED", "DURATION", "READ", "WRITTEN",
                        "SKIPPED", "FAILED", "IN DOUBT", "ERROR");
                items(list).forEach(r -> {
                    JsonNode c = r.path("counts");
                    table.row(text(r, "id"), text(r, "pipelineName").isEmpty() ? text(r, "pipelineId")
                                    : text(r, "pipelineName"), Human.outcome(r), Human.ago(text(r, "startedAt")),
                            Human.duration(r.path("durationMs").asLong()), text(c, "read"), text(c, "written"),
                            text(c, "skipped"),
                            text(c, "failed"), text(c, "inDoubt"), text(r, "error"));
                });
                table.print(out());
            });
        }
    }

    @Command(name = "watch", mixinStandardHelpOptions = true,
            description = "Follow a pipeline's runs live with a progress bar until the current run ends.",
            exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:the run succeeded", "1:the server refused",
                    "2:the server could not be reached", "3:the run ended with records dead-lettered or in doubt",
                    "4:the run failed or was abandoned"})
    static final class Watch extends ApiCommand {
        @Parameters(paramLabel = "<pipeline>")
        String pipeline;

        @Override
        void run(ApiClient client) {
            RunProgress.exitWith(new RunProgress(out(), api.json()).follow(client,
                    PipelinesCommand.path(client, pipeline, "/events"), () -> { }));
        }
    }
}
