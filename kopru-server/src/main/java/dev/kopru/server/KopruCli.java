package dev.kopru.server;

import dev.kopru.server.cli.DemoCommand;
import dev.kopru.server.cli.SandboxCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code kopru} command line; {@code ./kopru} builds and runs it. */
@Command(name = "kopru", mixinStandardHelpOptions = true, version = "Köprü 0.1.0",
        description = "Köprü: one API and one sync engine for Mikro, Logo, DIA, Wiradius and FarmaBorsa.",
        subcommands = {DemoCommand.class, SandboxCommand.class, CommandLine.HelpCommand.class})
public final class KopruCli {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command tree, for tests and for completion scripts. */
    public static CommandLine commandLine() {
        return new CommandLine(new KopruCli());
    }
}
