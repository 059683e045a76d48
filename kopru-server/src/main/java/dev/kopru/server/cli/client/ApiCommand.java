package dev.kopru.server.cli.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A CLI command that talks to the server: it gets a client from the shared options, and turns the server's
 * refusals into one line on standard error and exit code 1 (2 when the server cannot be reached).
 */
abstract class ApiCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ApiOptions api;

    @Override
    public final Integer call() {
        try {
            run(api.client());
            out().flush();
            return 0;
        } catch (Exit e) {
            out().flush();
            return e.code;
        } catch (ApiException e) {
            err().println("kopru: " + e.getMessage());
            return e.status() == 0 ? 2 : 1;
        } catch (IllegalArgumentException e) {
            err().println("kopru: " + e.getMessage());
            return 1;
        }
    }

    abstract void run(ApiClient client);

    /** Ends the command with {@code code} after its output said why (e.g. a watched run that left failures). */
    static final class Exit extends RuntimeException {
        final int code;

        Exit(int code) {
            super(null, null, false, false);
            this.code = code;
        }
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Prints {@code node} as JSON with --json, otherwise lets {@code human} print it. */
    void print(JsonNode node, Runnable human) {
        if (api.json()) {
            out().println(node.toPrettyString());
        } else {
            human.run();
        }
    }

    /** The {@code items} of a list answer (or the answer itself when it is an array). */
    static Iterable<JsonNode> items(JsonNode list) {
        return list.isArray() ? list : list.path("items");
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? "" : value.isValueNode() ? value.asText() : value.toString();
    }
}
