package dev.kopru.server.metrics;

import dev.kopru.sync.store.SyncStore;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Pipeline and connection metrics, exported at {@code /actuator/prometheus}. */
@Configuration(proxyBeanMethods = false)
class MetricsConfiguration {

    @Bean
    PipelineMetrics pipelineMetrics(MeterRegistry registry, SyncStore store) {
        return new PipelineMetrics(registry, store);
    }

    @Bean
    ConnectorMetrics connectorMetrics(MeterRegistry registry, SyncStore store) {
        return new ConnectorMetrics(registry, store.clock());
    }
}
