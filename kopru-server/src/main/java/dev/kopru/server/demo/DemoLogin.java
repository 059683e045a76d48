package dev.kopru.server.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The demo admin's password: {@code KOPRU_ADMIN_PASSWORD} when set, otherwise one generated on the first start and
 * kept in {@code <demo home>/admin-password} (readable by the owner only), so every start can print the login again.
 * Only the demo does this: a real server prints a generated password once and never stores it.
 */
public final class DemoLogin {

    public static final String USER = "admin";
    static final String FILE = "admin-password";

    private DemoLogin() {
    }

    /** The password to log in with; {@code fromEnvironment} is {@code KOPRU_ADMIN_PASSWORD} (null or blank: unset). */
    public static String password(Path demoHome, String fromEnvironment) {
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment;
        }
        Path file = demoHome.resolve(FILE);
        try {
            if (Files.exists(file)) {
                String stored = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (stored.length() >= 8) {
                    return stored;
                }
            }
            Files.createDirectories(demoHome);
            String generated = generate();
            Files.writeString(file, generated + "\n", StandardCharsets.UTF_8);
            restrictToOwner(file);
            return generated;
        } catch (IOException e) {
            throw new UncheckedIOException("KOPRU_HOME: cannot keep the demo password in " + file, e);
        }
    }

    private static String generate() {
        byte[] bytes = new byte[9];
        new SecureRandom().nextBytes(bytes);
        return "demo-" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system (Windows): the user's profile directory already limits who can read it
        }
    }
}
