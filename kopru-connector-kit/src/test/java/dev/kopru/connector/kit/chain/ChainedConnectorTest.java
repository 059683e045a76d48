package dev.kopru.connector.kit.chain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kopru.core.connector.Entity;
import dev.kopru.core.connector.NaturalKey;
import dev.kopru.core.connector.OrderActions;
import dev.kopru.core.connector.RawOperations;
import dev.kopru.core.connector.ReadRequest;
import dev.kopru.core.connector.SqlReports;
import dev.kopru.core.model.Party;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ChainedConnectorTest {

    private final ScriptedConnector vendor = new ScriptedConnector();
    private final List<String> seen = new ArrayList<>();
    private final ChainedConnector chained = new ChainedConnector(vendor, "acme", List.of(new Interceptor() {
        @Override
        public <R> R intercept(VendorCall call, Supplier<R> proceed) {
            seen.add(call.operation() + " " + call.entity().orElse("-") + " " + call.kind());
            return proceed.get();
        }
    }));

    @Test
    void sends_every_vendor_call_and_every_capability_call_through_the_chain() {
        Party party = null;
        chained.check();
        chained.read(Entity.PARTY, ReadRequest.full(10));
        chained.get(Entity.PARTY, "K1");
        chained.findByNaturalKey(Entity.PARTY, new NaturalKey("taxId", "1"));
        chained.create(Entity.PARTY, party);
        chained.update(Entity.PARTY, "K1", party);
        chained.delete(Entity.PARTY, "K1");
        chained.capability(SqlReports.class).orElseThrow().query("SELECT 1", 1, Duration.ofSeconds(1));
        RawOperations raw = chained.capability(RawOperations.class).orElseThrow();
        raw.callRaw("listthings", "{}");
        raw.callRaw("SaveThing", "{}");
        OrderActions actions = chained.capability(OrderActions.class).orElseThrow();
        actions.confirm(null);
        actions.attachInvoice(null, "https://example.test/invoice.pdf");
        chained.capability(ScriptedConnectorCapabilities.Lists.class).orElseThrow().names();

        assertThat(seen).containsExactly("check - READ", "read party READ", "get party READ", "find party READ",
                "create party WRITE_ONCE", "update party WRITE_REPEATABLE", "delete party WRITE_ONCE", "sql - READ",
                "raw:listthings - READ", "raw:SaveThing - WRITE_ONCE", "confirm order WRITE_REPEATABLE",
                "attachInvoice order WRITE_REPEATABLE", "names - READ");
        assertThat(vendor.sent).hasSize(seen.size());
    }

    @Test
    void calls_that_do_not_reach_the_vendor_pass_straight_through() {
        chained.descriptor();
        chained.naturalKeyOf(Entity.PARTY, null);
        chained.capability(RawOperations.class).orElseThrow().rawOperations();

        assertThat(seen).isEmpty();
    }

    @Test
    void runs_the_interceptors_outermost_first_each_around_the_next() {
        List<String> order = new ArrayList<>();
        ChainedConnector two = new ChainedConnector(vendor, "acme", List.of(named("outer", order),
                named("inner", order)));

        two.check();

        assertThat(order).containsExactly("outer>", "inner>", "<inner", "<outer");
    }

    @Test
    void hands_out_no_capability_that_would_go_around_the_chain() {
        assertThat(vendor.capability(ScriptedConnectorCapabilities.Unchained.class)).isPresent();
        assertThat(chained.capability(ScriptedConnectorCapabilities.Unchained.class)).isEmpty();
        assertThat(chained.capability(Runnable.class)).isEmpty();
    }

    private static Interceptor named(String name, List<String> order) {
        return new Interceptor() {
            @Override
            public <R> R intercept(VendorCall call, Supplier<R> proceed) {
                order.add(name + ">");
                try {
                    return proceed.get();
                } finally {
                    order.add("<" + name);
                }
            }
        };
    }
}
