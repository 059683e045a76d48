package dev.kopru.server.security;

import java.util.Locale;
import org.springframework.security.core.Authentication;

/**
 * Published when a login stops being valid (a user's password changed, the user was disabled or deleted, a token
 * was revoked): sessions, cached Basic logins and open event streams of {@code principal} end.
 *
 * @param principal {@link #ofUser} or {@link #ofToken}, the key {@link #principalOf} gives a request's login
 */
public record CredentialsRevoked(String principal) {

    static String ofUser(String username) {
        return "user:" + username.toLowerCase(Locale.ROOT);
    }

    static String ofToken(long id) {
        return "token#" + id;
    }

    /** The key of the login behind {@code authentication}: its token's id (the details) or its user name. */
    public static String principalOf(Authentication authentication) {
        return authentication.getDetails() instanceof BearerTokenFilter.TokenId(long id) ? ofToken(id)
                : ofUser(authentication.getName());
    }
}
