package dev.kopru.server.security;

import dev.kopru.core.input.InvalidInputException;
import java.util.Arrays;
import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;

/**
 * What a user may do. Each role includes the ones below it: a VIEWER reads, an OPERATOR also runs, pauses and
 * replays pipelines, an ADMIN also manages connections, pipelines' definitions and users.
 */
public enum Role {
    VIEWER, OPERATOR, ADMIN;

    /** The Spring authorities of this role: itself and every role below it. */
    public String[] authorities() {
        return Arrays.stream(values()).filter(r -> r.ordinal() <= ordinal())
                .map(r -> "ROLE_" + r.name()).toArray(String[]::new);
    }

    /** The highest role among {@code authorities}; VIEWER when there is none. */
    public static Role highest(Collection<? extends GrantedAuthority> authorities) {
        Role highest = VIEWER;
        for (GrantedAuthority authority : authorities) {
            for (Role role : values()) {
                if (("ROLE_" + role.name()).equals(authority.getAuthority()) && role.ordinal() > highest.ordinal()) {
                    highest = role;
                }
            }
        }
        return highest;
    }

    /** @throws IllegalArgumentException naming {@code field} when {@code name} is no role */
    public static Role parse(String field, String name) {
        return Arrays.stream(values()).filter(r -> r.name().equalsIgnoreCase(name == null ? "" : name.strip()))
                .findFirst().orElseThrow(() -> new InvalidInputException(field, "'" + name + "' is not one of "
                        + Arrays.toString(values())));
    }
}
