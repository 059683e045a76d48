package dev.kopru.server;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code kopru} command line; {@code ./kopru} builds and runs it. */
@Command(name = "kopru", mixinStandardHelpOptions = true, description = "Köprü integration hub",
        subcommands = {})
public final class KopruCli {

    public static void main(String[] args) {
        System.exit(new CommandLine(new KopruCli()).execute(args));
    }
}
