package dev.kopru.mikro.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kopru.testkit.sandbox.Sandbox;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/** The kit's fault knobs on Mikro: which calls are writes, and a write that commits but loses its answer. */
class FaultsTest extends MikroSandboxTestBase {

    private ObjectNode invoice(String belgeNo) {
        ObjectNode body = mikro.body();
        ObjectNode evrak = ((ObjectNode) body.get("Mikro")).putArray("evraklar").addObject()
                .put("cha_evrakno_seri", "LST").put("cha_kod", "120.01.001").put("cha_belge_no", belgeNo);
        evrak.putArray("detay").addObject().put("sth_stok_kod", "BAR-001").put("sth_miktar", 1)
                .put("sth_tutar", 100).put("sth_vergi", 20);
        return body;
    }

    @Test
    void an_invoice_whose_response_is_lost_is_written_all_the_same() {
        sandbox.faults().loseNextWrites(1);
        assertThat(mikro.data("/Api/APIMethods/CariListesiV3", mikro.body())).as("reads are not writes").isNotNull();

        assertThatThrownBy(() -> mikro.post("/api/APIMethods/FaturaKaydetV2", invoice("KOPRU-LOST-1")))
                .isInstanceOf(UncheckedIOException.class);

        assertThat(mikro.sql("SELECT cha_evrakno_sira, cha_meblag FROM CARI_HESAP_HAREKETLERI "
                + "WHERE cha_belge_no = 'KOPRU-LOST-1'")).singleElement()
                .satisfies(row -> assertThat(row.get("cha_meblag").decimalValue()).isEqualByComparingTo("120"));
        assertThat(sandbox.journal().entries()).anySatisfy(entry -> {
            assertThat(entry.path()).endsWith("FaturaKaydetV2");
            assertThat(entry.fault()).isEqualTo("lost-response");
        });
        assertThat(mikro.saved("/api/APIMethods/FaturaKaydetV2", invoice("KOPRU-LOST-2")).get(0)
                .get("evrakno_sira").asInt()).isEqualTo(2);
    }

    @Test
    void only_data_changing_methods_count_as_writes() {
        sandbox.faults().loseResponseRate(1.0);
        assertThat(mikro.sql("SELECT 1 AS ok")).hasSize(1);
        assertThat(mikro.get("/Api/APIMethods/HealthCheck2").status()).isEqualTo(200);
        assertThatThrownBy(() -> mikro.post("/API/APIMethods/CariKaydetV2", mikro.body()))
                .isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void starts_in_process_on_an_ephemeral_port_quickly() {
        long started = System.nanoTime();
        try (Sandbox fresh = Sandbox.start(new MikroSandbox(MikroSandboxOptions.builder().build()), 0)) {
            long millis = (System.nanoTime() - started) / 1_000_000;
            System.out.printf("Mikro sandbox (20 demo records) started in %d ms on port %d%n", millis, fresh.port());
            assertThat(fresh.port()).isPositive();
        }
    }
}
