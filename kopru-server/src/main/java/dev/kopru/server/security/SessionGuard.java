package dev.kopru.server.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a dashboard session whose user's password changed, or which was disabled or deleted, since it logged in
 * (the login's {@link VerifiedLogins.VerifiedUnder} version against the user's now): the session is invalidated and
 * the request answered 401 (an API call) or sent to the login form (a page). Checked on every request of a session,
 * so it holds on every node.
 */
final class SessionGuard extends OncePerRequestFilter {

    private final Users users;
    private final SecurityProblems problems;

    SessionGuard(Users users, SecurityProblems problems) {
        this.users = users;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication login = SecurityContextHolder.getContext().getAuthentication();
        if (session == null || request.getHeader("Authorization") != null || login == null
                || !(login.getDetails() instanceof VerifiedLogins.VerifiedUnder(int version))
                || users.credentialsVersion(login.getName()).filter(now -> now == version).isPresent()) {
            chain.doFilter(request, response);
            return;
        }
        session.invalidate();
        SecurityContextHolder.clearContext();
        if (request.getRequestURI().startsWith("/api/")) {
            problems.write(response, HttpStatus.UNAUTHORIZED, "session-ended", "Session ended",
                    "the session ended: the user's password or status changed; log in again", Map.of());
        } else {
            response.sendRedirect(request.getContextPath() + "/login");
        }
    }
}
