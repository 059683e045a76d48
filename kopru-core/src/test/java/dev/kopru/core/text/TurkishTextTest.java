package dev.kopru.core.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TurkishTextTest {

    @Test
    void upper_cases_dotted_and_dotless_i_the_turkish_way() {
        assertThat(TurkishText.upper("istanbul")).isEqualTo("İSTANBUL");
        assertThat(TurkishText.upper("Ilıca")).isEqualTo("ILICA");
        assertThat(TurkishText.upper("çağrı şüküroğlu")).isEqualTo("ÇAĞRI ŞÜKÜROĞLU");
    }

    @Test
    void lower_cases_dotted_and_dotless_i_the_turkish_way() {
        assertThat(TurkishText.lower("IĞDIR")).isEqualTo("ığdır");
        assertThat(TurkishText.lower("İZMİR")).isEqualTo("izmir");
        assertThat(TurkishText.lower("Ilıca")).isEqualTo("ılıca");
    }

    @Test
    void compares_codes_case_insensitively_the_turkish_way() {
        assertThat(TurkishText.codeKey("ılıca")).isEqualTo(TurkishText.codeKey("ILICA"));
        assertThat(TurkishText.sameCode("Ilıca", "ILICA")).isTrue();
        assertThat(TurkishText.sameCode("istanbul", "İSTANBUL")).isTrue();
        assertThat(TurkishText.sameCode("ISTANBUL", "istanbul")).isFalse();
        assertThat(TurkishText.sameCode("stk-001", "STK-001")).isTrue();
        assertThat(TurkishText.sameCode("STK-001 ", "STK-001")).isFalse();
        assertThat(TurkishText.sameCode(null, null)).isTrue();
        assertThat(TurkishText.sameCode(null, "A")).isFalse();
    }

    @Test
    void matches_a_decomposed_dotted_capital_i() {
        assertThat(TurkishText.sameCode("I\u0307ZMI\u0307R", "izmir")).isTrue();
        assertThat(TurkishText.sameCode("IZMIR", "izmir")).isFalse();
    }

    @Test
    void folds_turkish_letters_to_ascii() {
        assertThat(TurkishText.toAscii("Çağrı Işık, Şöğüt İlçesi")).isEqualTo("Cagri Isik, Sogut Ilcesi");
        assertThat(TurkishText.toAscii("Hâkim")).isEqualTo("Hakim");
    }

    @Test
    void passes_null_through() {
        assertThat(TurkishText.upper(null)).isNull();
        assertThat(TurkishText.lower(null)).isNull();
        assertThat(TurkishText.codeKey(null)).isNull();
        assertThat(TurkishText.toAscii(null)).isNull();
    }
}
