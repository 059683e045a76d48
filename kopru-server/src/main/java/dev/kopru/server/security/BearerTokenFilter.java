package dev.kopru.server.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer <token>}: authenticates the request as the token, with the token's role. A bearer
 * header with an unknown or revoked token is answered 401 at once (it must not fall through to another login).
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    static final String TOKEN_PRINCIPAL_PREFIX = "token:";

    /** The details of a token's authentication: which token, so that its revocation can end what it opened. */
    record TokenId(long id) {
    }

    private final ApiTokens tokens;
    private final SecurityProblems problems;

    BearerTokenFilter(ApiTokens tokens, SecurityProblems problems) {
        this.tokens = tokens;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ApiTokens.TokenInfo> token = tokens.authenticate(header.substring(7).strip());
        if (token.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            problems.write(response, HttpStatus.UNAUTHORIZED, "invalid-token", "Invalid token",
                    "Authorization: the bearer token is unknown or revoked", java.util.Map.of("field", "Authorization"));
            return;
        }
        ApiTokens.TokenInfo info = token.get();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken.authenticated(
                TOKEN_PRINCIPAL_PREFIX + info.name(), null, AuthorityUtils.createAuthorityList(info.role().authorities()));
        authentication.setDetails(new TokenId(info.id()));
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
