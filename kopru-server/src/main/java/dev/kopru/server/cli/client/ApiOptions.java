package dev.kopru.server.cli.client;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import picocli.CommandLine.Option;

/**
 * Where the server is and who we are, from (first that is set) the flags, the environment ({@code KOPRU_URL},
 * {@code KOPRU_TOKEN}, {@code KOPRU_USER}, {@code KOPRU_PASSWORD}) or the config file
 * ({@code $KOPRU_HOME/cli.properties}, keys {@code url}, {@code token}, {@code user}, {@code password}).
 */
public final class ApiOptions {

    @Option(names = "--url", description = "server URL (default http://127.0.0.1:8080, or KOPRU_URL)")
    String url;

    @Option(names = "--token", description = "API token (or KOPRU_TOKEN)")
    String token;

    @Option(names = "--user", description = "user name (or KOPRU_USER)")
    String user;

    @Option(names = "--password", description = "password (or KOPRU_PASSWORD); prefer a token or the environment",
            arity = "0..1", interactive = true)
    String password;

    @Option(names = "--config", description = "CLI config file (default $KOPRU_HOME/cli.properties)")
    Path config;

    @Option(names = "--json", description = "print the server's JSON instead of a table (same as --output json)")
    boolean json;

    /** How answers are printed: a table for people (the default), the server's JSON for scripts. */
    enum Output { table, json }

    @Option(names = {"-o", "--output"}, paramLabel = "table|json",
            description = "table (default; Turkish when the locale is) or json for scripts")
    Output output = Output.table;

    private final Map<String, String> environment = System.getenv();

    /** An environment variable. */
    String environment(String name) {
        return environment.get(name);
    }

    public boolean json() {
        return json || output == Output.json;
    }

    public ApiClient client() {
        Properties file = file();
        String base = pick(url, "KOPRU_URL", file, "url", "http://127.0.0.1:8080");
        return new ApiClient(URI.create(base.endsWith("/") ? base : base + "/"),
                pick(token, "KOPRU_TOKEN", file, "token", null),
                pick(user, "KOPRU_USER", file, "user", null),
                pick(password, "KOPRU_PASSWORD", file, "password", null));
    }

    private String pick(String flag, String env, Properties file, String key, String fallback) {
        if (flag != null && !flag.isBlank()) {
            return flag;
        }
        String fromEnv = environment.get(env);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromEnv;
        }
        return file.getProperty(key, fallback);
    }

    private Properties file() {
        Path path = config;
        if (path == null) {
            String home = environment.get("KOPRU_HOME");
            path = (home != null && !home.isBlank() ? Path.of(home) : Path.of(System.getProperty("user.home"), ".kopru"))
                    .resolve("cli.properties");
        }
        Properties properties = new Properties();
        if (Files.isReadable(path)) {
            try (Reader reader = Files.newBufferedReader(path)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new IllegalArgumentException("--config: cannot read " + path + ": " + e.getMessage());
            }
        } else if (config != null) {
            throw new IllegalArgumentException("--config: no readable file " + config);
        }
        return properties;
    }
}
