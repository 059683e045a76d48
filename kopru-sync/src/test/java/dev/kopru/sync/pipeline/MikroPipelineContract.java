package dev.kopru.sync.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kopru.core.connector.Entity;
import dev.kopru.core.model.Party;
import dev.kopru.mikro.MikroConnector;
import dev.kopru.mikro.client.CariKaydi;
import dev.kopru.mikro.mapping.DocumentSettings;
import dev.kopru.core.connector.Limits;
import dev.kopru.sync.limit.ConnectionChain;
import dev.kopru.sync.limit.ConnectionRateLimiter;
import dev.kopru.sync.limit.SettableClock;
import dev.kopru.sync.store.DeadLetter;
import dev.kopru.sync.store.Intent;
import dev.kopru.sync.store.PipelineSpec;
import dev.kopru.connector.kit.chain.Backoff;
import dev.kopru.sync.write.WriteHooks;
import dev.kopru.sync.write.WritePolicy;
import dev.kopru.sync.write.WriteResult;
import java.time.Clock;
import dev.kopru.sync.store.RunCounts;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Mikro parties (and items, invoices) from one Mikro company to another through one-way pipelines, on the store a subclass provides
 * (H2 or PostgreSQL). Counts in the target are read back through the target's own connector, by card code.
 */
abstract class MikroPipelineContract extends StoreContract {

    static final int PARTIES = 30;
    private static final AtomicInteger NAMES = new AtomicInteger();
    /** No wall time in retries; enough attempts for a 10 % error rate. */
    static final WritePolicy TEST_POLICY = WritePolicy.defaults().withBackoff(Backoff.none())
            .withMaxRateLimitWait(Duration.ZERO).withMaxAttempts(8);

    MikroPair mikro;
    long pipelineId;
    private long sourceId;
    private long targetId;
    private String name;
    private ConnectorRegistry registry;




    @BeforeEach
    void startMikros() {
        mikro = new MikroPair(PARTIES);
        name = "mikro-" + NAMES.incrementAndGet();
        MikroPair.ConnectionIds ids = MikroPair.addConnections(store, name);
        sourceId = ids.source();
        targetId = ids.target();
        pipelineId = pipeline("party");
        registry = mikro.registry();
    }

    @AfterEach
    void stopMikros() {
        mikro.close();
    }

    private long pipeline(String entity) {
        return store.transaction(tx -> store.pipelines().add(tx,
                PipelineSpec.oneWay(name + "-" + entity, sourceId, targetId, entity, 7)).id());
    }

    private PipelineRunner runner(WriteHooks hooks) {
        return new PipelineRunner(store, registry, TEST_POLICY, hooks);
    }

    void assertEveryPartyExactlyOnce() {
        Map<String, Long> counts = mikro.targetCountsByCode();
        assertThat(counts.keySet()).containsExactlyInAnyOrderElementsOf(mikro.sourceByCode().keySet());
        assertThat(counts.values()).allMatch(n -> n == 1);
    }

    List<Intent> unresolvedIntents() {
        return store.transaction(tx -> store.intents().unresolved(tx, pipelineId));
    }

    @Test
    void copies_every_party_exactly_once_and_a_second_run_writes_nothing() {
        RunReport first = runner(WriteHooks.NONE).run(pipelineId);

        assertThat(first.counts().read()).isEqualTo(PARTIES);
        assertThat(first.counts().written()).isEqualTo(PARTIES);
        assertThat(first.counts().failed()).isZero();
        assertEveryPartyExactlyOnce();
        assertThat(store.<Long>transaction(tx -> store.links().count(tx, pipelineId))).isEqualTo(PARTIES);
        Party some = mikro.sourceByCode().values().iterator().next();
        assertThat(mikro.targetConnector.get(Entity.PARTY, some.code())).get()
                .extracting(Party::name, Party::taxId).containsExactly(some.name(), some.taxId());

        RunReport second = runner(WriteHooks.NONE).run(pipelineId);

        assertThat(second.counts().written()).isZero();
        assertThat(second.counts().skipped()).isEqualTo(second.counts().read());
        assertEveryPartyExactlyOnce();
        assertThat(store.<List<dev.kopru.sync.store.Run>>transaction(tx -> store.runs().ofPipeline(tx, pipelineId)))
                .extracting(r -> r.state().name()).containsExactly("SUCCEEDED", "SUCCEEDED");
    }

    @Test
    void loses_and_duplicates_nothing_when_the_target_drops_responses_fails_and_expires_sessions() {
        mikro.target.faults().seed(7).loseNextWrites(2).loseResponseRate(0.2).errorRate(0.1);
        AtomicInteger creates = new AtomicInteger();
        WriteHooks expireSessionsEveryTenthCreate = new WriteHooks() {
            @Override
            public void afterCreate(String sourceKey, String targetKey) {
                if (creates.incrementAndGet() % 10 == 0) {
                    mikro.target.faults().expireSessions();
                }
            }
        };

        RunReport report = runner(expireSessionsEveryTenthCreate).run(pipelineId);
        mikro.target.faults().clear();

        System.out.println("faults injected by the target: " + mikro.target.journal().entries().stream()
                .filter(e -> e.fault() != null).collect(java.util.stream.Collectors.groupingBy(
                        dev.kopru.testkit.sandbox.RequestJournal.Entry::fault, java.util.stream.Collectors.counting()))
                + "; run: " + report.counts());
        assertThat(report.state().name()).isEqualTo("SUCCEEDED");
        assertThat(report.counts().failed()).isZero();
        assertThat(report.counts().inDoubt()).isZero();
        assertThat(report.counts().inDoubtResolved()).isGreaterThanOrEqualTo(2);
        assertThat(report.counts().written()).isEqualTo(PARTIES);
        assertThat(unresolvedIntents()).isEmpty();
        assertEveryPartyExactlyOnce();
    }

    @Test
    void a_crash_between_create_and_link_does_not_duplicate_on_restart() {
        AtomicInteger creates = new AtomicInteger();
        WriteHooks crashOnTenth = new WriteHooks() {
            @Override
            public void afterCreate(String sourceKey, String targetKey) {
                if (creates.incrementAndGet() == 10) {
                    throw new SimulatedCrash(sourceKey);
                }
            }
        };

        assertThatThrownBy(() -> runner(crashOnTenth).run(pipelineId)).isInstanceOf(SimulatedCrash.class);
        assertThat(unresolvedIntents()).singleElement().extracting(Intent::state).isEqualTo(Intent.State.PENDING);
        // the first page (7 records) was committed before the crash: the restart resumes after it
        assertThat(store.<java.util.Optional<String>>transaction(tx -> store.cursors().find(tx, pipelineId))).isPresent();
        List<dev.kopru.sync.store.Run> crashed = store.transaction(tx -> store.runs().ofPipeline(tx, pipelineId));
        assertThat(crashed).singleElement().satisfies(r -> {
            assertThat(r.state()).isEqualTo(dev.kopru.sync.store.Run.State.FAILED);
            assertThat(r.error()).contains("simulated crash");
            // 7 of the committed page, and those of the next page's 7 (written at once) that did not crash
            assertThat(r.counts().written()).isBetween(9L, 13L);
        });
        long linked = crashed.getFirst().counts().written();

        RunReport restart = runner(WriteHooks.NONE).run(pipelineId);

        // those were linked before the crash; the 10th exists in the target without a link and is found, not re-sent
        assertThat(restart.counts().written()).isEqualTo(PARTIES - linked);
        assertThat(restart.counts().inDoubtResolved()).isEqualTo(1);
        assertThat(unresolvedIntents()).isEmpty();
        assertEveryPartyExactlyOnce();
    }

    @Test
    void a_party_changed_after_an_interrupted_create_ends_in_its_new_version_once() {
        java.util.concurrent.atomic.AtomicReference<String> crashed = new java.util.concurrent.atomic.AtomicReference<>();
        WriteHooks crashOnFirst = new WriteHooks() {
            @Override
            public void afterCreate(String sourceKey, String targetKey) {
                crashed.set(sourceKey);
                throw new SimulatedCrash(sourceKey);
            }
        };
        assertThatThrownBy(() -> runner(crashOnFirst).run(pipelineId)).isInstanceOf(SimulatedCrash.class);
        Party sent = mikro.sourceConnector.get(Entity.PARTY, crashed.get()).orElseThrow();
        mikro.sourceConnector.update(Entity.PARTY, sent.code(), renamed(sent, sent.name() + " (yeni unvan)"));

        RunReport restart = runner(WriteHooks.NONE).run(pipelineId);

        assertThat(restart.counts().written()).isEqualTo(PARTIES);
        assertThat(unresolvedIntents()).isEmpty();
        assertThat(mikro.targetConnector.get(Entity.PARTY, sent.code())).get().extracting(Party::name)
                .isEqualTo(sent.name() + " (yeni unvan)");
        assertEveryPartyExactlyOnce();
    }

    private static Party renamed(Party p, String name) {
        return new Party(p.key(), p.code(), name, p.role(), p.taxId(), p.taxOffice(), p.address(), p.email(),
                p.phone(), p.currency(), p.eInvoiceTaxpayer(), p.active(), p.changedAt());
    }

    @Test
    void a_rejected_party_fixed_at_the_source_is_written_by_the_next_run_which_closes_its_dead_letter() {
        String code = "120.99.00002";
        mikro.sourceClient().cariKaydetV2(List.of(new CariKaydi(null, code, "Hatalı Vergi No Ltd. Şti.", null,
                "KONAK", "1234567891", 0, 255, 255, null, null, null, null, null)));
        assertThat(runner(WriteHooks.NONE).run(pipelineId).counts().failed()).isEqualTo(1);
        DeadLetter letter = store.<List<DeadLetter>>transaction(tx -> store.deadLetters().open(tx, pipelineId))
                .getFirst();

        Party bad = mikro.sourceConnector.get(Entity.PARTY, code).orElseThrow();
        mikro.sourceConnector.update(Entity.PARTY, code, new Party(bad.key(), bad.code(), bad.name(), bad.role(),
                "1234567890", bad.taxOffice(), bad.address(), bad.email(), bad.phone(), "TRY",
                bad.eInvoiceTaxpayer(), bad.active(), bad.changedAt()));
        RunReport next = runner(WriteHooks.NONE).run(pipelineId);

        // written with the page's batched links, whose commit closes the letter
        assertThat(next.counts().written()).isEqualTo(1);
        assertThat(store.<List<DeadLetter>>transaction(tx -> store.deadLetters().open(tx, pipelineId))).isEmpty();
        assertThat(store.<java.util.Optional<DeadLetter>>transaction(tx -> store.deadLetters().find(tx, letter.id())))
                .get().extracting(DeadLetter::state).isEqualTo(DeadLetter.State.REPLAYED);
        assertThat(mikro.targetCountsByCode()).containsEntry(code, 1L);
    }

    @Test
    void a_rejected_party_is_dead_lettered_and_written_once_after_the_fix_is_replayed() {
        // Mikro itself stores any tax number; the connector refuses an invalid VKN before sending it
        String code = "120.99.00001";
        mikro.sourceClient().cariKaydetV2(List.of(new CariKaydi(null, code, "Hatalı Vergi No Ltd. Şti.", null,
                "KONAK", "1234567891", 0, 255, 255, null, null, null, null, null)));

        RunReport run = runner(WriteHooks.NONE).run(pipelineId);

        assertThat(run.counts().failed()).isEqualTo(1);
        assertThat(run.counts().written()).isEqualTo(PARTIES);
        List<DeadLetter> open = store.transaction(tx -> store.deadLetters().open(tx, pipelineId));
        assertThat(open).singleElement().satisfies(letter -> {
            assertThat(letter.sourceKey()).isEqualTo(code);
            assertThat(letter.stage()).isEqualTo(DeadLetter.Stage.WRITE);
            assertThat(letter.outcome()).isEqualTo("Validation");
            assertThat(letter.field()).isEqualTo("taxId");
            assertThat(letter.message()).contains("taxId");
            assertThat(letter.sourceRecord()).contains("1234567891");
            assertThat(letter.attemptsJson()).contains("Validation");
        });
        assertThat(mikro.targetConnector.get(Entity.PARTY, code)).isEmpty();

        Party bad = mikro.sourceConnector.get(Entity.PARTY, code).orElseThrow();
        mikro.sourceConnector.update(Entity.PARTY, code, new Party(bad.key(), bad.code(), bad.name(), bad.role(),
                "1234567890", bad.taxOffice(), bad.address(), bad.email(), bad.phone(), "TRY",
                bad.eInvoiceTaxpayer(), bad.active(), bad.changedAt()));
        DeadLetterReplay replay = new DeadLetterReplay(runner(WriteHooks.NONE));

        assertThat(replay.replayWhere(pipelineId, letter -> letter.outcome().equals("Transient"))).isEmpty();
        List<DeadLetterReplay.Replayed> replayed = replay.replayWhere(pipelineId,
                letter -> "taxId".equals(letter.field()));

        assertThat(replayed).singleElement().satisfies(r ->
                assertThat(r.result()).get().isInstanceOf(WriteResult.Created.class));
        assertThat(store.<List<DeadLetter>>transaction(tx -> store.deadLetters().open(tx, pipelineId))).isEmpty();
        assertThat(store.<java.util.Optional<DeadLetter>>transaction(tx -> store.deadLetters().find(tx, open.getFirst().id()))).get()
                .extracting(DeadLetter::state).isEqualTo(DeadLetter.State.REPLAYED);
        assertThat(replay.replayAll(pipelineId)).isEmpty();
        assertThat(mikro.targetCountsByCode()).containsEntry(code, 1L);
        assertThat(mikro.targetConnector.get(Entity.PARTY, code)).get().extracting(Party::taxId)
                .isEqualTo("1234567890");

        RunReport after = runner(WriteHooks.NONE).run(pipelineId);
        assertThat(after.counts().written()).isZero();
        assertEveryPartyExactlyOnce();
    }

    @Test
    void a_changed_party_is_updated_in_place() {
        runner(WriteHooks.NONE).run(pipelineId);
        Party before = mikro.sourceByCode().values().iterator().next();
        mikro.sourceConnector.update(Entity.PARTY, before.code(), renamed(before, before.name() + " (yeni unvan)"));

        RunReport second = runner(WriteHooks.NONE).run(pipelineId);

        assertThat(second.counts().written()).isEqualTo(1);
        assertThat(mikro.targetConnector.get(Entity.PARTY, before.code())).get().extracting(Party::name)
                .isEqualTo(before.name() + " (yeni unvan)");
        assertEveryPartyExactlyOnce();
    }

    @Test
    void copies_sales_invoices_once_after_their_parties_and_items() {
        long items = pipeline("item");
        long invoices = pipeline("invoice");
        runner(WriteHooks.NONE).run(pipelineId);
        assertThat(runner(WriteHooks.NONE).run(items).counts().failed()).isZero();
        mikro.target.faults().seed(3).loseResponseRate(0.2).errorRate(0.1);

        RunReport run = runner(WriteHooks.NONE).run(invoices);
        mikro.target.faults().clear();

        List<dev.kopru.core.model.Invoice> source = mikro.sourceConnector.stream(Entity.INVOICE,
                dev.kopru.core.connector.ReadRequest.full(100)).toList();
        List<dev.kopru.core.model.Invoice> target = mikro.targetConnector.stream(Entity.INVOICE,
                dev.kopru.core.connector.ReadRequest.full(100)).toList();
        System.out.println("invoices: source " + source.size() + ", run " + run.counts());
        assertThat(run.counts().failed()).isZero();
        assertThat(run.counts().written()).isEqualTo(source.size());
        assertThat(target).extracting(dev.kopru.core.model.Invoice::number)
                .containsExactlyInAnyOrderElementsOf(source.stream().map(dev.kopru.core.model.Invoice::number).toList())
                .doesNotHaveDuplicates();
        assertThat(runner(WriteHooks.NONE).run(invoices).counts().written()).isZero();
    }

    @Test
    void pipeline_state_is_readable_resettable_and_settable_from_a_date() {
        List<RunCounts> pages = new java.util.concurrent.CopyOnWriteArrayList<>();
        RunListener listener = new RunListener() {
            @Override
            public void pageCommitted(long pipeline, long runId, RunCounts countsSoFar) {
                pages.add(countsSoFar);
            }
        };
        PipelineRunner runner = new PipelineRunner(store, registry, TEST_POLICY, WriteHooks.NONE, listener);
        PipelineState state = new PipelineState(runner);
        long untouched = pipeline("item");

        runner.run(pipelineId);

        assertThat(pages).hasSizeGreaterThan(1).last().extracting(RunCounts::written).isEqualTo((long) PARTIES);
        PipelineState.Snapshot after = state.read(pipelineId);
        assertThat(after.cursor()).isPresent();
        assertThat(after.links()).isEqualTo(PARTIES);
        assertThat(after.unresolvedIntents()).isZero();
        assertThat(after.openDeadLetters()).isZero();
        assertThat(after.lastRun()).get().extracting(r -> r.counts().written()).isEqualTo((long) PARTIES);

        state.reset(pipelineId);
        assertThat(state.read(pipelineId).cursor()).isEmpty();
        RunReport full = runner.run(pipelineId);
        assertThat(full.counts().read()).isEqualTo(PARTIES);
        assertThat(full.counts().skipped()).isEqualTo(PARTIES);

        state.resetFrom(pipelineId, Instant.now().plus(Duration.ofDays(30)));
        RunReport fromFuture = runner.run(pipelineId);
        assertThat(fromFuture.state()).isEqualTo(dev.kopru.sync.store.Run.State.FAILED);
        assertThat(fromFuture.error()).contains("cursor");
        state.resetFrom(pipelineId, Instant.now().minus(Duration.ofDays(3650)));
        assertThat(runner.run(pipelineId).counts().skipped()).isEqualTo(PARTIES);

        assertThat(state.read(untouched).cursor()).isEmpty();
        assertThat(state.read(untouched).lastRun()).isEmpty();
        long invoices = pipeline("invoice");
        assertThatThrownBy(() -> state.resetFrom(invoices, Instant.now()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PAGE_TOKEN");
    }

    @Test
    void a_look_back_window_re_reads_what_changed_before_the_committed_cursor_and_sends_none_of_it() {
        PipelineRunner runner = runner(WriteHooks.NONE);
        PipelineState state = new PipelineState(runner);
        runner.run(pipelineId);
        Instant yesterday = Instant.now().minus(Duration.ofDays(1));
        state.resetFrom(pipelineId, yesterday);
        long withoutLookBack = runner.run(pipelineId).counts().read();
        PipelineSpec v = store.transaction(tx -> store.pipelines().get(tx, pipelineId));
        store.inTransaction(tx -> store.pipelines().update(tx, new PipelineSpec(v.id(), v.name(),
                v.sourceConnectionId(), v.sourceEntity(), v.targetConnectionId(), v.targetEntity(), v.mode(),
                v.batchSize(), "{\"lookBack\":\"P400D\"}", v.version())));
        state.resetFrom(pipelineId, yesterday);

        RunReport lookingBack = runner.run(pipelineId);

        // the demo cards changed over the year before today: only a look-back of 400 days sees them all again
        assertThat(withoutLookBack).isLessThan(PARTIES);
        assertThat(lookingBack.counts().read()).isEqualTo(PARTIES);
        assertThat(lookingBack.counts().skipped()).isEqualTo(PARTIES);
        assertThat(lookingBack.counts().written()).isZero();
        assertEveryPartyExactlyOnce();
    }

    @Test
    void pipeline_definitions_are_versioned_and_a_stale_change_is_refused() {
        PipelineSpec v1 = store.transaction(tx -> store.pipelines().get(tx, pipelineId));

        PipelineSpec v2 = store.transaction(tx -> store.pipelines().update(tx, v1.withBatchSize(50)));

        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.batchSize()).isEqualTo(50);
        assertThatThrownBy(() -> store.inTransaction(tx -> store.pipelines().update(tx, v1.withBatchSize(9))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("version 2")
                .hasMessageContaining("version 1");
        assertThat(store.transaction(tx -> store.pipelines().get(tx, pipelineId)).batchSize()).isEqualTo(50);
    }

    @Test
    void a_failing_page_read_is_sent_as_often_as_the_retry_policy_allows_and_no_more() {
        WritePolicy policy = WritePolicy.defaults().withBackoff(Backoff.none());
        // a client sends a request once, as every client will once its transport is on the kit (issue 11)
        MikroConnector source = new MikroConnector(MikroPair.builder(mikro.source).build(),
                DocumentSettings.defaults());
        mikro.source.faults().errorRate(1.0);
        mikro.source.journal().clear();

        RunReport report = new PipelineRunner(store, c -> c.id() == sourceId ? source : registry.connectorFor(c),
                policy).run(pipelineId);

        int calls = mikro.source.journal().size();
        System.out.println("PROOF one retry layer (" + getClass().getSimpleName() + "): one page read failing with"
                + " HTTP 500 was sent " + calls + " times; the run's retry policy allows " + policy.maxAttempts()
                + " attempts");
        assertThat(report.state()).isEqualTo(dev.kopru.sync.store.Run.State.FAILED);
        assertThat(calls).isEqualTo(policy.maxAttempts());
    }

    @Test
    void the_waits_a_vendors_rate_limit_asks_for_are_reported_as_the_runs_throttled_time() {
        WritePolicy policy = WritePolicy.defaults().withBackoff(Backoff.none())
                .withMaxRateLimitWait(Duration.ofMillis(5));
        MikroConnector source = new MikroConnector(MikroPair.builder(mikro.source).build(),
                DocumentSettings.defaults());
        // the first page is read, every later call is refused for an hour (each retry waits the 5 ms honoured)
        mikro.source.faults().rateLimit(1, Duration.ofHours(1));

        RunReport report = new PipelineRunner(store, c -> c.id() == sourceId ? source : registry.connectorFor(c),
                policy).run(pipelineId);

        assertThat(report.state()).isEqualTo(dev.kopru.sync.store.Run.State.FAILED);
        assertThat(report.counts().read()).isEqualTo(7);
        assertThat(report.counts().throttledMillis()).isEqualTo((policy.maxAttempts() - 1) * 5L);
    }

    @Test
    void a_record_dead_lettered_after_its_retries_lists_every_attempt_the_chain_made() {
        // dead-lettered at once rather than retried by later runs (TransientRetriesContract)
        WritePolicy policy = WritePolicy.defaults().withBackoff(Backoff.none()).withMaxAttempts(3)
                .withTransientRetries(dev.kopru.sync.write.TransientRetries.none());
        mikro.target.faults().errorRate(1.0);

        RunReport report = new PipelineRunner(store, registry, policy).run(pipelineId);

        assertThat(report.counts().failed()).isEqualTo(PARTIES);
        DeadLetter letter = store.transaction(tx -> store.deadLetters().open(tx, pipelineId)).getFirst();
        assertThat(letter.outcome()).isEqualTo("Transient");
        assertThat(letter.attemptsJson().split("\"outcome\":\"Transient\"", -1)).hasSize(policy.maxAttempts() + 1);
    }

    @Test
    void a_connection_rate_limit_is_shared_by_every_node_and_waits_for_the_oldest_permit() {
        SettableClock clock = new SettableClock(Instant.parse("2026-11-23T10:00:00Z"));
        ConnectionRateLimiter nodeA = new ConnectionRateLimiter(store, clock, clock);
        ConnectionRateLimiter nodeB = new ConnectionRateLimiter(store, clock, clock);
        Limits.RateLimit tenAMinute = new Limits.RateLimit(10, Duration.ofMinutes(1));

        for (int i = 0; i < 6; i++) {
            assertThat(nodeA.acquire(targetId, tenAMinute)).isZero();
            clock.advance(Duration.ofSeconds(1));
        }
        for (int i = 0; i < 4; i++) {
            assertThat(nodeB.acquire(targetId, tenAMinute)).isZero();
        }
        // 10 calls since 10:00:00; the 11th waits until the first one is a minute old
        assertThat(nodeB.acquire(targetId, tenAMinute)).isEqualTo(Duration.ofSeconds(54));
        assertThat(nodeA.acquire(targetId, tenAMinute)).isEqualTo(Duration.ofSeconds(1));
        // another connection is not held up
        assertThat(nodeA.acquire(sourceId, tenAMinute)).isZero();
    }

    @Test
    void only_one_node_runs_a_pipeline_and_another_takes_over_once_the_lease_expires() {
        SettableClock clock = new SettableClock(Instant.parse("2026-11-23T10:00:00Z"));
        RunLeases nodeA = new RunLeases(store, "node-a", clock, Duration.ofMinutes(1));
        RunLeases nodeB = new RunLeases(store, "node-b", clock, Duration.ofMinutes(1));
        java.util.concurrent.atomic.AtomicReference<Throwable> secondRun = new java.util.concurrent.atomic.AtomicReference<>();
        WriteHooks tryNodeBDuringTheRun = new WriteHooks() {
            @Override
            public void afterCreate(String sourceKey, String targetKey) {
                if (secondRun.get() == null) {
                    try {
                        runnerOn(nodeB, WriteHooks.NONE).run(pipelineId);
                        secondRun.set(new AssertionError("node B ran while node A held the lease"));
                    } catch (RuntimeException e) {
                        secondRun.set(e);
                    }
                }
            }
        };

        RunReport a = runnerOn(nodeA, tryNodeBDuringTheRun).run(pipelineId);

        assertThat(secondRun.get()).isInstanceOf(RunLeases.PipelineBusyException.class)
                .hasMessageContaining("node-a");
        assertThat(a.counts().written()).isEqualTo(PARTIES);
        assertEveryPartyExactlyOnce();

        // node A takes the lease and dies without releasing it (no run: the lease is what matters here)
        nodeA.acquire(pipelineId);
        assertThatThrownBy(() -> runnerOn(nodeB, WriteHooks.NONE).run(pipelineId))
                .isInstanceOf(RunLeases.PipelineBusyException.class);
        clock.advance(Duration.ofMinutes(1));
        assertThat(runnerOn(nodeB, WriteHooks.NONE).run(pipelineId).counts().written()).isZero();
        assertThatThrownBy(() -> nodeA.renew(pipelineId)).isInstanceOf(RunLeases.LeaseLostException.class);
    }

    private PipelineRunner runnerOn(RunLeases node, WriteHooks hooks) {
        return new PipelineRunner(store, new ConnectionChain(registry,
                new ConnectionRateLimiter(store, Clock.systemUTC(), dev.kopru.sync.limit.Sleeper.SYSTEM)), TEST_POLICY,
                hooks, RunListener.NONE, node);
    }

    /** Stands for the process dying: nothing after it runs. */
    static final class SimulatedCrash extends RuntimeException {
        SimulatedCrash(String sourceKey) {
            super("simulated crash after creating " + sourceKey);
        }
    }
}
