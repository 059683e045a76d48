package dev.kopru.farmaborsa.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kopru.testkit.sandbox.Sandbox;
import java.time.Duration;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The switches for behaviour farmaborsa.md marks as [inference], each against the golden state. */
class OptionsTest {

    private static void with(FarmaBorsaSandboxOptions.Builder options, Consumer<FarmaBorsaHttp> test) {
        try (Sandbox sandbox = Sandbox.start(new FarmaBorsaSandbox(options.build()), 0)) {
            test.accept(new FarmaBorsaHttp(sandbox.baseUri()));
        }
    }

    private static FarmaBorsaSandboxOptions.Builder golden() {
        return FarmaBorsaSandboxOptions.goldenExamples();
    }

    private static ObjectNode confirm(long satisKod) {
        return FarmaBorsaHttp.seller().put("satisKod", satisKod).put("iptal", false);
    }

    @Test
    void pages_the_sellers_orders_with_sayfa_oldest_first() {
        with(golden().orderPageSize(2), farma -> {
            ObjectNode page = FarmaBorsaHttp.seller().put("satisDurum", 1);
            assertThat(farma.ok("SiparisListesi", page.deepCopy().put("sayfa", 1)).get("siparisList"))
                    .extracting(o -> o.get("satisKod").asLong()).containsExactly(550012L, 550013L);
            assertThat(farma.ok("SiparisListesi", page.deepCopy().put("sayfa", 2)).get("siparisList"))
                    .extracting(o -> o.get("satisKod").asLong()).containsExactly(550014L);
            assertThat(farma.ok("SiparisListesi", page.deepCopy().put("sayfa", 3)).get("siparisList")).isEmpty();
            assertThat(farma.ok("SiparisListesi", page.deepCopy()).get("siparisList")).as("no sayfa: page 1")
                    .hasSize(2);
            assertThat(farma.refusal("SiparisListesi", page.deepCopy().put("sayfa", -1)))
                    .isEqualTo("sayfa 1 veya daha büyük olmalıdır: '-1'");
        });
    }

    @Test
    void fills_the_8_and_18_fields_from_10_and_20_percent_lines_only_when_asked() {
        with(golden(), farma -> {
            JsonNode order = farma.sellerOrder(550014);
            assertThat(order.get("kdvToplam8").decimalValue()).isEqualByComparingTo("0");
            assertThat(order.get("kdvToplam18").decimalValue()).isEqualByComparingTo("0");
        });
        with(golden().legacyVatBuckets(true), farma -> {
            JsonNode order = farma.sellerOrder(550012);
            assertThat(order.get("kdvToplam8").decimalValue()).isEqualByComparingTo("14.34");
            assertThat(order.get("kdvToplam18").decimalValue()).isEqualByComparingTo("1.82");
            assertThat(order.get("toplam").decimalValue().add(order.get("kdvToplam8").decimalValue())
                    .add(order.get("kdvToplam18").decimalValue())).isEqualByComparingTo("168.70");
        });
    }

    @Test
    void a_cargo_link_can_ship_the_order_or_be_made_for_a_new_one() {
        with(golden().cargoLinkShips(true), farma -> {
            farma.ok("SiparisOnayIptalIslem", confirm(550012));
            farma.ok("KargoLinkiOlusturma", FarmaBorsaHttp.seller().put("satisKod", 550012));
            assertThat(farma.sellerOrders(FarmaBorsaHttp.seller(), 3)).hasSize(1);
        });
        with(golden().cargoLinkNeedsConfirmation(false), farma -> {
            farma.ok("KargoLinkiOlusturma", FarmaBorsaHttp.seller().put("satisKod", 550012));
            assertThat(farma.sellerOrders(FarmaBorsaHttp.seller(), 1)).hasSize(3);
        });
    }

    @Test
    void a_listing_without_aktif_can_stay_passive_as_a_dotnet_default_would() {
        with(golden().absentAktifPublishes(false), farma -> {
            ObjectNode noAktif = FarmaBorsaHttp.seller().put("urunAd", "DAYLONG").put("barkod", "7612076396470")
                    .put("adet", 1).put("miadTip", 2).put("tutar", 10);
            long ilan = farma.ok("IlanKaydet", noAktif).get("ilan").asLong();
            assertThat(farma.ok("IlanlarimListesi", FarmaBorsaHttp.seller().put("pasif", 1)).get("ilanlarimList"))
                    .extracting(r -> r.get("kod").asLong()).containsExactly(ilan);
        });
    }

    @Test
    void the_code_only_operations_can_be_switched_off() {
        with(golden().unverifiedOperations(false), farma -> {
            assertThat(farma.post("/api/Entegre/UrunSil", FarmaBorsaHttp.seller().put("kod", 84380)).status())
                    .isEqualTo(404);
            assertThat(farma.post("/api/Entegre/IlanHizliDuzenle", FarmaBorsaHttp.seller()).status()).isEqualTo(404);
        });
    }

    @Test
    void cargo_links_point_at_the_sandbox_itself_without_a_public_base() {
        with(golden().publicBaseUri(null), farma -> {
            farma.ok("SiparisOnayIptalIslem", confirm(550012));
            String link = farma.ok("KargoLinkiOlusturma", FarmaBorsaHttp.seller().put("satisKod", 550012))
                    .get("link").asText();
            assertThat(link).matches("http://127\\.0\\.0\\.1:\\d+/kargo/550012\\.pdf");
        });
    }

    @Test
    void refuses_options_that_cannot_work_naming_the_field() {
        assertThatThrownBy(() -> golden().clearAccounts().build()).hasMessageContaining("accounts");
        assertThatThrownBy(() -> golden().account("DEMOECZANE", "x", "OTHER").build())
                .hasMessageContaining("unique");
        assertThatThrownBy(() -> golden().rateLimit(0, Duration.ofMinutes(1))).hasMessageContaining("permits");
        assertThatThrownBy(() -> golden().orderPageSize(0).build()).hasMessageContaining("orderPageSize");
        assertThatThrownBy(() -> golden().buyerOrderInterval(Duration.ZERO).build())
                .hasMessageContaining("buyerOrderInterval");
        assertThatThrownBy(() -> new FarmaBorsaSandboxOptions.Account("demo", "", "k"))
                .hasMessageContaining("parola");
    }
}
