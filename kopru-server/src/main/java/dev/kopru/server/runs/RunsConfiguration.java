package dev.kopru.server.runs;

import dev.kopru.sync.store.SyncStore;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Run queries and the live event streams (a {@link dev.kopru.sync.pipeline.RunListener} the runner calls). */
@Configuration(proxyBeanMethods = false)
class RunsConfiguration {

    @Bean
    RunQueries runQueries(SyncStore store) {
        return new RunQueries(store);
    }

    @Bean(destroyMethod = "close")
    RunEvents runEvents(@Value("${kopru.events-keep-alive:PT15S}") Duration keepAlive) {
        return new RunEvents(keepAlive, 1000);
    }

    /**
     * Ends the event streams before the web server's graceful shutdown, which would otherwise wait for these
     * never-ending responses until its timeout. Stops first: the highest phase.
     */
    @Bean
    SmartLifecycle runEventsLifecycle(RunEvents events) {
        return new SmartLifecycle() {
            private volatile boolean running;

            @Override
            public void start() {
                running = true;
            }

            @Override
            public void stop() {
                events.close();
                running = false;
            }

            @Override
            public boolean isRunning() {
                return running;
            }
        };
    }
}
