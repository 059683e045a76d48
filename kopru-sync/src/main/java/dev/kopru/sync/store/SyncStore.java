package dev.kopru.sync.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The engine's database: a connection pool, the Flyway migrations, and one small repository per table. Writes that
 * belong together go through {@link #transaction}; every repository method takes the {@link Tx} to run in.
 */
public final class SyncStore implements AutoCloseable {

    private final DataSource dataSource;
    private final AutoCloseable pool;
    private final Clock clock;
    private final Connections connections;
    private final Pipelines pipelines;
    private final Runs runs;
    private final Links links;
    private final Intents intents;
    private final KeyedIntents keyedIntents;
    private final Cursors cursors;
    private final DeadLetters deadLetters;
    private final AfterWrites afterWrites;
    private final Leases leases = new Leases();
    private final boolean postgres;

    private SyncStore(DataSource dataSource, AutoCloseable pool, Clock clock) {
        this.dataSource = dataSource;
        this.postgres = isPostgres(dataSource);
        this.pool = pool;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.connections = new Connections(clock);
        this.pipelines = new Pipelines(clock);
        this.runs = new Runs(clock);
        this.links = new Links(clock);
        this.intents = new Intents(clock);
        this.keyedIntents = new KeyedIntents(clock);
        this.cursors = new Cursors(clock);
        this.deadLetters = new DeadLetters(clock);
        this.afterWrites = new AfterWrites(clock);
    }

    /** Opens a pool on {@code config} and migrates the schema to the latest version. */
    public static SyncStore open(StoreConfig config, Clock clock) {
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(config.jdbcUrl());
        hikari.setUsername(config.user());
        hikari.setPassword(config.password());
        hikari.setMaximumPoolSize(config.maxPoolSize());
        hikari.setPoolName("kopru-sync");
        hikari.setAutoCommit(false);
        if (config.jdbcUrl().startsWith("jdbc:postgresql:")) {
            // a batch of inserts becomes multi-row INSERTs: one statement for many rows, not one each
            hikari.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        HikariDataSource pool = new HikariDataSource(hikari);
        try {
            migrate(pool);
            return new SyncStore(pool, pool, clock);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /** Uses a data source someone else owns (and closes); migrates it. Connections must not auto-commit. */
    public static SyncStore on(DataSource dataSource, Clock clock) {
        migrate(dataSource);
        return new SyncStore(dataSource, () -> { }, clock);
    }

    private static boolean isPostgres(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().equals("PostgreSQL");
        } catch (SQLException e) {
            throw new StoreException("reading the database's name", e);
        }
    }

    private static void migrate(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/kopru-sync")
                .table("kopru_sync_schema_history").load().migrate();
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T transaction(Function<Tx, T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.apply(new Tx(c, postgres));
                c.commit();
                return result;
            } catch (RuntimeException | Error e) {
                rollback(c, e);
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("transaction", e);
        }
    }

    public void inTransaction(Consumer<Tx> work) {
        transaction(tx -> {
            work.accept(tx);
            return null;
        });
    }

    private static void rollback(Connection c, Throwable cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /** The pool, for db-scheduler, which keeps its {@code scheduled_tasks} table in this database. */
    public DataSource dataSource() {
        return dataSource;
    }

    public Clock clock() {
        return clock;
    }

    public Connections connections() {
        return connections;
    }

    public Pipelines pipelines() {
        return pipelines;
    }

    public Runs runs() {
        return runs;
    }

    public Links links() {
        return links;
    }

    public Intents intents() {
        return intents;
    }

    /** The intents of creates made outside pipelines, per (connection, entity, natural key). */
    public KeyedIntents keyedIntents() {
        return keyedIntents;
    }

    public Cursors cursors() {
        return cursors;
    }

    public DeadLetters deadLetters() {
        return deadLetters;
    }

    public AfterWrites afterWrites() {
        return afterWrites;
    }

    public Leases leases() {
        return leases;
    }

    @Override
    public void close() {
        try {
            pool.close();
        } catch (Exception e) {
            throw new IllegalStateException("closing the store's pool failed", e);
        }
    }
}
