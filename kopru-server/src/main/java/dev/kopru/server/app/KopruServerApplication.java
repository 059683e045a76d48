package dev.kopru.server.app;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The Köprü server: the unified REST API, the dashboard and the sync engine's scheduler in one Spring Boot
 * application. {@code ./kopru server} and {@code ./kopru demo} start it through {@link #start}.
 */
@SpringBootApplication(scanBasePackages = "dev.kopru.server")
@ConfigurationPropertiesScan("dev.kopru.server")
public class KopruServerApplication {

    /**
     * Starts the server; {@code properties} (e.g. {@code kopru.home}, {@code server.port}) override the defaults
     * and are themselves overridden by the environment and the command line's {@code --name=value} arguments.
     */
    public static ConfigurableApplicationContext start(Map<String, Object> properties, String... args) {
        SpringApplication app = new SpringApplication(KopruServerApplication.class);
        app.setDefaultProperties(properties);
        return app.run(args);
    }
}
