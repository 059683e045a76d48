package dev.kopru.server;

import dev.kopru.server.cli.DemoCommand;
import dev.kopru.server.cli.SandboxCommand;
import dev.kopru.server.cli.ServerCommand;
import dev.kopru.server.cli.client.CompletionCommand;
import dev.kopru.server.cli.client.ConnectionsCommand;
import dev.kopru.server.cli.client.DeadLettersCommand;
import dev.kopru.server.cli.client.PipelinesCommand;
import dev.kopru.server.cli.client.RunsCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code kopru} command line; {@code ./kopru} builds and runs it. */
@Command(name = "kopru", mixinStandardHelpOptions = true, version = "Köprü 0.1.0",
        description = "Köprü: one API and one sync engine for Mikro, Logo, DIA, Wiradius and FarmaBorsa.",
        subcommands = {DemoCommand.class, ServerCommand.class, SandboxCommand.class, ConnectionsCommand.class,
                PipelinesCommand.class, RunsCommand.class, DeadLettersCommand.class, CompletionCommand.class, CommandLine.HelpCommand.class})
public final class KopruCli {

    public static void main(String[] args) {
        int exit = commandLine().execute(args);
        // a server that was started has returned only after its context closed; exiting is safe then
        System.exit(exit);
    }

    /** The command tree, for tests and for completion scripts. */
    public static CommandLine commandLine() {
        return new CommandLine(new KopruCli());
    }
}
