package dev.kopru.server.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The dashboard's login page at {@code /login} (Spring Security's form login posts to the same path). It is the one
 * page served before a login, and only {@code /login} itself is open, so the dashboard's stylesheet is inlined into
 * it here rather than loaded from {@code /css}.
 */
@Controller
public class LoginPage {

    private final String html = resource("dashboard/login.html")
            .replace("/*DASHBOARD-CSS*/", resource("static/css/dashboard.css"));

    @GetMapping(value = "/login", produces = MediaType.TEXT_HTML_VALUE)
    public ResponseEntity<String> login() {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.TEXT_HTML).body(html);
    }

    private static String resource(String path) {
        try (InputStream in = LoginPage.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing class-path resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
