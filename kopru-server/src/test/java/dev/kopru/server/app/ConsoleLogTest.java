package dev.kopru.server.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ConsoleLogTest {

    @Test
    void a_user_name_with_cr_lf_cannot_forge_a_console_line() {
        PrintStream original = System.out;
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        try (TestServer server = TestServer.start()) {
            System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
            // failed logins past the free ones log the user name once, as the block starts (no ':' in a Basic name)
            for (int i = 0; i < 7; i++) {
                server.send(server.as("eve\r\n00.000 INFO  forged", "wrong-" + i, "/api/v1/connections")
                        .GET().build());
            }
        } finally {
            System.setOut(original);
        }

        String out = console.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("eve\\r\\n00.000 INFO  forged").doesNotContain("%n");
        assertThat(out.lines()).noneMatch(line -> line.startsWith("00.000 INFO  forged"));
    }
}
