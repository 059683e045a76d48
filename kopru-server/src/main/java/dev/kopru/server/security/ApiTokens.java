package dev.kopru.server.security;

import dev.kopru.core.input.InvalidInputException;
import dev.kopru.server.problems.NotFoundException;
import dev.kopru.sync.store.SyncStore;
import dev.kopru.sync.store.Tx;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The {@code api_tokens} table: bearer tokens for programs, each with a name and a role. A token is 32 random bytes
 * shown once when issued; only its SHA-256 is stored, so a copy of the database does not hold usable tokens.
 */
public final class ApiTokens {

    /** What is shown about a token after it was issued: never the token itself. */
    public record TokenInfo(long id, String name, Role role, String createdBy, Instant createdAt, Instant lastUsedAt) {
    }

    /** A token just issued: {@code token} is shown this once. */
    public record Issued(TokenInfo info, String token) {
        @Override
        public String toString() {
            return "Issued[" + info + ", token=****]";
        }
    }

    /** How exactly a token's last use is kept. */
    static final Duration LAST_USE_GRAIN = Duration.ofMinutes(1);
    private static final String PREFIX = "kpr_";
    private static final String COLUMNS = "id, name, role, created_by, created_at, last_used_at";

    private final SyncStore store;
    private final ApplicationEventPublisher events;
    private final SecureRandom random = new SecureRandom();

    public ApiTokens(SyncStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    /**
     * Issues a token for {@code role}, which may not exceed {@code callerRole}.
     *
     * @throws IllegalArgumentException naming the field (name, role)
     */
    public Issued issue(String name, Role role, String createdBy, Role callerRole) {
        if (name == null || name.isBlank() || name.length() > 80) {
            throw new InvalidInputException("name", "required, at most 80 characters");
        }
        if (role == null) {
            throw new InvalidInputException("role", "required, one of " + List.of(Role.values()));
        }
        if (role.ordinal() > callerRole.ordinal()) {
            throw new InvalidInputException("role", role + " is above your own role " + callerRole);
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = store.clock().instant();
        long id = store.transaction(tx -> tx.insert("INSERT INTO api_tokens (name, token_hash, role, created_by,"
                + " created_at) VALUES (?, ?, ?, ?, ?)", name.strip(), hash(token), role, createdBy, now));
        return new Issued(new TokenInfo(id, name.strip(), role, createdBy, now, null), token);
    }

    public List<TokenInfo> list() {
        return store.transaction(tx -> tx.query("SELECT " + COLUMNS + " FROM api_tokens ORDER BY id", ApiTokens::row));
    }

    /** @throws NotFoundException when there is no token {@code id} */
    public void revoke(long id) {
        if (store.transaction(tx -> tx.update("DELETE FROM api_tokens WHERE id = ?", id)) == 0) {
            throw new NotFoundException("token " + id + ": no such token");
        }
        events.publishEvent(new CredentialsRevoked(CredentialsRevoked.ofToken(id)));
    }

    /**
     * The token's record when {@code token} is a live token; notes when it was last used, to the
     * {@link #LAST_USE_GRAIN}: a write on every request made every caller of one token queue on its row (at 16
     * concurrent callers, bearer calls were slower than Basic ones).
     */
    public Optional<TokenInfo> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String hash = hash(token);
        Instant now = store.clock().instant();
        return store.transaction(tx -> {
            Optional<TokenInfo> info = tx.queryOne("SELECT " + COLUMNS + " FROM api_tokens WHERE token_hash = ?",
                    ApiTokens::row, hash);
            info.filter(t -> t.lastUsedAt() == null || !t.lastUsedAt().plus(LAST_USE_GRAIN).isAfter(now))
                    .ifPresent(t -> tx.update("UPDATE api_tokens SET last_used_at = ? WHERE id = ?", now, t.id()));
            return info;
        });
    }

    private static TokenInfo row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new TokenInfo(rs.getLong("id"), rs.getString("name"), Role.valueOf(rs.getString("role")),
                rs.getString("created_by"), Tx.instant(rs, "created_at"), Tx.instant(rs, "last_used_at"));
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
