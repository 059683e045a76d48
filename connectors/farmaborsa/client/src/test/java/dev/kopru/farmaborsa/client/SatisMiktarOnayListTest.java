package dev.kopru.farmaborsa.client;

import static dev.kopru.farmaborsa.client.GoldenExchangesTest.line;
import static dev.kopru.farmaborsa.client.GoldenExchangesTest.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.kopru.core.connector.ConnectorException;
import dev.kopru.testkit.vendor.VendorDouble;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The "kod-adet,kod-adet" string of SiparisMiktarDegistirerekOnaylaTalep, and what it refuses before sending. */
class SatisMiktarOnayListTest {

    private static final SiparisBilgi ORDER = order(550014, line(10000, 2), line(10001, 4));

    @Test
    void writes_every_line_in_the_orders_order_whatever_order_they_were_given_in() {
        SatisMiktarOnayList list = SatisMiktarOnayList.of(ORDER,
                List.of(new MiktarSatiri(10001, 3), new MiktarSatiri(10000, 0)));
        assertThat(list.wire()).isEqualTo("10000-0,10001-3");
    }

    @Test
    void accepts_the_ordered_quantities_unchanged() {
        assertThat(SatisMiktarOnayList.of(ORDER, List.of(new MiktarSatiri(10000, 2), new MiktarSatiri(10001, 4)))
                .wire()).isEqualTo("10000-2,10001-4");
    }

    @Test
    void refuses_a_list_that_misses_a_line_of_the_order() {
        assertRefused(List.of(new MiktarSatiri(10001, 3)), "10000", "missing");
    }

    @Test
    void refuses_a_quantity_above_the_ordered_one() {
        assertRefused(List.of(new MiktarSatiri(10000, 3), new MiktarSatiri(10001, 4)), "10000", "exceeds the ordered 2");
    }

    @Test
    void refuses_a_negative_quantity() {
        assertRefused(List.of(new MiktarSatiri(10000, -1), new MiktarSatiri(10001, 4)), "10000", "negative");
    }

    @Test
    void refuses_a_line_the_order_does_not_have() {
        assertRefused(List.of(new MiktarSatiri(10000, 1), new MiktarSatiri(10001, 4), new MiktarSatiri(77, 1)), "77",
                "not lines of the order");
    }

    @Test
    void refuses_a_line_given_twice() {
        assertRefused(List.of(new MiktarSatiri(10000, 1), new MiktarSatiri(10000, 2), new MiktarSatiri(10001, 4)),
                "10000", "more than once");
    }

    @Test
    void sends_nothing_when_it_refuses() throws Exception {
        try (VendorDouble vendor = new VendorDouble()) {
            FarmaBorsaClient client = new FarmaBorsaClient(FarmaBorsaConfig.builder().baseUrl(vendor.url())
                    .nick("demoeczane").parola("demo123").apiKey("DEMO-KEY").rateLimit(100, Duration.ofMinutes(1))
                    .build());
            assertThat(catchThrowableOfType(ConnectorException.Validation.class,
                    () -> client.siparisMiktarDegistirerekOnaylaTalep(ORDER, List.of(new MiktarSatiri(10001, 5)))))
                    .isNotNull();
            assertThat(vendor.received()).isEmpty();
            assertThat(client.rateLimitMetrics().calls()).isZero();
        }
    }

    private static void assertRefused(List<MiktarSatiri> lines, String... words) {
        ConnectorException.Validation refused = catchThrowableOfType(ConnectorException.Validation.class,
                () -> SatisMiktarOnayList.of(ORDER, lines));
        assertThat(refused).as("refused %s", lines).isNotNull();
        assertThat(refused.field()).contains("satisMiktarOnayList");
        assertThat(refused.getMessage()).contains("satisMiktarOnayList", "550014", "nothing was sent").contains(words);
        assertThat(refused.operation()).isEqualTo("SiparisMiktarDegistirerekOnaylaTalep");
    }
}
