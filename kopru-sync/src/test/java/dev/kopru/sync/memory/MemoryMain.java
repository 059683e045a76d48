package dev.kopru.sync.memory;

import dev.kopru.sync.pipeline.PipelineRunner;
import dev.kopru.testkit.memory.GeneratedParties;
import dev.kopru.sync.pipeline.RunReport;
import dev.kopru.sync.store.PipelineSpec;
import dev.kopru.sync.store.StoreConfig;
import dev.kopru.sync.store.SyncStore;
import dev.kopru.connector.kit.chain.Backoff;
import dev.kopru.sync.write.WritePolicy;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The child JVM of the memory proof (run with {@code -Xmx256m}): syncs {@code size} generated parties into a
 * counting target through a real pipeline on an H2 file store, then prints the figures. Arguments: storeFile size.
 */
public final class MemoryMain {

    private MemoryMain() {
    }

    public static void main(String[] args) {
        int size = Integer.parseInt(args[1]);
        GeneratedParties source = new GeneratedParties(size);
        GeneratedParties target = new GeneratedParties(0);
        long started = System.nanoTime();
        try (SyncStore store = SyncStore.open(StoreConfig.h2File(Path.of(args[0])), Clock.systemUTC())) {
            long pipeline = store.transaction(tx -> {
                long a = store.connections().add(tx, "generated", "memory-source", "{}").id();
                long b = store.connections().add(tx, "generated", "memory-target", "{}").id();
                return store.pipelines().add(tx, PipelineSpec.oneWay("memory", a, b, "party", 1000)).id();
            });
            RunReport report = new PipelineRunner(store, c -> c.name().endsWith("-source") ? source : target,
                    WritePolicy.defaults().withBackoff(Backoff.none())).run(pipeline);
            long links = store.transaction(tx -> store.links().count(tx, pipeline));
            long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getPeakUsage)
                    .mapToLong(u -> u.getUsed()).sum();
            System.out.println("MEMORY records=" + size + " state=" + report.state() + " written="
                    + report.counts().written() + " created=" + target.created() + " links=" + links
                    + " maxHeapMiB=" + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " peakHeapPoolsMiB=" + peakHeap / (1024 * 1024)
                    + " seconds=" + (System.nanoTime() - started) / 1_000_000_000);
            System.exit(report.state().name().equals("SUCCEEDED") && links == size ? 0 : 2);
        }
    }
}
