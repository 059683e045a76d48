package dev.kopru.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kopru.server.app.TestServer;
import dev.kopru.sync.store.SyncStore;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class PasswordsTest {

    /** 95 characters, 110 bytes in UTF-8: past bcrypt's 72. */
    static final String PASSPHRASE = "Iğdır'dan gelen şoförümüz, çiçekçinin önündeki köprüde ağır ağır yürüyüp"
            + " üşüyen çocuğa çay içirdi";

    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String hashOf(String username) {
        return server.bean(SyncStore.class).transaction(tx -> tx.queryOne(
                "SELECT password_hash FROM users WHERE username = ?", rs -> rs.getString(1), username)).orElseThrow();
    }

    @Test
    void a_long_turkish_passphrase_works_and_every_byte_of_it_counts() {
        assertThat(PASSPHRASE.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(100);
        var created = server.post("/api/v1/users",
                "{\"username\":\"ayse\",\"password\":\"" + PASSPHRASE + "\",\"role\":\"VIEWER\"}");

        var right = server.send(server.as("ayse", PASSPHRASE, "/api/v1/connections").GET().build());
        var endChanged = server.send(server.as("ayse", PASSPHRASE.replace("çay", "süt"), "/api/v1/connections")
                .GET().build());

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(right.statusCode()).isEqualTo(200);
        assertThat(endChanged.statusCode()).as("a change past byte 72 is another password").isEqualTo(401);
        assertThat(hashOf("ayse")).startsWith("{sha256-bcrypt}");
    }

    @Test
    void a_hash_from_before_still_verifies_and_is_upgraded_at_login() {
        server.post("/api/v1/users", "{\"username\":\"eski\",\"password\":\"old-password\",\"role\":\"VIEWER\"}");
        String legacy = "{bcrypt}" + new BCryptPasswordEncoder().encode("old-password");
        server.bean(SyncStore.class).inTransaction(tx -> tx.update(
                "UPDATE users SET password_hash = ? WHERE username = ?", legacy, "eski"));

        var login = server.send(server.as("eski", "old-password", "/api/v1/connections").GET().build());

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(hashOf("eski")).startsWith("{sha256-bcrypt}");
        assertThat(server.send(server.as("eski", "old-password", "/api/v1/connections").GET().build()).statusCode())
                .isEqualTo(200);
    }
}
