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
     * Starts the server; {@code properties} (e.g. {@code kopru.home}) are defaults, overridden by the bundled
     * {@code application.properties}, the environment and {@code args} ({@code --name=value}, e.g. {@code --server.port}).
     */
    public static ConfigurableApplicationContext start(Map<String, Object> properties, String... args) {
        SpringApplication app = new SpringApplication(KopruServerApplication.class);
        app.setDefaultProperties(properties);
        app.addListeners(new OwnerOnlyFiles());
        return app.run(args);
    }
}
