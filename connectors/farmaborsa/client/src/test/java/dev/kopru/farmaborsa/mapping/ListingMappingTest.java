package dev.kopru.farmaborsa.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.kopru.core.connector.ConnectorException;
import dev.kopru.core.model.ExpiryKind;
import dev.kopru.core.model.Listing;
import dev.kopru.farmaborsa.client.IlanInput;
import dev.kopru.farmaborsa.client.IlanlarimSatiri;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Listing ↔ ilan: what goes out, what comes back, and what is refused before sending. */
class ListingMappingTest {

    private static final Listing DATED = new Listing(null, "STK-0042", "7612076396470", "DAYLONG ACTINICA GUNES", 5,
            3, new BigDecimal("89.5"), new BigDecimal("20"), new BigDecimal("99.90"), LocalDate.of(2026, 1, 31),
            ExpiryKind.DATED, true, null, null);

    @Test
    void sends_a_dated_listing_with_its_vat_included_price_and_expiry_date() {
        IlanInput ilan = ListingMapping.toIlan("IlanKaydet", 0, DATED);
        assertThat(ilan.ilan()).isZero();
        assertThat(ilan.urunErp()).isEqualTo("STK-0042");
        assertThat(ilan.barkod()).isEqualTo("7612076396470");
        assertThat(ilan.tutar()).isEqualByComparingTo("89.50").hasScaleOf(2);
        assertThat(ilan.kdv()).isEqualByComparingTo("20");
        assertThat(ilan.psf()).isEqualByComparingTo("99.90");
        assertThat(ilan.miadTip()).isEqualTo(1);
        assertThat(ilan.miad()).isEqualTo("2026-01-31");
        assertThat(ilan.adet()).isEqualTo(5);
        assertThat(ilan.maxAdet()).isEqualTo(3);
        assertThat(ilan.aktif()).isEqualTo(1);
    }

    @Test
    void sends_an_expiry_type_without_a_date_and_a_passive_listing_as_aktif_0() {
        Listing overAYear = with(DATED, null, ExpiryKind.OVER_12_MONTHS, false);
        IlanInput ilan = ListingMapping.toIlan("IlanKaydet", 84380, overAYear);
        assertThat(ilan.ilan()).isEqualTo(84380);
        assertThat(ilan.miadTip()).isEqualTo(3);
        assertThat(ilan.miad()).isNull();
        assertThat(ilan.aktif()).isZero();
    }

    @Test
    void reads_back_what_it_sent_except_what_the_vendors_list_omits() {
        IlanInput sent = ListingMapping.toIlan("IlanKaydet", 0, DATED);
        IlanlarimSatiri row = new IlanlarimSatiri(1, 84381, sent.urunAd(), sent.adet(), sent.maxAdet(), 1462,
                sent.tutar(), false, 40114, "1-2026", "01-2026", 1, "Standart", sent.barkod(), sent.psf(), "89.50 TL",
                null);

        Listing back = ListingMapping.fromRow(row, true);

        assertThat(back.key()).isEqualTo("84381");
        assertThat(back).usingRecursiveComparison().ignoringFields("key", "itemCode", "vatRate")
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(DATED);
        assertThat(back.itemCode()).as("IlanlarimListesi does not return urunErp").isNull();
        assertThat(back.vatRate()).as("nor kdv").isNull();
    }

    @Test
    void reads_a_month_precision_expiry_as_the_last_day_of_that_month() {
        IlanlarimSatiri row = new IlanlarimSatiri(1, 84380, "X", 100, 100, 1462, new BigDecimal("78.9"), false, 40114,
                "2-2024", "02-2024", 1, "Standart", "7612076396470", null, "78.90 TL", null);
        Listing listing = ListingMapping.fromRow(row, false);
        assertThat(listing.expiryDate()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(listing.price()).isEqualByComparingTo("78.90").hasScaleOf(2);
        assertThat(listing.retailPrice()).isNull();
        assertThat(listing.active()).isFalse();
        assertThat(listing.maxPerOrder()).isEqualTo(100);
    }

    @Test
    void refuses_a_price_of_zero_naming_price() {
        assertRefused(withPrice(DATED, BigDecimal.ZERO), "price", "greater than 0");
    }

    @Test
    void refuses_a_price_below_a_kurus_naming_price() {
        assertRefused(withPrice(DATED, new BigDecimal("89.505")), "price", "two decimals");
    }

    @Test
    void refuses_a_dated_expiry_without_a_date() {
        assertRefused(with(DATED, null, ExpiryKind.DATED, true), "expiryDate", "required");
    }

    @Test
    void refuses_a_date_on_an_undated_expiry_type_rather_than_dropping_it() {
        assertRefused(with(DATED, LocalDate.of(2026, 1, 31), ExpiryKind.UNDER_12_MONTHS, true), "expiryDate",
                "must be empty");
    }

    @Test
    void refuses_a_listing_without_a_barcode_or_name() {
        Listing noBarcode = Listing.builder().barcode(" ").name("X").quantity(1).price(BigDecimal.TEN)
                .expiryKind(ExpiryKind.OVER_12_MONTHS).active(true).build();
        assertRefused(noBarcode, "barcode", "required");
        Listing noName = Listing.builder().barcode("123").quantity(1).price(BigDecimal.TEN)
                .expiryKind(ExpiryKind.OVER_12_MONTHS).active(true).build();
        assertRefused(noName, "name", "required");
    }

    @Test
    void refuses_a_vat_rate_that_is_not_turkish() {
        Listing odd = Listing.builder().barcode("123").name("X").quantity(1).price(BigDecimal.TEN)
                .vatRate(new BigDecimal("7")).expiryKind(ExpiryKind.OVER_12_MONTHS).active(true).build();
        assertRefused(odd, "vatRate", "KDV");
    }

    @Test
    void names_the_canonical_field_for_a_vendor_field() {
        assertThat(ListingMapping.canonicalField("tutar")).isEqualTo("price");
        assertThat(ListingMapping.canonicalField("miad")).isEqualTo("expiryDate");
        assertThat(ListingMapping.canonicalField("somethingElse")).isEqualTo("somethingElse");
    }

    private static void assertRefused(Listing listing, String field, String reason) {
        ConnectorException.Validation refused = catchThrowableOfType(ConnectorException.Validation.class,
                () -> ListingMapping.toIlan("IlanKaydet", 0, listing));
        assertThat(refused).as("refused for %s", field).isNotNull();
        assertThat(refused.field()).contains(field);
        assertThat(refused.getMessage()).startsWith(field + ":").contains(reason, "nothing was sent");
        assertThat(refused.vendorMessage()).isEmpty();
    }

    private static Listing withPrice(Listing l, BigDecimal price) {
        return l.toBuilder().price(price).productRequest(null).changedAt(null).build();
    }

    private static Listing with(Listing l, LocalDate expiry, ExpiryKind kind, boolean active) {
        return l.toBuilder().expiryDate(expiry).expiryKind(kind).active(active).productRequest(null).changedAt(null)
                .build();
    }
}
