package dev.kopru.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kopru.server.KopruCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class KopruCliTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = KopruCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void the_demo_refuses_a_bad_duration_naming_the_option() {
        int exit = run("demo", "--for", "soon");

        assertThat(exit).isNotZero();
        assertThat(err.toString()).contains("--for: expected e.g. 20s");
    }

    @Test
    void version_says_the_version() {
        assertThat(run("--version")).isZero();

        assertThat(out.toString()).startsWith("Köprü ");
    }

    @Test
    void help_lists_the_commands() {
        assertThat(run("--help")).isZero();

        assertThat(out.toString()).contains("demo").contains("sandbox");
    }

    @Test
    void an_unknown_sandbox_vendor_is_refused_naming_the_known_ones() {
        int exit = run("sandbox", "sap");

        assertThat(exit).isNotZero();
        assertThat(err.toString()).contains("unknown vendor 'sap'").contains("mikro");
    }

    @Test
    void a_negative_record_count_is_refused_naming_the_option() {
        int exit = run("sandbox", "mikro", "--records", "-5");

        assertThat(exit).isNotZero();
        assertThat(err.toString()).contains("--records: must not be negative");
    }
}
