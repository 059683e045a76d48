package dev.kopru.sync.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kopru.sync.store.Run;
import dev.kopru.sync.store.StoreConfig;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Pipeline 2 on PostgreSQL, started by the test itself; plus two engine nodes, one killed mid-run. */
class PostgresOrderInvoicePipelineTest extends OrderInvoicePipelineContract {

    private final EmbeddedPostgresStore postgres = new EmbeddedPostgresStore();

    @Override
    StoreConfig storeConfig() {
        return postgres.start();
    }

    @Override
    String database() {
        return "PostgreSQL";
    }

    @AfterAll
    void stopPostgres() {
        postgres.close();
    }

    /**
     * Scale-out: two engine nodes (processes with their own names and a 3-second run lease) on one PostgreSQL. Node
     * A runs pipeline 2; node B, started meanwhile, finds the pipeline busy; A is killed with SIGKILL mid-run; B takes
     * the run over once A's lease expires and finishes it from A's last committed page. Nothing is written twice.
     */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void a_second_node_takes_over_the_run_of_a_killed_node_and_writes_nothing_twice() throws Exception {
        vendors.placeOrders(16);
        java.util.Set<String> orders = newOrders().keySet();
        EngineLife a = start("node-a");
        java.util.concurrent.CompletableFuture<EngineLife.Outcome> b = new java.util.concurrent.CompletableFuture<>();
        Thread watchB = new Thread(() -> {
            try {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (store.transaction(tx -> store.runs().ofPipeline(tx, pipelineId)).isEmpty()
                        && System.nanoTime() < deadline) {
                    Thread.sleep(20); // node A holds the run first
                }
                b.complete(start("node-b").finish());
            } catch (Exception e) {
                b.completeExceptionally(e);
            }
        });
        watchB.start();

        EngineLife.Outcome killedA = a.killAfterCreates(6);
        EngineLife.Outcome survivor = b.get(90, TimeUnit.SECONDS);

        List<Run> runs = store.transaction(tx -> store.runs().ofPipeline(tx, pipelineId));
        var invoices = vendors.invoiceCounts(PREFIX);
        long duplicated = invoices.values().stream().filter(n -> n > 1).count();
        long lost = orders.stream().filter(o -> !invoices.containsKey(PREFIX + o)).count();
        System.out.println("PROOF scale-out (pipeline 2, PostgreSQL): node A killed after "
                + killedA.lines().stream().filter(l -> l.startsWith("created ")).count() + " invoices, node B found"
                + " the pipeline busy " + survivor.lines().stream().filter("busy"::equals).count() + " times, then "
                + survivor.lines().getLast() + "; runs " + runs.stream().map(r -> r.state().name()).toList()
                + "; orders " + orders.size() + ", lost " + lost + ", duplicated " + duplicated);
        assertThat(killedA.killed()).isTrue();
        assertThat(survivor.finished()).as("node B: %s", survivor.lines()).isTrue();
        assertThat(survivor.lines()).as("node B waited while node A held the run").contains("busy");
        assertThat(runs).extracting(Run::state).containsExactly(Run.State.ABANDONED, Run.State.SUCCEEDED);
        assertThat(lost).isZero();
        assertThat(duplicated).isZero();
        assertThat(unresolvedIntents()).isEmpty();
        assertInvoicedOnceConfirmedAndLinked(orders);
    }

    private EngineLife start(String node) throws IOException {
        return EngineLife.start(List.of("-Dkopru.node=" + node, "-Dkopru.leaseTtl=PT3S"), config.jdbcUrl(),
                config.user(), config.password(), Long.toString(pipelineId), vendors.farma.baseUri().toString(),
                vendors.mikro.baseUri().toString(), "farmaborsa");
    }

}
