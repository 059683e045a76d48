package dev.kopru.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.util.UUID;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;

class ServerCommandTest {

    @org.junit.jupiter.api.Test
    void the_port_option_is_the_port_the_server_listens_on() throws IOException {
        int free;
        try (ServerSocket socket = new ServerSocket(0)) {
            free = socket.getLocalPort();
        }
        ServerCommand command = new ServerCommand();
        new CommandLine(command).parseArgs("--port", String.valueOf(free),
                "--server.address=127.0.0.1", "--kopru.home=" + Files.createTempDirectory("kopru-home-"),
                "--kopru.database-url=jdbc:h2:mem:kopru-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "--kopru.database-user=sa", "--kopru.database-password=", "--kopru.admin-password=port-test-password");

        try (ConfigurableApplicationContext context = command.start()) {
            assertThat(((WebServerApplicationContext) context).getWebServer().getPort()).isEqualTo(free);
        }
    }

    @org.junit.jupiter.api.Test
    void a_taken_port_is_named_with_the_option_to_give_another_and_no_stack_trace() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            java.io.StringWriter err = new java.io.StringWriter();
            CommandLine cli = new CommandLine(new ServerCommand()).setErr(new java.io.PrintWriter(err, true));
            int exit = cli.execute("--port", String.valueOf(port), "--server.address=127.0.0.1",
                    "--kopru.home=" + Files.createTempDirectory("kopru-home-"),
                    "--kopru.database-url=jdbc:h2:mem:kopru-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                    "--kopru.database-user=sa", "--kopru.database-password=", "--kopru.admin-password=port-test-password");

            assertThat(exit).isEqualTo(1);
            assertThat(err.toString()).isEqualTo("kopru: port " + port + " is taken (another program, or a Köprü"
                    + " started earlier, listens there); give another one: ./kopru server --port " + (port + 1)
                    + System.lineSeparator());
        }
    }
}
