package dev.kopru.server.security;

/**
 * What a user may do. Each role includes the ones below it: a VIEWER reads, an OPERATOR also runs, pauses and
 * replays pipelines, an ADMIN also manages connections, pipelines' definitions and users.
 */
public enum Role {
    VIEWER, OPERATOR, ADMIN;

    /** The Spring authorities of this role: itself and every role below it. */
    public String[] authorities() {
        return java.util.Arrays.stream(values()).filter(r -> r.ordinal() <= ordinal())
                .map(r -> "ROLE_" + r.name()).toArray(String[]::new);
    }
}
