package dev.kopru.connector.kit.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.kopru.connector.kit.json.VendorJson;
import dev.kopru.core.input.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OperationCatalogueTest {

    enum Op implements VendorOperation {
        KAYIT_OKU("KayıtOkuV2", false), CARI_KAYDET("CariKaydetV2", true);

        private final String name;
        private final boolean write;

        Op(String name, boolean write) {
            this.name = name;
            this.write = write;
        }

        @Override
        public String methodName() {
            return name;
        }

        @Override
        public boolean write() {
            return write;
        }
    }

    private final OperationCatalogue<Op> catalogue = OperationCatalogue.of("Demo", Op.class);

    @Test
    void finds_an_operation_ignoring_case_and_the_dotless_i() {
        assertThat(catalogue.find("kayitokuv2")).isEqualTo(Op.KAYIT_OKU);
        assertThat(catalogue.find("CARIKAYDETV2")).isEqualTo(Op.CARI_KAYDET);
    }

    @Test
    void an_unknown_operation_is_refused_naming_the_field_and_listing_the_known_ones() {
        assertThatThrownBy(() -> catalogue.find("CariSilV2")).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo("operation");
            assertThat(e.reason()).contains("KayıtOkuV2, CariKaydetV2");
        });
    }

    @Test
    void an_open_catalogue_builds_the_operations_it_does_not_list_and_still_refuses_what_its_scheme_refuses() {
        OperationCatalogue<Op> open = OperationCatalogue.open("Demo", List.of(Op.KAYIT_OKU), name -> {
            if (!name.endsWith("V2")) {
                throw new InvalidInputException("operation", "'" + name + "' is not a Demo operation");
            }
            return Op.CARI_KAYDET;
        });

        assertThat(open.find("kayitokuv2")).isEqualTo(Op.KAYIT_OKU);
        assertThat(open.find("AnythingV2")).isEqualTo(Op.CARI_KAYDET);
        assertThatThrownBy(() -> open.find("Other")).isInstanceOf(InvalidInputException.class);
        assertThat(open.names()).containsExactly("KayıtOkuV2");
    }

    @Test
    void a_raw_call_checks_its_body_with_the_guard_before_sending_and_masks_secrets_in_the_answer() {
        List<String> sent = new ArrayList<>();
        RawCalls<Op> raw = new RawCalls<>(catalogue, VendorJson.mapper(), (op, body) -> {
            sent.add(op.methodName() + " " + body);
            return JsonNodeFactory.instance.objectNode().put("echo", "key=s3cret-key");
        }, (op, body) -> {
            if (body.has("drop")) {
                throw new InvalidInputException("drop", "not allowed");
            }
        }, () -> List.of("s3cret-key"));

        assertThat(raw.callRaw("cariKaydetV2", "{\"a\":1}")).isEqualTo("{\"echo\":\"key=****\"}");
        assertThatThrownBy(() -> raw.callRaw("CariKaydetV2", "{\"drop\":1}")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> raw.callRaw("CariKaydetV2", "[1]")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).isEqualTo("body"));
        assertThat(sent).containsExactly("CariKaydetV2 {\"a\":1}");
        assertThat(raw.rawOperations()).extracting(o -> o.name() + ":" + o.write())
                .containsExactly("KayıtOkuV2:false", "CariKaydetV2:true");
    }
}
