package dev.kopru.core.money;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VatRateTest {

    @Test
    void accepts_the_current_and_the_pre_2023_rates() {
        for (String rate : new String[] {"0", "1", "8", "10", "18", "20"}) {
            assertThat(VatRate.isValid(new BigDecimal(rate))).as(rate).isTrue();
        }
        assertThat(VatRate.all()).extracting(VatRate::percent).containsExactly(0, 1, 8, 10, 18, 20);
        assertThat(VatRate.all()).filteredOn(VatRate::current).extracting(VatRate::percent)
                .containsExactly(0, 1, 10, 20);
    }

    @Test
    void accepts_a_rate_at_any_scale() {
        assertThat(VatRate.of(new BigDecimal("20.00"))).isEqualTo(VatRate.TWENTY);
        assertThat(VatRate.of(new BigDecimal("2E+1"))).isEqualTo(VatRate.TWENTY);
        assertThat(VatRate.of(new BigDecimal("0.000"))).isEqualTo(VatRate.ZERO);
        assertThat(VatRate.of(new BigDecimal("1.0"))).isEqualTo(VatRate.ONE);
    }

    @Test
    void rejects_a_rate_that_is_not_a_turkish_kdv_rate_naming_the_field() {
        assertThatThrownBy(() -> VatRate.of(new BigDecimal("19")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("vatRate: 19 is not a Turkish KDV rate (0, 1, 8, 10, 18, 20)");
        assertThatThrownBy(() -> VatRate.of(new BigDecimal("19.00")))
                .hasMessage("vatRate: 19 is not a Turkish KDV rate (0, 1, 8, 10, 18, 20)");
        assertThatThrownBy(() -> VatRate.of(new BigDecimal("20.5"))).hasMessageStartingWith("vatRate: 20.5 is not");
        assertThatThrownBy(() -> VatRate.of(new BigDecimal("-20"))).hasMessageStartingWith("vatRate: -20 is not");
        assertThatThrownBy(() -> VatRate.of(new BigDecimal("1E+40"))).hasMessageStartingWith("vatRate: 1000");
        assertThatThrownBy(() -> VatRate.of(new BigDecimal("0.20")))
                .hasMessageStartingWith("vatRate: 0.2 is not");
        assertThatThrownBy(() -> VatRate.of(7)).hasMessageStartingWith("vatRate: 7 is not");
    }

    @Test
    void rejects_a_missing_rate() {
        assertThatThrownBy(() -> VatRate.of((BigDecimal) null)).hasMessage("vatRate: must not be null");
        assertThat(VatRate.isValid(null)).isFalse();
    }

    @Test
    void orders_and_prints_the_turkish_way() {
        assertThat(VatRate.TEN).isLessThan(VatRate.EIGHTEEN);
        assertThat(VatRate.TWENTY).hasToString("%20");
        assertThat(VatRate.EIGHT.asBigDecimal()).isEqualTo("8");
    }
}
