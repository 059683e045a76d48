package dev.kopru.server.app;

import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The server's own settings ({@code kopru.*}; environment variables {@code KOPRU_HOME}, {@code KOPRU_DATABASE_URL},
 * ... bind to them by Spring's relaxed rules).
 *
 * @param home             where the embedded database, the encryption key and the logs live; default
 *                         {@code ~/.kopru}
 * @param databaseUrl      JDBC URL of the store; empty means H2 in a file under {@code home/data}
 * @param databaseUser     user for {@code databaseUrl}
 * @param databasePassword password for {@code databaseUrl} (a secret: never logged)
 * @param secretKey        the AES key for connection secrets, base64 (32 bytes); empty means the key file
 * @param secretKeyFile    file holding the base64 key; default {@code home/secret.key}, created when missing
 * @param adminPassword    the first admin's password ({@code KOPRU_ADMIN_PASSWORD}); empty means a random one,
 *                         printed once
 * @param nodeName         this node's name in the scheduler; empty means host name + process id
 * @param schedulerEnabled false runs the API without executing pipeline runs on this node
 */
@ConfigurationProperties("kopru")
public record KopruProperties(Path home, String databaseUrl, String databaseUser, String databasePassword,
                              String secretKey, Path secretKeyFile, String adminPassword, String nodeName,
                              Boolean schedulerEnabled) {

    public KopruProperties {
        home = home != null ? home : Path.of(System.getProperty("user.home"), ".kopru");
        secretKeyFile = secretKeyFile != null ? secretKeyFile : home.resolve("secret.key");
        schedulerEnabled = schedulerEnabled == null || schedulerEnabled;
    }

    public boolean embeddedDatabase() {
        return databaseUrl == null || databaseUrl.isBlank();
    }

    /** Creates {@code dir} under the home if it is missing. */
    public Path directory(String dir) {
        try {
            return Files.createDirectories(home.resolve(dir));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("kopru.home: cannot create " + home.resolve(dir) + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "KopruProperties[home=" + home + ", databaseUrl=" + (embeddedDatabase() ? "(embedded H2)" : databaseUrl)
                + ", nodeName=" + nodeName + ", schedulerEnabled=" + schedulerEnabled + "]";
    }
}
