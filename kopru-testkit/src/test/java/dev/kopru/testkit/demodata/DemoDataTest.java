package dev.kopru.testkit.demodata;

import dev.kopru.core.model.PartyRole;
import dev.kopru.core.money.DocumentTotals;
import dev.kopru.core.tax.TaxIdKind;
import dev.kopru.core.tax.TaxIds;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DemoDataTest {

    @Test
    void the_same_seed_gives_identical_data() {
        DemoData one = DemoData.of(42, 2_000);
        DemoData two = DemoData.of(42, 2_000);

        assertThat(one.parties().toList()).isEqualTo(two.parties().toList());
        assertThat(one.items().toList()).isEqualTo(two.items().toList());
        assertThat(one.invoices().limit(200).toList()).isEqualTo(two.invoices().limit(200).toList());
    }

    @Test
    void a_different_seed_gives_different_data() {
        List<DemoParty> one = DemoData.of(42, 500).parties().toList();
        List<DemoParty> two = DemoData.of(43, 500).parties().toList();

        long sameTaxId = IntStream.range(0, 500)
                .filter(i -> one.get(i).taxId().equals(two.get(i).taxId())).count();
        assertThat(sameTaxId).isZero();
        assertThat(one.stream().map(DemoParty::name).toList()).isNotEqualTo(two.stream().map(DemoParty::name).toList());
        assertThat(DemoData.of(42, 500).item(7)).isNotEqualTo(DemoData.of(43, 500).item(7));
    }

    @Test
    void a_record_depends_only_on_the_seed_and_its_index() {
        DemoData small = DemoData.of(7, 10);
        DemoData large = DemoData.of(7, 1_000_000);
        assertThat(large.party(3)).isEqualTo(small.party(3));
        assertThat(large.item(9)).isEqualTo(small.item(9));

        // computed backwards, one by one, the records are the same as streamed forwards
        DemoData data = DemoData.of(7, 300);
        List<DemoParty> forwards = data.parties().toList();
        for (int i = 299; i >= 0; i--) {
            assertThat(data.party(i)).isEqualTo(forwards.get(i));
        }
    }

    @Test
    void every_tax_id_and_barcode_is_valid_and_unique() {
        DemoData data = DemoData.of(2026, 100_000);
        Set<String> taxIds = new HashSet<>();
        data.parties().forEach(party -> {
            TaxIdKind expected = party.kind() == DemoParty.Kind.COMPANY ? TaxIdKind.VKN : TaxIdKind.TCKN;
            assertThat(TaxIds.require("taxId", party.taxId())).as(party.toString()).isEqualTo(expected);
            assertThat(taxIds.add(party.taxId())).as("duplicate %s", party.taxId()).isTrue();
        });
        Set<String> barcodes = new HashSet<>();
        data.items().forEach(item -> {
            assertThat(Gtin.isValid(item.barcode())).as(item.toString()).isTrue();
            assertThat(item.barcode()).startsWith("869");
            assertThat(barcodes.add(item.barcode())).as("duplicate %s", item.barcode()).isTrue();
        });
    }

    @Test
    void parties_look_like_turkish_customers_and_suppliers() {
        Set<String> cities = Cities.ALL.stream().map(Cities.City::name).collect(Collectors.toSet());
        List<DemoParty> parties = DemoData.of(1, 5_000).parties().toList();

        assertThat(parties.get(0).code()).isEqualTo("120.01.00001");
        assertThat(parties.get(1).code()).isEqualTo("120.01.00002");
        assertThat(parties.get(4).code()).isEqualTo("320.01.00001");
        assertThat(parties.get(5).code()).isEqualTo("120.01.00005");
        assertThat(parties.stream().map(DemoParty::code).distinct().count()).isEqualTo(5_000);
        assertThat(parties).allSatisfy(party -> {
            assertThat(party.code()).matches(party.role() == PartyRole.SUPPLIER ? "320\\.\\d{2}\\.\\d{5}"
                    : "120\\.\\d{2}\\.\\d{5}");
            assertThat(party.address().city()).isIn(cities);
            assertThat(Cities.ALL.stream().filter(c -> c.name().equals(party.address().city())).findFirst()
                    .orElseThrow().districts()).contains(party.address().district());
            assertThat(party.address().postalCode()).matches("\\d{5}");
            assertThat(party.email()).matches("[a-z0-9.]+@([a-z0-9]+\\.)?example\\.com");
            assertThat(party.phone()).matches("0\\d{10}");
            if (party.kind() == DemoParty.Kind.COMPANY) {
                assertThat(party.taxOffice()).endsWith(" Vergi Dairesi");
                assertThat(party.name()).matches(".+ (A\\.Ş\\.|Ltd\\. Şti\\.|Eczanesi)");
            } else {
                assertThat(party.role()).isEqualTo(PartyRole.CUSTOMER);
                assertThat(party.phone()).startsWith("05");
                assertThat(party.name()).isEqualTo(party.firstName() + " " + party.lastName());
                assertThat(party.taxOffice()).isNull();
            }
        });
        assertThat(parties).filteredOn(p -> p.role() == PartyRole.SUPPLIER)
                .allSatisfy(p -> assertThat(p.kind()).isEqualTo(DemoParty.Kind.COMPANY));
        assertThat(parties).extracting(DemoParty::kind).contains(DemoParty.Kind.COMPANY, DemoParty.Kind.PERSON);
    }

    @Test
    void codes_stay_unique_past_ninety_nine_thousand_nine_hundred_ninety_nine() {
        DemoData data = DemoData.of(1, 1_000_000);
        // customers are four of every five parties: ordinals 99 999 and 100 000 are parties 124 997 and 124 998
        assertThat(data.party(124_997).code()).isEqualTo("120.01.99999");
        assertThat(data.party(124_998).code()).isEqualTo("120.02.00001");
        assertThat(data.party(999_999).code()).isEqualTo("320.03.00002"); // supplier 200 000
        assertThat(data.item(999_999).code()).isEqualTo("STK-1000000");
    }

    @Test
    void items_are_medicines_and_general_goods_with_kdv_rates_and_kurus_prices() {
        DemoData data = DemoData.of(5, 5_000);
        List<DemoItem> items = data.items().toList();

        assertThat(items.get(0).code()).isEqualTo("STK-000001");
        assertThat(items).extracting(DemoItem::kind).contains(DemoItem.Kind.PHARMACY, DemoItem.Kind.GENERAL);
        assertThat(items).extracting(i -> i.vatRate().intValueExact()).containsOnly(1, 10, 20);
        assertThat(items).allSatisfy(item -> {
            assertThat(item.unit()).isEqualTo("ADET");
            assertThat(item.price().scale()).isEqualTo(2);
            assertThat(item.price()).isPositive();
            assertThat(item.priceVatIncluded().scale()).isEqualTo(2);
            assertThat(item.onHand()).isBetween(0, 500);
            if (item.kind() == DemoItem.Kind.PHARMACY) {
                assertThat(item.vatRate()).isEqualTo(BigDecimal.TEN);
                assertThat(item.expiryDate()).isAfter(data.referenceDate());
            } else {
                assertThat(item.expiryDate()).isNull();
            }
        });
        LocalDate today = LocalDate.of(2027, 3, 1);
        assertThat(data.withReferenceDate(today).items().limit(500))
                .filteredOn(i -> i.expiryDate() != null).allSatisfy(i -> assertThat(i.expiryDate()).isAfter(today));
    }

    @Test
    void invoices_reference_the_sets_customers_and_items_and_reconcile() {
        DemoData data = DemoData.of(9, 1_000);
        Set<String> customerCodes = data.parties().filter(p -> p.role() == PartyRole.CUSTOMER)
                .map(DemoParty::code).collect(Collectors.toSet());
        Set<String> itemCodes = data.items().map(DemoItem::code).collect(Collectors.toSet());

        assertThat(data.invoice(0).number()).isEqualTo("FAT2026000000001");
        data.invoices().forEach(invoice -> {
            assertThat(invoice.partyCode()).isIn(customerCodes);
            assertThat(invoice.lines()).isNotEmpty().allSatisfy(l -> assertThat(l.itemCode()).isIn(itemCodes));
            assertThat(invoice.date()).isBeforeOrEqualTo(data.referenceDate());
            assertThat(invoice.dueDate()).isAfterOrEqualTo(invoice.date());
            DocumentTotals totals = DocumentTotals.of(invoice.toInvoice());
            assertThat(totals.check(invoice.toInvoice().statedTotals())).isEmpty();
            assertThat(totals.gross()).isPositive();
        });
    }

    @Test
    void a_million_records_stream_lazily_without_being_kept() {
        DemoData data = DemoData.of(99, 1_000_000);
        DemoParty last = data.party(999_999);
        assertThat(TaxIds.isValid(last.taxId())).isTrue();

        // mapToLong forces every record to be built (count() alone may skip the mapping of a sized stream)
        long valid = data.parties().mapToLong(p -> TaxIds.isValid(p.taxId()) ? 1 : 0).sum();
        assertThat(valid).isEqualTo(1_000_000);
        assertThat(data.parties().reduce((a, b) -> b)).contains(last);
        assertThat(data.items().skip(999_990).map(DemoItem::barcode).filter(Gtin::isValid).count()).isEqualTo(10);
    }

    @Test
    void the_generator_keeps_no_per_record_state() {
        // a data set is its three parameters; the tables it draws from are fixed constants
        assertThat(instanceFields(DemoData.class)).containsExactlyInAnyOrder("seed", "size", "referenceDate");
        for (Class<?> type : List.of(DemoData.class, Parties.class, Items.class, Invoices.class, Seeds.class,
                Words.class, Cities.class, Products.class, Gtin.class)) {
            assertThat(Arrays.stream(type.getDeclaredFields()).filter(f -> Modifier.isStatic(f.getModifiers())))
                    .as(type.getSimpleName()).allMatch(f -> Modifier.isFinal(f.getModifiers()));
        }
        for (Class<?> type : List.of(Parties.class, Items.class, Invoices.class, Seeds.class, Words.class,
                Cities.class, Products.class, Gtin.class)) {
            assertThat(instanceFields(type)).as(type.getSimpleName()).isEmpty();
        }
    }

    @Test
    void rejects_a_bad_size_or_index() {
        assertThatThrownBy(() -> DemoData.of(1, -1)).hasMessage("size: -1 must be between 0 and 100000000");
        assertThatThrownBy(() -> DemoData.of(1, 10).party(10))
                .isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("index: 10 is outside 0..9 of a demo data set of size 10");
        assertThat(DemoData.of(1, 0).parties()).isEmpty();
    }

    @Test
    void maps_to_the_canonical_model() {
        DemoData data = DemoData.of(3, 10);
        DemoParty party = data.party(0);
        assertThat(party.toParty().taxId()).isEqualTo(party.taxId());
        assertThat(party.toParty().address()).isEqualTo(party.address());
        DemoItem item = data.item(0);
        assertThat(item.toItem().barcodes()).containsExactly(item.barcode());
        assertThat(item.toItem().salePriceVatIncluded()).isFalse();
    }

    private static List<String> instanceFields(Class<?> type) {
        return Arrays.stream(type.getDeclaredFields()).filter(f -> !Modifier.isStatic(f.getModifiers()))
                .filter(f -> !f.isSynthetic()).map(Field::getName).toList();
    }
}
