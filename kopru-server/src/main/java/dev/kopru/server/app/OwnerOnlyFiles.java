package dev.kopru.server.app;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * The home's database, logs and keys are the owner's only: its directories {@code rwx------} and the files Köprü
 * creates there {@code rw-------}, set before logging opens its file (this runs ahead of Spring's logging setup)
 * and again once the store has created its files. Java cannot set a umask, so files created later (a rolled log,
 * an H2 temp file) are protected by their directory. A file system without POSIX permissions is left as it is.
 */
public final class OwnerOnlyFiles implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        Environment environment = event.getEnvironment();
        Path home = Path.of(environment.getProperty("kopru.home",
                Path.of(System.getProperty("user.home"), ".kopru").toString()));
        directory(home);
        String logFile = environment.getProperty("logging.file.name");
        if (logFile != null && !logFile.isBlank()) {
            Path log = Path.of(logFile).toAbsolutePath();
            directory(log.getParent());
            file(log);
        }
    }

    @Override
    public int getOrder() {
        // after the config files are read (EnvironmentPostProcessorApplicationListener, +10), before
        // LoggingApplicationListener (+20) opens the log file
        return Ordered.HIGHEST_PRECEDENCE + 15;
    }

    /** Makes {@code dir} and every file in it the owner's only (the embedded database's files, once created). */
    static void restrict(Path dir) {
        directory(dir);
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(Files::isRegularFile).forEach(OwnerOnlyFiles::restrictFile);
        } catch (IOException | UnsupportedOperationException e) {
            // nothing to restrict
        }
    }

    private static void directory(Path dir) {
        try {
            Files.createDirectories(dir);
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        } catch (IOException | UnsupportedOperationException e) {
            // not POSIX, or not ours to change: the server reports a home it cannot use where it first writes there
        }
    }

    private static void file(Path file) {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (FileAlreadyExistsException e) {
            restrictFile(file);
        } catch (IOException | UnsupportedOperationException e) {
            // as above
        }
    }

    private static void restrictFile(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (IOException | UnsupportedOperationException e) {
            // as above
        }
    }
}
