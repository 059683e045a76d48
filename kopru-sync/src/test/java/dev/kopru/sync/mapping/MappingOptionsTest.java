package dev.kopru.sync.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kopru.core.model.Address;
import dev.kopru.core.model.ExpiryKind;
import dev.kopru.core.model.Item;
import dev.kopru.core.model.Listing;
import dev.kopru.core.model.Party;
import dev.kopru.sync.store.PipelineSpec;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Pipelines between entities are refused when defined with a bad option, naming it; mappings map as documented. */
class MappingOptionsTest {

    private static PipelineSpec mapped(String source, String target, String options) {
        return PipelineSpec.mapped("p", 1, source, 2, target, 10, options);
    }

    @Test
    void refuses_a_pair_of_entities_without_a_mapping_and_a_two_way_pipeline_between_entities() {
        assertThatThrownBy(() -> mapped("party", "listing", "{}")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("targetEntity: no mapping from party to listing");
        assertThatThrownBy(() -> new PipelineSpec(0, "p", 1, "order", 2, "invoice", PipelineSpec.Mode.TWO_WAY, 10,
                "{}", 1)).hasMessageStartingWith("targetEntity: a two-way pipeline");
    }

    @Test
    void a_pipeline_between_the_same_entities_names_its_mapping_and_is_refused_a_wrong_one() {
        assertThat(Mappings.of("party", "party", "{\"mapping\":\"customer-by-tax-id\"}")).get()
                .isInstanceOf(CustomerByTaxId.class);
        assertThat(Mappings.of("party", "party", "{}")).isEmpty();
        assertThatThrownBy(() -> mapped("party", "party", "{\"mapping\":\"customers\"}"))
                .hasMessageStartingWith("options.mapping: no mapping named 'customers'; named mappings:"
                        + " collection-of-customer, customer-by-tax-id, sales-invoice-of-customer");
        assertThatThrownBy(() -> new PipelineSpec(0, "p", 1, "party", 2, "party", PipelineSpec.Mode.TWO_WAY, 10,
                "{\"mapping\":\"customer-by-tax-id\"}", 1)).hasMessageStartingWith("options.mapping: a two-way");
        assertThatThrownBy(() -> mapped("invoice", "invoice", "{\"mapping\":\"customer-by-tax-id\"}"))
                .hasMessageStartingWith("options.mapping: customer-by-tax-id maps party to party, not invoice");
        assertThatThrownBy(() -> mapped("invoice", "invoice", "{\"mapping\":\"sales-invoice-of-customer\"}"))
                .hasMessageStartingWith("options.serviceCode: required");
        assertThatThrownBy(() -> mapped("payment", "payment", "{\"mapping\":\"collection-of-customer\","
                + "\"cashBoxes\":{\"CARD\":\"K\"}}")).hasMessageStartingWith("options.cashBoxes.CARD: is not a"
                + " payment method");
        assertThatThrownBy(() -> mapped("party", "party", "{\"mapping\":\"customer-by-tax-id\","
                + "\"customerCodePrefix\":\"120.WIRADIUS.ABONE.\"}"))
                .hasMessageStartingWith("options.customerCodePrefix: must be at most 14 characters");
    }

    @Test
    void refuses_bad_options_naming_the_option() {
        assertThatThrownBy(() -> mapped("order", "invoice", "{\"invoiceNumberPrefx\":\"FB\"}"))
                .hasMessageStartingWith("options.invoiceNumberPrefx: unknown option");
        assertThatThrownBy(() -> mapped("order", "invoice", "{\"invoiceUrlTemplate\":\"ftp://x/{number}\"}"))
                .hasMessageStartingWith("options.invoiceUrlTemplate: must be an http(s) URL");
        assertThatThrownBy(() -> mapped("order", "invoice", "{\"invoiceUrlTemplate\":\"https://x.example/f.pdf\"}"))
                .hasMessageStartingWith("options.invoiceUrlTemplate: must contain {number}");
        assertThatThrownBy(() -> mapped("order", "invoice", "{\"itemCodes\":{\"869\":7}}"))
                .hasMessageStartingWith("options.itemCodes.869: must be a non-empty text");
        assertThatThrownBy(() -> mapped("order", "invoice", "{\"sourceFilters\":[\"1\"]}"))
                .hasMessageStartingWith("options.sourceFilters: must be a JSON object");
        assertThatThrownBy(() -> mapped("order", "invoice", "{\"resendInDoubtAfter\":\"30 minutes\"}"))
                .hasMessageStartingWith("options.resendInDoubtAfter: must be an ISO-8601 duration");
        assertThatThrownBy(() -> mapped("item", "listing", "{\"defaultExpiryKind\":\"DATED\"}"))
                .hasMessageStartingWith("options.defaultExpiryKind: DATED needs a date");
        assertThatThrownBy(() -> mapped("item", "listing", "{\"overrides\":{\"STK-1\":{\"price\":\"cheap\"}}}"))
                .hasMessageStartingWith("options.overrides.STK-1.price: must be a number");
        assertThatThrownBy(() -> mapped("item", "listing", "{\"overrides\":{\"STK-1\":{\"name\":\"x\"}}}"))
                .hasMessageStartingWith("options.overrides.STK-1.name: cannot be overridden");
        assertThatThrownBy(() -> mapped("order", "invoice", "{\"writers\":0}"))
                .hasMessageStartingWith("options.writers: must be 1 to 64, was 0");
        assertThatThrownBy(() -> mapped("order", "invoice", "{\"writers\":65}"))
                .hasMessageStartingWith("options.writers: must be 1 to 64, was 65");
        assertThatThrownBy(() -> mapped("item", "listing", "not json"))
                .hasMessageStartingWith("options: not valid JSON");
        assertThatThrownBy(() -> mapped("order", "invoice", "{\"fieldsNotSynced\":[\"code\"]}"))
                .hasMessageStartingWith("options.fieldsNotSynced: cannot leave out a record's key or code");
    }

    @Test
    void maps_an_item_to_a_listing_with_vat_added_whole_units_and_overrides() {
        ItemToListing mapping = (ItemToListing) Mappings.of("item", "listing", "{\"defaultExpiryKind\":"
                + "\"OVER_12_MONTHS\",\"maxPerOrder\":5,\"overrides\":{\"STK-2\":{\"expiryDate\":\"2027-03-31\","
                + "\"quantity\":3}}}").orElseThrow();
        Item item = new Item("STK-1", "STK-1", "Parasetamol 500 mg", null, "ADET", List.of("8690000000017"),
                new BigDecimal("10"), new BigDecimal("45.45"), false, "TRY", new BigDecimal("7.6"), null, null, false,
                true, null);

        Listing listing = mapping.map(item, NO_CONTEXT);

        assertThat(listing.barcode()).isEqualTo("8690000000017");
        assertThat(listing.price()).isEqualByComparingTo("50.00"); // 45.45 + 10 % = 49.995 → 50.00, half-up
        assertThat(listing.quantity()).isEqualTo(7);
        assertThat(listing.active()).isTrue();
        assertThat(listing.maxPerOrder()).isEqualTo(5);
        assertThat(listing.expiryKind()).isEqualTo(ExpiryKind.OVER_12_MONTHS);
        Item other = new Item("STK-2", "STK-2", "İbuprofen", null, "ADET", List.of("8690000000024"),
                new BigDecimal("10"), new BigDecimal("20"), true, "TRY", BigDecimal.ZERO, null, null, false, true,
                null);
        Listing overridden = mapping.map(other, NO_CONTEXT);
        assertThat(overridden.quantity()).isEqualTo(3);
        assertThat(overridden.expiryDate()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(overridden.price()).isEqualByComparingTo("20.00");
        Item noBarcode = new Item("STK-3", "STK-3", "x", null, "ADET", List.of(), new BigDecimal("10"),
                new BigDecimal("20"), true, "TRY", BigDecimal.ONE, null, null, false, true, null);
        assertThatThrownBy(() -> mapping.map(noBarcode, NO_CONTEXT)).isInstanceOf(MappingException.class)
                .hasMessageStartingWith("barcodes: item STK-3 has no barcode");
    }

    @Test
    void drops_the_district_and_city_an_address_line_ends_with() {
        Address address = new Address("Kazım Karabekir Mah. Gazi Bulvarı No:138 Beyoğlu/İstanbul", "Beyoğlu",
                "İstanbul", null, null);
        assertThat(Customers.street(address).line()).isEqualTo("Kazım Karabekir Mah. Gazi Bulvarı No:138");
        assertThat(Customers.street(address).city()).isEqualTo("İstanbul");
    }

    private static final MappingContext NO_CONTEXT = new MappingContext() {
        @Override
        public String partyCode(Party party) {
            throw new AssertionError("not asked for");
        }

        @Override
        public Optional<String> itemCodeByBarcode(String barcode) {
            return Optional.empty();
        }
    };
}
