package dev.kopru.server.app;

import dev.kopru.connector.kit.chain.RetryConfig;
import dev.kopru.server.connections.ConnectorPool;
import dev.kopru.server.metrics.ConnectorMetrics;
import dev.kopru.server.secrets.ConnectionVault;
import dev.kopru.server.secrets.SecretBox;
import dev.kopru.sync.limit.ConnectionRateLimiter;
import dev.kopru.sync.limit.Sleeper;
import dev.kopru.sync.pipeline.PipelineRunner;
import dev.kopru.sync.pipeline.RunLeases;
import dev.kopru.sync.pipeline.RunListener;
import dev.kopru.sync.schedule.PipelineScheduler;
import dev.kopru.sync.schedule.SchedulerSettings;
import dev.kopru.sync.store.StoreConfig;
import dev.kopru.sync.store.SyncStore;
import dev.kopru.sync.write.WriteHooks;
import dev.kopru.sync.write.WritePolicy;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The sync engine inside the server: the store (H2 file under {@code kopru.home} or the configured database), the
 * server's own tables, the connector pool, the runner and the scheduler. Run listeners are every
 * {@link RunListener} bean (live progress, metrics).
 */
@Configuration(proxyBeanMethods = false)
public class EngineConfiguration {

    @Bean(destroyMethod = "close")
    SyncStore syncStore(KopruProperties properties) {
        StoreConfig config = properties.embeddedDatabase()
                ? StoreConfig.h2File(properties.directory("data").resolve("kopru"))
                : new StoreConfig(properties.databaseUrl(), properties.databaseUser(), properties.databasePassword(), 10);
        SyncStore store = SyncStore.open(config, Clock.systemUTC());
        if (properties.embeddedDatabase()) {
            OwnerOnlyFiles.restrict(properties.directory("data"));
        }
        migrateServerTables(store.dataSource());
        return store;
    }

    /** The server's own tables (users, tokens, schedules) beside the engine's, with their own history table. */
    static void migrateServerTables(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/kopru-server")
                .table("kopru_server_schema_history").baselineOnMigrate(true).baselineVersion("0").load().migrate();
    }

    @Bean
    SecretBox secretBox(KopruProperties properties) {
        return properties.secretKey() != null && !properties.secretKey().isBlank()
                ? SecretBox.ofBase64(properties.secretKey())
                : SecretBox.fromFile(properties.secretKeyFile());
    }

    @Bean
    ConnectionVault connectionVault(SecretBox box) {
        return new ConnectionVault(box);
    }

    /** Every caller of a connection, on every node, takes its permits from the store. */
    @Bean
    ConnectionRateLimiter connectionRateLimiter(SyncStore store) {
        return new ConnectionRateLimiter(store, store.clock(), Sleeper.SYSTEM);
    }

    @Bean(destroyMethod = "close")
    ConnectorPool connectorPool(ConnectionVault vault, ConnectionRateLimiter limiter, ConnectorMetrics metrics) {
        // an API caller waits for its answer: fewer tries and a short cap on a vendor's retry-after than a run's
        return new ConnectorPool(vault, limiter, metrics::meter,
                RetryConfig.custom().maxAttempts(3).maxRateLimitWait(java.time.Duration.ofSeconds(30)).build(),
                metrics::opened);
    }

    /** Runs call the vendors through the pool's chain, as the API does, with the write policy's retries. */
    @Bean
    PipelineRunner pipelineRunner(SyncStore store, ConnectorPool connectors, List<RunListener> listeners) {
        RunListener all = new RunListener() {
            @Override
            public void pageCommitted(long pipelineId, long runId, dev.kopru.sync.store.RunCounts counts) {
                listeners.forEach(l -> l.pageCommitted(pipelineId, runId, counts));
            }

            @Override
            public void activity(long pipelineId, long runId, Phase phase, dev.kopru.sync.store.RunCounts counts) {
                listeners.forEach(l -> l.activity(pipelineId, runId, phase, counts));
            }

            @Override
            public void finished(long pipelineId, dev.kopru.sync.pipeline.RunReport report) {
                listeners.forEach(l -> l.finished(pipelineId, report));
            }
        };
        return new PipelineRunner(store, connectors.chain(), WritePolicy.defaults(), WriteHooks.NONE, all,
                RunLeases.forThisNode(store));
    }

    /** Started and stopped by {@link #schedulerLifecycle}, not by the bean's own close. */
    @Bean(destroyMethod = "")
    PipelineScheduler pipelineScheduler(SyncStore store, PipelineRunner runner, KopruProperties properties,
                                        PipelineScheduler.Pauses pauses,
                                        @Value("${kopru.scheduler-poll-interval:PT10S}") Duration pollInterval) {
        String node = properties.nodeName() != null && !properties.nodeName().isBlank() ? properties.nodeName()
                : java.net.InetAddress.getLoopbackAddress().getHostName() + "-" + ProcessHandle.current().pid();
        return new PipelineScheduler(store, runner, SchedulerSettings.defaults(node).withPollInterval(pollInterval),
                pauses);
    }

    /** Starts executing scheduled runs once the whole context is up, and stops before the store closes. */
    @Bean
    SmartLifecycle schedulerLifecycle(PipelineScheduler scheduler, KopruProperties properties) {
        return new SmartLifecycle() {
            private volatile boolean running;

            @Override
            public void start() {
                if (properties.schedulerEnabled()) {
                    scheduler.start();
                }
                running = true;
            }

            @Override
            public void stop() {
                if (properties.schedulerEnabled()) {
                    scheduler.stop();
                }
                running = false;
            }

            @Override
            public boolean isRunning() {
                return running;
            }
        };
    }
}
