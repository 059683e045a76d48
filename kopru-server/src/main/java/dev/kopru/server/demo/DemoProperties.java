package dev.kopru.server.demo;

import java.net.URI;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Set only by {@code kopru demo}: that the server runs as the demo, and the sandboxes it started (so the dashboard
 * can show and turn their fault knobs).
 *
 * @param enabled   true in the demo; the demo-only API exists only then
 * @param sandboxes the running sandboxes, by the name of their demo connection
 */
@ConfigurationProperties("kopru.demo")
public record DemoProperties(boolean enabled, List<SandboxRef> sandboxes) {

    public DemoProperties {
        sandboxes = sandboxes == null ? List.of() : List.copyOf(sandboxes);
    }

    /** One running sandbox. */
    public record SandboxRef(String name, String vendor, URI url) { }
}
