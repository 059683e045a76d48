package dev.kopru.sync.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kopru.core.connector.Connector;
import dev.kopru.dia.sandbox.DiaSandbox;
import dev.kopru.sync.schedule.PipelineSchedule;
import dev.kopru.sync.schedule.PipelineScheduler;
import dev.kopru.sync.schedule.SchedulerSettings;
import dev.kopru.sync.store.PipelineSpec;
import dev.kopru.sync.store.Run;
import dev.kopru.sync.store.StoreConfig;
import dev.kopru.sync.store.SyncStore;
import dev.kopru.sync.write.WriteHooks;
import dev.kopru.testkit.sandbox.Sandbox;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * Two scheduler nodes, each with its own pool, on one database (a subclass says which): a Mikro → Mikro pipeline runs
 * once per trigger on exactly one node, and a node that stops mid-run is taken over by the other.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(120)
abstract class ScheduledPipelineContract {

    private static final AtomicInteger NAMES = new AtomicInteger();
    private static final Duration BOUND = Duration.ofSeconds(30);

    /** Where both nodes' stores live; called once per test. */
    abstract StoreConfig storeConfig();

    private MikroPair mikro;
    private long pipelineId;
    private final List<Node> nodes = new ArrayList<>();
    /** Holds the node that reaches the tenth create in a "dies mid-run" test; released after the test. */
    private CountDownLatch grave;

    /** One engine node: its own pool on the shared database, runner and scheduler. */
    record Node(String name, SyncStore store, PipelineScheduler scheduler, AtomicInteger runs) { }

    @BeforeEach
    void startMikros() {
        mikro = new MikroPair(MikroPipelineContract.PARTIES);
        grave = new CountDownLatch(1);
    }

    @AfterEach
    void stopEverything() {
        grave.countDown(); // the "dead" node's thread ends before its store closes
        nodes.forEach(n -> n.scheduler().stop());
        nodes.forEach(n -> n.store().close());
        nodes.clear();
        mikro.close();
    }

    private Node node(StoreConfig config, String name, WriteHooks hooks) {
        SyncStore store = SyncStore.open(config, Clock.systemUTC());
        if (nodes.isEmpty()) {
            String prefix = "scheduled-" + NAMES.incrementAndGet();
            MikroPair.ConnectionIds ids = MikroPair.addConnections(store, prefix);
            pipelineId = store.transaction(tx -> store.pipelines().add(tx,
                    PipelineSpec.oneWay(prefix + "-party", ids.source(), ids.target(), "party", 7)).id());
        }
        AtomicInteger runs = new AtomicInteger();
        RunListener counting = new RunListener() {
            @Override
            public void finished(long pipeline, RunReport report) {
                runs.incrementAndGet();
            }
        };
        PipelineRunner runner = new PipelineRunner(store, mikro.registry(), MikroPipelineContract.TEST_POLICY, hooks,
                counting);
        PipelineScheduler scheduler = new PipelineScheduler(store, runner, fastSettings(name));
        Node node = new Node(name, store, scheduler, runs);
        nodes.add(node);
        scheduler.start();
        return node;
    }

    private static SchedulerSettings fastSettings(String name) {
        return SchedulerSettings.defaults(name).withPollInterval(Duration.ofMillis(50))
                .withHeartbeat(Duration.ofMillis(100), 4).withRetryAfterCrash(Duration.ofMillis(100))
                .withShutdownWait(Duration.ofMillis(100));
    }

    private List<Run> runs() {
        SyncStore store = nodes.getFirst().store();
        return store.transaction(tx -> store.runs().ofPipeline(tx, pipelineId));
    }

    private long finishedRuns() {
        return runs().stream().filter(r -> r.state() != Run.State.RUNNING).count();
    }

    private static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("gave up waiting: " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting: " + what, e);
            }
        }
    }

    private void assertEveryPartyExactlyOnce() {
        Map<String, Long> counts = mikro.targetCountsByCode();
        assertThat(counts.keySet()).containsExactlyInAnyOrderElementsOf(mikro.sourceByCode().keySet());
        assertThat(counts.values()).allMatch(n -> n == 1);
    }

    @Test
    void two_nodes_run_a_pipeline_exactly_once_per_trigger() {
        StoreConfig config = storeConfig();
        Node a = node(config, "node-a", WriteHooks.NONE);
        Node b = node(config, "node-b", WriteHooks.NONE);

        for (int trigger = 1; trigger <= 3; trigger++) {
            Node via = trigger % 2 == 0 ? b : a;
            PipelineScheduler.Triggered result = trigger == 3 ? via.scheduler().onWebhook(pipelineId)
                    : via.scheduler().runNow(pipelineId);
            assertThat(result).isEqualTo(PipelineScheduler.Triggered.DUE);
            int expected = trigger;
            await("run " + trigger + " to finish", () -> finishedRuns() == expected
                    && a.scheduler().existing(pipelineId).isEmpty());
        }

        List<Run> runs = runs();
        assertThat(runs).hasSize(3).allMatch(r -> r.state() == Run.State.SUCCEEDED);
        assertThat(a.runs().get() + b.runs().get()).isEqualTo(3);
        assertThat(runs.getFirst().counts().written()).isEqualTo(MikroPipelineContract.PARTIES);
        assertThat(runs.subList(1, 3)).allMatch(r -> r.counts().written() == 0);
        assertEveryPartyExactlyOnce();
    }

    @Test
    void an_interval_schedule_runs_on_one_node_at_a_time_until_unscheduled() {
        StoreConfig config = storeConfig();
        Node a = node(config, "node-a", WriteHooks.NONE);
        Node b = node(config, "node-b", WriteHooks.NONE);

        assertThat(a.scheduler().schedule(pipelineId, PipelineSchedule.every(Duration.ofMillis(100)))).isTrue();
        await("three scheduled runs", () -> finishedRuns() >= 3);
        await("the schedule to be cancelled between runs", () -> b.scheduler().unschedule(pipelineId));
        assertThat(b.scheduler().existing(pipelineId)).isEmpty();

        List<Run> runs = runs();
        assertThat(runs).allMatch(r -> r.state() == Run.State.SUCCEEDED);
        for (int i = 1; i < runs.size(); i++) {
            assertThat(runs.get(i).startedAt()).isAfterOrEqualTo(runs.get(i - 1).endedAt());
        }
        assertThat(runs.stream().mapToLong(r -> r.counts().written()).sum()).isEqualTo(MikroPipelineContract.PARTIES);
        assertEveryPartyExactlyOnce();
    }

    @Test
    void a_node_stopped_mid_run_is_taken_over_and_nothing_is_lost_or_written_twice() {
        StoreConfig config = storeConfig();
        AtomicInteger creates = new AtomicInteger();
        AtomicReference<String> dead = new AtomicReference<>();
        Node a = node(config, "node-a", dieOnTenthCreate("node-a", creates, dead));
        Node b = node(config, "node-b", dieOnTenthCreate("node-b", creates, dead));

        assertThat(a.scheduler().runNow(pipelineId)).isEqualTo(PipelineScheduler.Triggered.DUE);
        await("a node to reach the tenth create", () -> dead.get() != null);
        Node stopped = dead.get().equals("node-a") ? a : b;
        Node survivor = stopped == a ? b : a;
        stopped.scheduler().stop(); // its heartbeats stop; its thread stays blocked, as if the process were gone

        await("the survivor to finish the run", () -> runs().stream().anyMatch(r -> r.state() == Run.State.SUCCEEDED));

        List<Run> runs = runs();
        assertThat(runs).extracting(Run::state).containsExactly(Run.State.ABANDONED, Run.State.SUCCEEDED);
        Run takeover = runs.getLast();
        // the first page (7) was linked before the node died; the second page's 7 creates (its writers run at once)
        // exist in the target, their links not yet committed: each is found by its code, not re-sent
        assertThat(takeover.counts().written()).isEqualTo(MikroPipelineContract.PARTIES - 7);
        assertThat(takeover.counts().inDoubtResolved()).isEqualTo(7);
        assertThat(survivor.runs().get()).isEqualTo(1);
        SyncStore store = survivor.store();
        assertThat(store.<List<dev.kopru.sync.store.Intent>>transaction(tx -> store.intents().unresolved(tx, pipelineId)))
                .isEmpty();
        assertEveryPartyExactlyOnce();
        Optional<String> cursor = store.transaction(tx -> store.cursors().find(tx, pipelineId));

        // the stopped node was only stalled: it wakes, goes on with its page, and is fenced at the page's commit
        grave.countDown();
        await("the stalled node's run to end", () -> stopped.runs().get() == 1);
        assertThat(runs()).extracting(Run::state).containsExactly(Run.State.ABANDONED, Run.State.SUCCEEDED);
        assertThat(store.<Optional<String>>transaction(tx -> store.cursors().find(tx, pipelineId))).isEqualTo(cursor)
                .isPresent();
        assertEveryPartyExactlyOnce();
    }

    @Test
    void a_node_paused_past_its_lease_and_woken_after_a_takeover_sends_nothing() {
        StoreConfig config = storeConfig();
        AtomicInteger sends = new AtomicInteger();
        AtomicReference<String> paused = new AtomicReference<>();
        Node a = node(config, "node-a", pauseBeforeTenthSend("node-a", sends, paused));
        Node b = node(config, "node-b", pauseBeforeTenthSend("node-b", sends, paused));

        assertThat(a.scheduler().runNow(pipelineId)).isEqualTo(PipelineScheduler.Triggered.DUE);
        await("a node to pause before its tenth create", () -> paused.get() != null);
        Node stalled = paused.get().equals("node-a") ? a : b;
        stalled.scheduler().stop(); // its heartbeats stop: the cluster gives it up; its writer stays paused, alive
        await("the other node to take the run over and finish it",
                () -> runs().stream().anyMatch(r -> r.state() == Run.State.SUCCEEDED));
        long createsBeforeWaking = creates();

        grave.countDown(); // the paused node wakes mid-page, holding a create it had committed to send
        await("the woken node's run to end", () -> stalled.runs().get() == 1);
        long createsAfterWaking = creates();
        System.out.println("PROOF fencing (" + getClass().getSimpleName() + "): a node paused before a create, past"
                + " its lease, woke after the takeover: creates received by the target " + createsBeforeWaking
                + " before it woke, " + createsAfterWaking + " after, for " + MikroPipelineContract.PARTIES
                + " parties; sends prevented by the fence: 1");
        assertThat(createsAfterWaking).isEqualTo(createsBeforeWaking).isEqualTo(MikroPipelineContract.PARTIES);
        assertThat(runs()).extracting(Run::state).containsExactly(Run.State.ABANDONED, Run.State.SUCCEEDED);
        assertEveryPartyExactlyOnce();
    }

    /** CariKaydetV2 calls the target sandbox received, from its request journal. */
    private long creates() {
        return mikro.target.journal().entries().stream()
                .filter(e -> e.path().toLowerCase(java.util.Locale.ROOT).contains("carikaydetv2")).count();
    }

    /** The first node to reach its tenth send pauses there, before the send, until released. */
    private WriteHooks pauseBeforeTenthSend(String name, AtomicInteger sends, AtomicReference<String> paused) {
        return new WriteHooks() {
            @Override
            public void beforeSend(String sourceKey) {
                if (sends.incrementAndGet() == 10) {
                    paused.set(name);
                    sleepInGrave();
                }
            }
        };
    }

    private void sleepInGrave() {
        while (grave.getCount() > 0) {
            try {
                grave.await();
            } catch (InterruptedException e) {
                // stop() interrupts; a stalled process would not see it, so the flag is dropped on purpose
            }
        }
    }

    @Test
    void a_target_out_of_credit_pauses_the_schedule_with_the_vendors_words_and_resuming_copies_the_rest_once() {
        DiaSandbox diaApp = DiaFirms.sandbox(5, 0);
        try (Sandbox origin = Sandbox.start(DiaFirms.sandbox(11, 12), 0); Sandbox dia = Sandbox.start(diaApp, 0);
             Connector source = DiaFirms.connector(origin); Connector target = DiaFirms.connector(dia)) {
            SyncStore store = SyncStore.open(storeConfig(), Clock.systemUTC());
            String prefix = "quota-" + NAMES.incrementAndGet();
            pipelineId = store.transaction(tx -> store.pipelines().add(tx, PipelineSpec.oneWay(prefix, store
                    .connections().add(tx, "dia", prefix + "-source", "{}").id(), store.connections().add(tx, "dia",
                    prefix + "-target", "{}").id(), "party", 4)).id());
            ConnectorRegistry registry = c -> c.name().endsWith("-source") ? source : target;
            Map<Long, String> paused = new ConcurrentHashMap<>();
            PipelineScheduler scheduler = new PipelineScheduler(store, new PipelineRunner(store, registry,
                    MikroPipelineContract.TEST_POLICY), fastSettings("quota-node"), paused::put);
            nodes.add(new Node("quota-node", store, scheduler, new AtomicInteger()));
            scheduler.start();

            diaApp.kontor(new BigDecimal("0.0625")); // five calls
            assertThat(scheduler.schedule(pipelineId, PipelineSchedule.every(Duration.ofMillis(100)))).isTrue();
            await("the pipeline to be paused", () -> paused.containsKey(pipelineId)
                    && scheduler.existing(pipelineId).isEmpty());

            // no execution is left, so no tick can run it again until someone resumes it
            assertThat(paused.get(pipelineId)).startsWith("kontör bitti").contains("CREDIT_ERROR", "Yetersiz kontör");
            assertThat(runs()).extracting(Run::state).containsExactly(Run.State.FAILED);

            diaApp.kontor(new BigDecimal("1000"));
            long before = DiaFirms.partiesByCode(target).size();
            assertThat(scheduler.schedule(pipelineId, PipelineSchedule.every(Duration.ofMillis(100)))).isTrue();
            await("a run after the top-up", () -> runs().stream().anyMatch(r -> r.state() == Run.State.SUCCEEDED));
            await("the schedule to be cancelled between runs", () -> scheduler.unschedule(pipelineId));

            Map<String, Long> counts = DiaFirms.partiesByCode(target);
            assertThat(counts).hasSize(12);
            assertThat(counts.values()).allMatch(n -> n == 1);
            assertThat(paused).hasSize(1);
            System.out.println("PROOF quota pause (" + getClass().getSimpleName() + "): paused after " + before
                    + " of 12 parties with \"" + paused.get(pipelineId) + "\", 1 failed run, no retry until resumed; "
                    + "resumed: 12 parties, none twice");
        }
    }

    /** The first node to make the tenth create blocks there until released (it is dead to the cluster). */
    private WriteHooks dieOnTenthCreate(String name, AtomicInteger creates, AtomicReference<String> dead) {
        return new WriteHooks() {
            @Override
            public void afterCreate(String sourceKey, String targetKey) {
                if (creates.incrementAndGet() != 10) {
                    return;
                }
                dead.set(name);
                sleepInGrave();
            }
        };
    }
}
