package dev.kopru.sync.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** One life of an {@link EngineMain} process: started, watched through its stdout, perhaps killed with SIGKILL. */
final class EngineLife {

    /** How a life ended: killed by the test, or exited on its own with {@code exitValue}; what it printed. */
    record Outcome(boolean killed, int exitValue, List<String> lines) {
        boolean finished() {
            return !killed && exitValue == 0;
        }

        boolean wroteSomething() {
            return lines.stream().anyMatch(l -> l.startsWith("created "));
        }
    }

    private final Process process;

    private EngineLife(Process process) {
        this.process = process;
    }

    /** Starts {@code java -Xmx128m EngineMain args…} on this JVM's class path; its stderr is dropped. */
    static EngineLife start(String... args) throws IOException {
        return start(List.of(), args);
    }

    /** The same with JVM options such as {@code -Dkopru.node=node-b}. */
    static EngineLife start(List<String> jvmOptions, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), "-Xmx128m", "-XX:TieredStopAtLevel=1"));
        command.addAll(jvmOptions);
        command.add(EngineMain.class.getName());
        command.addAll(List.of(args));
        return new EngineLife(new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start());
    }

    /** Lets the engine run to its end. */
    Outcome finish() throws IOException, InterruptedException {
        return watch(-1, -1);
    }

    /** Kills the engine right after it announced its {@code n}-th create (before that create's link commits). */
    Outcome killAfterCreates(int n) throws IOException, InterruptedException {
        return watch(n, -1);
    }

    /** Kills the engine {@code millis} after it said "started" (mid-read, mid-write, mid-step), unless it ended. */
    Outcome killAfterMillis(long millis) throws IOException, InterruptedException {
        return watch(-1, millis);
    }

    private Outcome watch(int creates, long millis) throws IOException, InterruptedException {
        List<String> lines = new ArrayList<>();
        boolean killed = false;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            int created = 0;
            String line;
            while ((line = out.readLine()) != null) {
                lines.add(line);
                if (millis >= 0 && line.equals("started")) {
                    killed = !process.waitFor(millis, TimeUnit.MILLISECONDS);
                } else if (line.startsWith("created ") && ++created == creates) {
                    killed = true;
                }
                if (killed) {
                    process.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks
                    break;
                }
            }
        }
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("engine exits").isTrue();
        return new Outcome(killed, process.exitValue(), lines);
    }
}
