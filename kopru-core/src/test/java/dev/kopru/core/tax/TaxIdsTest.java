package dev.kopru.core.tax;

import dev.kopru.core.tax.TaxIdCheck.Invalid;
import dev.kopru.core.tax.TaxIdCheck.Rule;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TaxIdsTest {

    @Test
    void accepts_known_valid_ids() {
        // 10000000146: the TCKN published for testing; 4540536920: a VKN used as a valid example in public
        // checksum libraries; the others are computed by hand from the rules.
        assertThat(TaxIds.check("10000000146")).isEqualTo(new TaxIdCheck.Valid("10000000146", TaxIdKind.TCKN));
        assertThat(TaxIds.check("4540536920")).isEqualTo(new TaxIdCheck.Valid("4540536920", TaxIdKind.VKN));
        assertThat(TaxIds.isValid("12345678950")).isTrue();
        assertThat(TaxIds.isValid("0000000001")).isTrue();
        assertThat(TaxIds.isValid("1234567891")).isFalse();
    }

    @Test
    void computes_the_vkn_check_digit_by_hand() {
        // 123456789: t = (d_i + 10 − i) mod 10 = 0,0,0,0,0,0,0,0,0 → every p = 0 → check (10 − 0) mod 10 = 0
        assertThat(TaxIds.completeVkn("123456789")).isEqualTo("1234567890");
        // 000000000: t = 9,8,7,6,5,4,3,2,1; p = 9, 8×256 mod 9 = 5, 7×128 mod 9 = 5, 6×64 mod 9 = 6, 5×32 mod 9 = 7,
        // 4×16 mod 9 = 1, 3×8 mod 9 = 6, 2×4 mod 9 = 8, 1×2 mod 9 = 2; Σ = 49 → check (10 − 9) mod 10 = 1
        assertThat(TaxIds.completeVkn("000000000")).isEqualTo("0000000001");
    }

    @Test
    void explains_which_tckn_rule_failed() {
        assertThat(TaxIds.check("12345678901")).isEqualTo(new Invalid("12345678901", Rule.TCKN_10TH_DIGIT,
                "TCKN 12345678901: 10th digit must be 5, was 0 (rule: ((d1+d3+d5+d7+d9)×7 − (d2+d4+d6+d8)) mod 10)"));
        assertThat(message("12345678951"))
                .isEqualTo("TCKN 12345678951: 11th digit must be 0, was 1 (rule: (d1+d2+…+d10) mod 10)");
        assertThat(message("01234567890")).isEqualTo("TCKN 01234567890 must not start with 0");
    }

    @Test
    void explains_a_wrong_vkn_check_digit() {
        assertThat(message("4540536921")).startsWith("VKN 4540536921: check digit (10th) must be 0, was 1 (rule: GİB");
    }

    @Test
    void rejects_a_wrong_length_or_a_non_digit() {
        assertThat(message("123456789"))
                .isEqualTo("tax id '123456789' must be 10 digits (VKN) or 11 digits (TCKN), was 9");
        assertThat(message("")).endsWith("was 0");
        assertThat(message("45405 36920")).isEqualTo("tax id '45405 36920' contains a non-digit (' ' at position 6)");
        assertThat(message("454053692O")).contains("contains a non-digit ('O' at position 10)");
        assertThat(message("４540536920")).contains("contains a non-digit");
        assertThat(message(null)).isEqualTo("tax id must not be null");
    }

    @Test
    void require_names_the_field() {
        assertThat(TaxIds.require("taxId", "4540536920")).isEqualTo(TaxIdKind.VKN);
        assertThatThrownBy(() -> TaxIds.require("party.taxId", "123456789"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("party.taxId: tax id '123456789' must be 10 digits (VKN) or 11 digits (TCKN), was 9");
    }

    @Test
    void tells_the_kind_by_length() {
        assertThat(TaxIds.kind("4540536920")).isEqualTo(TaxIdKind.VKN);
        assertThat(TaxIds.kind("10000000146")).isEqualTo(TaxIdKind.TCKN);
        assertThat(TaxIds.kind("10000000147")).isEqualTo(TaxIdKind.TCKN); // kind does not check digits
        assertThatThrownBy(() -> TaxIds.kind("123")).hasMessageContaining("must be 10 digits (VKN) or 11 digits");
        assertThatThrownBy(() -> TaxIds.kind("12345abcde")).hasMessageContaining("contains a non-digit");
    }

    @Test
    void generates_valid_ids() {
        Random random = new Random(42);
        for (int n = 0; n < 10_000; n++) {
            String vkn = TaxIds.randomVkn(random);
            String tckn = TaxIds.randomTckn(random);
            assertThat(TaxIds.check(vkn)).isEqualTo(new TaxIdCheck.Valid(vkn, TaxIdKind.VKN));
            assertThat(TaxIds.check(tckn)).isEqualTo(new TaxIdCheck.Valid(tckn, TaxIdKind.TCKN));
        }
        assertThatThrownBy(() -> TaxIds.completeTckn("012345678")).hasMessage("firstNine: a TCKN must not start with 0");
        assertThatThrownBy(() -> TaxIds.completeVkn("12345678")).hasMessageStartingWith("firstNine: must be exactly 9");
    }

    @Test
    void detects_every_single_digit_change() {
        Random random = new Random(7);
        for (int n = 0; n < 2_000; n++) {
            assertEveryCorruptionRejected(TaxIds.randomVkn(random));
            assertEveryCorruptionRejected(TaxIds.randomTckn(random));
        }
    }

    @Test
    void a_changed_check_digit_is_always_rejected_by_its_own_rule() {
        Random random = new Random(8);
        for (int n = 0; n < 2_000; n++) {
            String vkn = TaxIds.randomVkn(random);
            String tckn = TaxIds.randomTckn(random);
            for (char digit = '0'; digit <= '9'; digit++) {
                if (digit != vkn.charAt(9)) {
                    assertThat(rule(replace(vkn, 9, digit))).isEqualTo(Rule.VKN_CHECK_DIGIT);
                }
                if (digit != tckn.charAt(9)) {
                    assertThat(rule(replace(tckn, 9, digit))).isEqualTo(Rule.TCKN_10TH_DIGIT);
                }
                if (digit != tckn.charAt(10)) {
                    assertThat(rule(replace(tckn, 10, digit))).isEqualTo(Rule.TCKN_11TH_DIGIT);
                }
            }
        }
    }

    private static void assertEveryCorruptionRejected(String id) {
        for (int position = 0; position < id.length(); position++) {
            for (char digit = '0'; digit <= '9'; digit++) {
                if (digit != id.charAt(position)) {
                    String corrupted = replace(id, position, digit);
                    assertThat(TaxIds.isValid(corrupted)).as("%s from %s", corrupted, id).isFalse();
                }
            }
        }
    }

    private static String replace(String id, int position, char digit) {
        return id.substring(0, position) + digit + id.substring(position + 1);
    }

    private static Rule rule(String id) {
        return ((Invalid) TaxIds.check(id)).rule();
    }

    private static String message(String id) {
        return ((Invalid) TaxIds.check(id)).message();
    }
}
