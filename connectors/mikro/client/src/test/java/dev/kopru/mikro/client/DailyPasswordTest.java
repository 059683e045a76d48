package dev.kopru.mikro.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DailyPasswordTest {

    @Test
    void hashes_the_date_a_space_and_the_password_as_lowercase_hex_md5() {
        // Expected values computed independently (coreutils md5sum, Python hashlib) from the exact input strings.
        assertThat(DailyPassword.hash(LocalDate.of(2025, 11, 22), "123asd"))
                .isEqualTo("aeb1a1d06387a88c31c3d67d4c2ae266");
        assertThat(DailyPassword.hash(LocalDate.of(2023, 3, 9), "123asd"))
                .isEqualTo("a7045f51f2e1f7f21714d3f9dcd747f8");
    }

    @Test
    void the_reference_worked_example_is_not_the_md5_of_its_own_input() {
        // mikro.md §3.2 quotes MD5("2026-04-15 159753") = 9fce5c5935a265b4e6f54754c25158fd from a public Postman
        // digest. It is not: the MD5 of that string is ec9afe7e…; no date format, separator or encoding we tried
        // yields 9fce5c…, so the example was most likely computed from another input. We follow the documented
        // rule, not the example.
        assertThat(DailyPassword.hash(LocalDate.of(2026, 4, 15), "159753"))
                .isEqualTo("ec9afe7ef4e6d9ee5b9dd2f70839cc2b")
                .isNotEqualTo("9fce5c5935a265b4e6f54754c25158fd");
    }

    @Test
    void hashes_only_the_date_and_a_space_for_an_empty_password() {
        assertThat(DailyPassword.hash(LocalDate.of(2026, 4, 15), ""))
                .hasSize(32).isLowerCase().isNotEqualTo(DailyPassword.hash(LocalDate.of(2026, 4, 16), ""));
    }

    @Test
    void uses_the_istanbul_date_which_is_already_tomorrow_late_in_the_utc_evening() {
        assertThat(DailyPassword.serverDay(Instant.parse("2025-11-21T21:30:00Z"))).isEqualTo("2025-11-22");
        assertThat(DailyPassword.serverDay(Instant.parse("2025-11-21T20:59:59Z"))).isEqualTo("2025-11-21");
    }

    @Test
    void the_adjacent_day_is_the_utc_date_when_utc_is_still_on_the_previous_day() {
        assertThat(DailyPassword.adjacentDay(Instant.parse("2025-11-21T21:30:00Z"))).isEqualTo("2025-11-21");
    }

    @Test
    void the_adjacent_day_is_yesterday_in_the_istanbul_morning_and_tomorrow_in_the_evening() {
        // 06:00 and 23:30 Istanbul time, when the UTC date is the same as Istanbul's.
        assertThat(DailyPassword.adjacentDay(Instant.parse("2025-11-22T03:00:00Z"))).isEqualTo("2025-11-21");
        assertThat(DailyPassword.adjacentDay(Instant.parse("2025-11-22T20:30:00Z"))).isEqualTo("2025-11-23");
    }
}
