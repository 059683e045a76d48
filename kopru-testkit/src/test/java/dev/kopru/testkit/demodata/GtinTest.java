package dev.kopru.testkit.demodata;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GtinTest {

    @Test
    void accepts_a_known_barcode_and_rejects_a_changed_digit() {
        assertThat(Gtin.isValid("4006381333931")).isTrue();   // the textbook EAN-13 example
        assertThat(Gtin.isValid("4006381333932")).isFalse();
        assertThat(Gtin.isValid("4006381383931")).isFalse();
        assertThat(Gtin.isValid("400638133393")).isFalse();
        assertThat(Gtin.isValid(null)).isFalse();
    }

    @Test
    void completes_twelve_digits_with_the_check_digit() {
        // 8,6,9,0,0,0,0,0,0,0,0,1 weighted 1,3,1,3…: 8 + 18 + 9 + 3 = 38 → (10 − 8) mod 10 = 2
        assertThat(Gtin.complete("869000000001")).isEqualTo("8690000000012");
        assertThatThrownBy(() -> Gtin.complete("86900000001")).hasMessageStartingWith("firstTwelve: must be exactly 12");
    }
}
