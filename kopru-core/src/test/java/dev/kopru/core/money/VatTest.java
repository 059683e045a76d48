package dev.kopru.core.money;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VatTest {

    @Test
    void converts_unit_prices_at_four_decimals() {
        assertThat(Vat.excluded(new BigDecimal("120"), new BigDecimal("20"))).isEqualTo("100.0000");
        assertThat(Vat.included(new BigDecimal("100"), new BigDecimal("20"))).isEqualTo("120.0000");
        assertThat(Vat.excluded(new BigDecimal("33.33"), new BigDecimal("10"))).isEqualTo("30.3000");
        assertThat(Vat.excluded(new BigDecimal("10.00"), new BigDecimal("18"))).isEqualTo("8.4746");
        assertThat(Vat.included(new BigDecimal("8.4746"), new BigDecimal("18.00"))).isEqualTo("10.0000");
        assertThat(Vat.excluded(new BigDecimal("49.90"), new BigDecimal("0"))).isEqualTo("49.9000");
    }

    @Test
    void converts_at_an_explicit_scale_rounding_half_up_once() {
        // 1.05 / 1.10 = 0.954545…: one correct rounding, not a rounding of a rounding
        assertThat(Vat.excluded(new BigDecimal("1.05"), VatRate.TEN, 2)).isEqualTo("0.95");
        assertThat(Vat.included(new BigDecimal("0.125"), VatRate.ZERO, 2)).isEqualTo("0.13");
        assertThat(Vat.amount(new BigDecimal("0.25"), VatRate.TWENTY)).isEqualTo("0.05");
        assertThat(Vat.amount(new BigDecimal("0.05"), VatRate.TEN)).isEqualTo("0.01");
    }

    @Test
    void a_price_converted_to_excluded_and_back_stays_within_half_a_kurus() {
        Random random = new Random(20231001);
        BigDecimal halfKurus = new BigDecimal("0.005");
        for (int n = 0; n < 20_000; n++) {
            BigDecimal price = BigDecimal.valueOf(random.nextInt(10_000_000) + 1L, 2);
            BigDecimal rate = VatRate.all().get(random.nextInt(6)).asBigDecimal();

            BigDecimal back = Vat.included(Vat.excluded(price, rate), rate);
            assertThat(back.subtract(price).abs()).as("%s at %s", price, rate).isLessThanOrEqualTo(halfKurus);
            assertThat(back.setScale(2, Vat.ROUNDING)).as("%s at %s", price, rate).isEqualTo(price);

            BigDecimal forth = Vat.excluded(Vat.included(price, rate), rate);
            assertThat(forth.setScale(2, Vat.ROUNDING)).as("%s at %s", price, rate).isEqualTo(price);
        }
    }

    @Test
    void rejects_a_missing_price_or_an_unknown_rate() {
        assertThatThrownBy(() -> Vat.excluded(null, BigDecimal.TEN)).hasMessage("price: must not be null");
        assertThatThrownBy(() -> Vat.included(BigDecimal.ONE, new BigDecimal("19")))
                .hasMessageStartingWith("vatRate: 19 is not");
    }
}
