package dev.kopru.sync.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kopru.core.connector.Connector;
import dev.kopru.core.connector.Entity;
import dev.kopru.core.model.Party;
import dev.kopru.mikro.MikroConnector;
import dev.kopru.mikro.mapping.DocumentSettings;
import dev.kopru.mikro.sandbox.MikroSandbox;
import dev.kopru.mikro.sandbox.MikroSandboxOptions;
import dev.kopru.sync.store.PipelineSpec;
import dev.kopru.sync.store.Run;
import dev.kopru.testkit.sandbox.RequestJournal;
import dev.kopru.testkit.sandbox.Sandbox;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The two-way ERP pair (issue 13): Mikro cari cards ⇄ DİA cari cards, the newest change winning, on the store a
 * subclass provides. Mikro starts with demo parties, DİA with a few of its own under other codes; what each side was
 * sent is counted in the sandboxes' request journals (Mikro CariKaydetV2/CariGuncelleV2, DİA scf_carikart_ekle and
 * _guncelle).
 */
abstract class ErpPairContract extends StoreContract {

    private static final int ON_MIKRO = 6;
    private static final int ON_DIA = 3;
    private static final AtomicInteger NAMES = new AtomicInteger();
    /**
     * Mikro's cari has no role or active flag, DİA's no currency or e-invoice flag, and DİA's list rows no address;
     * DİA dates changes to the second, so a change made in the second a run ended is read again by the look-back.
     */
    static final String OPTIONS = "{\"conflictPolicy\":\"NEWEST_WINS\",\"lookBack\":\"PT2S\",\"fieldsNotSynced\":"
            + "[\"role\",\"active\",\"currency\",\"eInvoiceTaxpayer\",\"address\"]}";

    private Sandbox mikroSandbox;
    private Sandbox diaSandbox;
    private Connector mikro;
    private Connector dia;
    private long pipelineId;

    @BeforeEach
    void startErps() {
        mikroSandbox = Sandbox.start(new MikroSandbox(MikroSandboxOptions.builder().demoSeed(11).demoSize(ON_MIKRO)
                .build()), 0);
        diaSandbox = Sandbox.start(DiaFirms.sandbox(5, 0), 0);
        mikro = new MikroConnector(MikroPair.config(mikroSandbox), DocumentSettings.defaults());
        dia = DiaFirms.connector(diaSandbox);
        // DİA's own cards: copies of Mikro's first ones under other codes (demo codes are the same in every ERP)
        for (Party p : MikroPair.parties(mikro).subList(0, ON_DIA)) {
            String code = "D" + p.code();
            dia.create(Entity.PARTY, new Party(null, code, p.name() + " (DİA)", p.role(), p.taxId(), p.taxOffice(),
                    p.address(), p.email(), p.phone(), p.currency(), p.eInvoiceTaxpayer(), p.active(), null));
        }
        String name = "erp-pair-" + NAMES.incrementAndGet();
        // DİA is side A: the look-back moves only A's cursor back
        pipelineId = store.transaction(tx -> store.pipelines().add(tx, new PipelineSpec(0, name,
                store.connections().add(tx, "dia", name + "-dia", "{}").id(), "party",
                store.connections().add(tx, "mikro", name + "-mikro", "{}").id(), "party", PipelineSpec.Mode.TWO_WAY, 4,
                OPTIONS, 1)).id());
    }

    @AfterEach
    void stopErps() {
        mikro.close();
        dia.close();
        mikroSandbox.close();
        diaSandbox.close();
    }

    @Test
    void the_first_run_gives_both_erps_the_union_once_and_the_next_run_writes_nothing() {
        RunReport first = run();
        assertThat(first.counts().written()).isEqualTo(ON_MIKRO + ON_DIA);
        assertBothHoldTheUnionOnce(ON_MIKRO + ON_DIA);

        clearJournals();
        RunReport second = run();
        assertThat(second.counts().written()).isZero();
        assertThat(writes(mikroSandbox)).isEmpty();
        assertThat(writes(diaSandbox)).as("our own writes read back are echoes").isEmpty();
    }

    @Test
    void a_change_on_either_side_reaches_the_other_once_and_is_not_sent_back() {
        run();
        Party onDia = byCode(dia).get("D" + byCode(mikro).firstKey());
        dia.update(Entity.PARTY, onDia.key(), renamed(onDia, "DİA'da Değişen Unvan A.Ş."));
        Party onMikro = byCode(mikro).lastEntry().getValue();
        mikro.update(Entity.PARTY, onMikro.key(), renamed(onMikro, "Mikro'da Değişen Unvan Ltd. Şti."));

        clearJournals();
        run();
        assertThat(byCode(mikro).get(onDia.code()).name()).isEqualTo("DİA'da Değişen Unvan A.Ş.");
        assertThat(byCode(dia).get(onMikro.code()).name()).isEqualTo("Mikro'da Değişen Unvan Ltd. Şti.");
        assertThat(writes(mikroSandbox)).hasSize(1);
        assertThat(writes(diaSandbox)).hasSize(1);

        clearJournals();
        run();
        assertThat(writes(mikroSandbox)).isEmpty();
        assertThat(writes(diaSandbox)).isEmpty();
    }

    @Test
    void loses_and_duplicates_nothing_under_5xx_resets_lost_responses_and_expired_sessions() {
        run();
        // new cards on both sides while the vendors misbehave
        List<Party> mikroCards = MikroPair.parties(mikro);
        for (int i = 0; i < 4; i++) {
            Party p = mikroCards.get(i);
            dia.create(Entity.PARTY, new Party(null, "YD" + i, "Yeni DİA Carisi " + i, p.role(), p.taxId(),
                    p.taxOffice(), p.address(), p.email(), p.phone(), p.currency(), p.eInvoiceTaxpayer(), true, null));
            mikro.create(Entity.PARTY, new Party(null, "YM" + i, "Yeni Mikro Carisi " + i, p.role(), p.taxId(),
                    p.taxOffice(), p.address(), p.email(), p.phone(), p.currency(), p.eInvoiceTaxpayer(), true, null));
        }
        clearJournals();
        mikroSandbox.faults().seed(7).errorRate(0.05).resetRate(0.05).loseResponseRate(0.05).loseNextWrites(2);
        diaSandbox.faults().seed(8).errorRate(0.05).resetRate(0.05).loseResponseRate(0.05).loseNextWrites(2);
        mikroSandbox.faults().expireSessions();
        diaSandbox.faults().expireSessions();

        RunReport faulty = run();
        mikroSandbox.faults().clear();
        diaSandbox.faults().clear();
        Map<String, Long> faults = faultsSeen();
        clearJournals();
        RunReport after = run();

        int total = ON_MIKRO + ON_DIA + 8;
        Map<String, Long> onMikro = countsByCode(mikro);
        Map<String, Long> onDia = countsByCode(dia);
        long duplicated = onMikro.values().stream().filter(n -> n > 1).count()
                + onDia.values().stream().filter(n -> n > 1).count();
        System.out.println("PROOF ERP pair Mikro ⇄ DİA (" + getClass().getSimpleName() + "): 8 new cards (4 a side), "
                + "faults injected " + faults + ", run " + faulty.counts() + ", cards on Mikro " + onMikro.size()
                + ", on DİA " + onDia.size() + " of " + total + ", lost " + (2L * total - onMikro.size()
                - onDia.size()) + ", duplicated " + duplicated + ", next run wrote " + after.counts().written()
                + " (echoes re-written: " + (writes(mikroSandbox).size() + writes(diaSandbox).size()) + ")");
        assertThat(faults.values().stream().mapToLong(Long::longValue).sum()).isGreaterThanOrEqualTo(4);
        assertThat(faulty.state()).as("run %s", faulty).isEqualTo(Run.State.SUCCEEDED);
        assertThat(faulty.counts().failed()).isZero();
        assertThat(faulty.counts().inDoubtResolved()).isGreaterThanOrEqualTo(1);
        assertThat(store.<List<dev.kopru.sync.store.Intent>>transaction(tx -> store.intents().unresolved(tx,
                pipelineId))).isEmpty();
        assertBothHoldTheUnionOnce(total);
        assertThat(after.counts().written()).isZero();
        assertThat(writes(mikroSandbox)).isEmpty();
        assertThat(writes(diaSandbox)).isEmpty();
    }

    private RunReport run() {
        ConnectorRegistry registry = c -> c.name().endsWith("-mikro") ? mikro : dia;
        RunReport report = new PipelineRunner(store, registry, MikroPipelineContract.TEST_POLICY).run(pipelineId);
        assertThat(report.state()).as(report.error()).isEqualTo(Run.State.SUCCEEDED);
        return report;
    }

    private void assertBothHoldTheUnionOnce(int total) {
        Map<String, Long> onMikro = countsByCode(mikro);
        assertThat(onMikro).hasSize(total).isEqualTo(countsByCode(dia));
        assertThat(onMikro.values()).allMatch(n -> n == 1);
    }

    private static Map<String, Long> countsByCode(Connector c) {
        return MikroPair.parties(c).stream().collect(Collectors.groupingBy(Party::code, Collectors.counting()));
    }

    private static TreeMap<String, Party> byCode(Connector c) {
        return MikroPair.parties(c).stream().collect(Collectors.toMap(Party::code, Function.identity(),
                (x, y) -> x, TreeMap::new));
    }

    private static Party renamed(Party p, String name) {
        return new Party(p.key(), p.code(), name, p.role(), p.taxId(), p.taxOffice(), p.address(), p.email(),
                p.phone(), p.currency(), p.eInvoiceTaxpayer(), p.active(), p.changedAt());
    }

    /** The card writes a sandbox received, answered or not. */
    private static List<RequestJournal.Entry> writes(Sandbox sandbox) {
        return sandbox.journal().entries().stream().filter(e -> {
            String sent = (e.path() + " " + e.body()).toLowerCase(Locale.ROOT);
            return sent.contains("carikaydetv2") || sent.contains("cariguncellev2")
                    || sent.contains("scf_carikart_ekle") || sent.contains("scf_carikart_guncelle");
        }).toList();
    }

    private Map<String, Long> faultsSeen() {
        return java.util.stream.Stream.of(mikroSandbox, diaSandbox).flatMap(s -> s.journal().entries().stream())
                .filter(e -> e.fault() != null).collect(Collectors.groupingBy(RequestJournal.Entry::fault,
                        TreeMap::new, Collectors.counting()));
    }

    private void clearJournals() {
        mikroSandbox.journal().clear();
        diaSandbox.journal().clear();
    }
}
