package dev.kopru.bench;

import dev.kopru.testkit.memory.GeneratedParties;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * The child JVM of {@link MemoryBound}: syncs {@code records} generated parties through a pipeline on an H2 file
 * store and prints one {@code MEMORY} line of figures. Argument: records.
 */
public final class MemoryRun {

    private MemoryRun() {
    }

    public static void main(String[] args) throws Exception {
        int records = Integer.parseInt(args[0]);
        GeneratedParties target = new GeneratedParties(0);
        long links;
        EngineRun.Timed run;
        try (BenchStore store = BenchStore.open("h2-file")) {
            EngineRun.Timed timed = EngineRun.pipeline(store.store(), "memory", new GeneratedParties(records), target,
                    EngineOverhead.PAGE, "{}");
            links = store.store().transaction(tx -> store.store().links().count(tx, timed.pipeline()));
            run = timed;
        }
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getPeakUsage).mapToLong(u -> u.getUsed()).sum();
        System.gc();
        Runtime heap = Runtime.getRuntime();
        System.out.println("MEMORY state=" + run.report().state() + " written=" + run.report().counts().written()
                + " created=" + target.created() + " links=" + links + " maxHeapMiB=" + mib(heap.maxMemory())
                + " peakHeapMiB=" + mib(peak) + " liveAfterGcMiB=" + mib(heap.totalMemory() - heap.freeMemory())
                + " seconds=" + run.seconds());
        System.exit(run.report().state().name().equals("SUCCEEDED") && links == records ? 0 : 2);
    }

    private static long mib(long bytes) {
        return bytes / (1024 * 1024);
    }
}
