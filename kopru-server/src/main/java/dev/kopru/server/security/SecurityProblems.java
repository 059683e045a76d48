package dev.kopru.server.security;

import dev.kopru.server.problems.ApiProblems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's answers to a missing or failed login (401) and to a role too low for the call (403), as RFC 9457
 * {@code application/problem+json} like every other API error. A 401 challenges HTTP Basic, except for the
 * dashboard's own fetches ({@code X-Requested-With}), which must not open the browser's login box.
 */
final class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String BASIC_CHALLENGE = "Basic realm=\"Köprü\"";

    private final JsonMapper json;

    SecurityProblems(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (!"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
            response.setHeader("WWW-Authenticate", BASIC_CHALLENGE);
        }
        write(response, HttpStatus.UNAUTHORIZED, "unauthorized", "Login required", request.getMethod() + " "
                + request.getRequestURI() + ": needs a login (HTTP Basic with a user, or Authorization: Bearer with"
                + " an API token)", Map.of());
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        if (e instanceof CsrfException) {
            write(response, HttpStatus.FORBIDDEN, "csrf", "Missing or wrong CSRF token", request.getMethod() + " "
                    + request.getRequestURI() + ": a request on a dashboard session needs the XSRF-TOKEN cookie's"
                    + " value in the X-XSRF-TOKEN header (API clients log in with Basic or a bearer token instead)",
                    Map.of("field", "X-XSRF-TOKEN"));
            return;
        }
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        Role role = caller == null ? Role.VIEWER : Role.highest(caller.getAuthorities());
        write(response, HttpStatus.FORBIDDEN, "forbidden", "Not allowed for your role", request.getMethod() + " "
                + request.getRequestURI() + ": not allowed for the role " + role
                + " (see the roles in docs/api/security.md)", Map.of("role", role.name()));
    }

    /** Writes one problem; {@code detail} never holds a credential (only the method, path and role). */
    void write(HttpServletResponse response, HttpStatus status, String type, String title, String detail,
               Map<String, Object> properties) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", ApiProblems.TYPE_BASE + type);
        body.put("title", title);
        body.put("status", status.value());
        body.put("detail", detail);
        body.putAll(properties);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(body));
    }
}
