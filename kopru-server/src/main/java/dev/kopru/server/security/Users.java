package dev.kopru.server.security;

import dev.kopru.core.input.ConflictException;
import dev.kopru.core.input.InvalidInputException;
import dev.kopru.server.problems.NotFoundException;
import dev.kopru.sync.store.SyncStore;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The {@code users} table: names, roles and password hashes (never the passwords). */
public final class Users implements UserDetailsService, UserDetailsPasswordService {

    private static final Logger LOG = LoggerFactory.getLogger(Users.class);

    public record Account(String username, Role role, boolean disabled) { }

    private static final String ACCOUNT = "SELECT username, role, disabled FROM users";

    private final SyncStore store;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;

    public Users(SyncStore store, PasswordEncoder encoder, ApplicationEventPublisher events) {
        this.store = store;
        this.encoder = encoder;
        this.events = events;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        record Row(String username, String hash, Role role, boolean disabled) { }
        Row row = store.transaction(tx -> tx.queryOne("SELECT username, password_hash, role, disabled FROM users"
                        + " WHERE username_key = ?", rs -> new Row(rs.getString(1), rs.getString(2),
                        Role.valueOf(rs.getString(3)), rs.getBoolean(4)), key(username)))
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
        return User.withUsername(row.username()).password(row.hash()).authorities(row.role().authorities())
                .disabled(row.disabled()).build();
    }

    /**
     * The version of {@code username}'s credentials while the user may log in; empty once it is disabled or gone.
     * Every change of password or status raises it, so a login verified under an older version no longer counts.
     */
    public Optional<Integer> credentialsVersion(String username) {
        return store.transaction(tx -> tx.queryOne("SELECT credentials_version FROM users WHERE username_key = ?"
                + " AND disabled = FALSE", rs -> rs.getInt(1), key(username)));
    }

    /** Called by Spring at a successful login when the stored hash is of an older kind: stores the new hash. */
    @Override
    public UserDetails updatePassword(UserDetails user, String newEncodedPassword) {
        store.inTransaction(tx -> tx.update("UPDATE users SET password_hash = ? WHERE username_key = ?",
                newEncodedPassword, key(user.getUsername())));
        return User.withUserDetails(user).password(newEncodedPassword).build();
    }

    public List<Account> list() {
        return store.transaction(tx -> tx.query(ACCOUNT + " ORDER BY username", Users::account));
    }

    public Optional<Account> find(String username) {
        return store.transaction(tx -> tx.queryOne(ACCOUNT + " WHERE username_key = ?", Users::account,
                key(username)));
    }

    private static Account account(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Account(rs.getString(1), Role.valueOf(rs.getString(2)), rs.getBoolean(3));
    }

    /** @throws IllegalArgumentException naming the field when the name is taken or the password too short */
    public Account add(String username, String password, Role role) {
        if (username == null || !username.matches("[A-Za-z0-9._@-]{1,80}")) {
            throw new InvalidInputException("username", "1-80 letters, digits or . _ @ -");
        }
        checkPassword(password);
        String hash = encoder.encode(password);
        try {
            store.inTransaction(tx -> tx.update("INSERT INTO users (username, username_key, password_hash, role,"
                    + " created_at) VALUES (?, ?, ?, ?, ?)", username, key(username), hash, role.name(),
                    store.clock().instant()));
        } catch (RuntimeException e) {
            // the unique key refused it (also when another request added the same name a moment ago)
            Account existing = find(username).orElseThrow(() -> e);
            throw new InvalidInputException("username", "'" + existing.username() + "' already exists");
        }
        return new Account(username, role, false);
    }

    /** Sets the password; the user's sessions, cached logins and event streams end. */
    public void setPassword(String username, String password) {
        checkPassword(password);
        String hash = encoder.encode(password);
        changed(username, tx -> tx.update("UPDATE users SET password_hash = ?, credentials_version ="
                + " credentials_version + 1 WHERE username_key = ?", hash, key(username)));
    }

    /**
     * Disables or enables {@code username}, as {@code caller}: a disabled user cannot log in and its sessions end.
     *
     * @throws ConflictException for the caller itself, or the last enabled admin
     */
    public void setDisabled(String username, boolean disabled, String caller) {
        if (disabled) {
            refuseSelfOrLastAdmin(username, caller, "disable");
        }
        changed(username, tx -> tx.update("UPDATE users SET disabled = ?, credentials_version = credentials_version"
                + " + 1 WHERE username_key = ?", disabled, key(username)));
    }

    /** Deletes {@code username}, as {@code caller}, under the same rules as {@link #setDisabled}. */
    public void delete(String username, String caller) {
        refuseSelfOrLastAdmin(username, caller, "delete");
        changed(username, tx -> tx.update("DELETE FROM users WHERE username_key = ?", key(username)));
    }

    private void refuseSelfOrLastAdmin(String username, String caller, String action) {
        Account account = find(username).orElseThrow(() -> noSuchUser(username));
        if (key(username).equals(key(caller))) {
            throw new ConflictException("username", "you cannot " + action + " yourself");
        }
        long otherAdmins = store.transaction(tx -> tx.count("SELECT COUNT(*) FROM users WHERE role = 'ADMIN' AND"
                + " disabled = FALSE AND username_key <> ?", key(username)));
        if (account.role() == Role.ADMIN && otherAdmins == 0) {
            throw new ConflictException("username", "'" + account.username() + "' is the last enabled admin");
        }
    }

    private void changed(String username, java.util.function.Function<dev.kopru.sync.store.Tx, Integer> change) {
        if (store.transaction(change) == 0) {
            throw noSuchUser(username);
        }
        events.publishEvent(new CredentialsRevoked(CredentialsRevoked.ofUser(username)));
    }

    private static NotFoundException noSuchUser(String username) {
        return new NotFoundException("username", "no user '" + username + "'");
    }

    /**
     * Creates the first admin when there is no user at all: with {@code password} when given
     * ({@code KOPRU_ADMIN_PASSWORD}), otherwise with a random one printed once on standard output.
     */
    public void ensureFirstAdmin(String password) {
        boolean empty = store.transaction(tx -> tx.count("SELECT COUNT(*) FROM users")) == 0;
        if (!empty) {
            return;
        }
        boolean generated = password == null || password.isBlank();
        String chosen = generated ? randomPassword() : password;
        add("admin", chosen, Role.ADMIN);
        if (generated) {
            // printed, not logged: log files outlive the moment the operator reads this
            System.out.println("Köprü: created the first user 'admin' with password " + chosen
                    + " (shown only now; set KOPRU_ADMIN_PASSWORD to choose it)");
        } else {
            LOG.info("created the first user 'admin' with the configured password (kopru.admin-password)");
        }
    }

    /** User names are unique and found whatever their case. */
    private static String key(String username) {
        return username.toLowerCase(Locale.ROOT);
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < 8) {
            throw new InvalidInputException("password", "at least 8 characters");
        }
    }

    static String randomPassword() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
