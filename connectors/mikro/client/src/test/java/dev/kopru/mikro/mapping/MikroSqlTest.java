package dev.kopru.mikro.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MikroSqlTest {

    @Test
    void doubles_single_quotes_and_keeps_turkish_letters() {
        assertThat(MikroSql.text("code", "Ali'nin Çiftliği")).isEqualTo("'Ali''nin Çiftliği'");
        assertThat(MikroSql.text("code", "''")).isEqualTo("''''''");
    }

    @Test
    void refuses_control_characters_naming_the_field() {
        assertThatThrownBy(() -> MikroSql.text("number", "A\u0000B")).hasMessageStartingWith("number:")
                .hasMessageContaining("U+0000");
        assertThatThrownBy(() -> MikroSql.text("number", "A\rB")).hasMessageContaining("control character");
    }

    @Test
    void accepts_only_plain_column_names_from_configuration() {
        assertThat(MikroSql.column("naturalKeyColumn", "cha_belge_no")).isEqualTo("cha_belge_no");
        assertThatThrownBy(() -> MikroSql.column("naturalKeyColumn", "cha_belge_no; --"))
                .hasMessageStartingWith("naturalKeyColumn:");
    }

    @Test
    void a_document_key_is_series_dash_sequence_even_when_the_series_has_a_dash() {
        assertThat(DocumentKey.parse("ALP-39")).contains(new DocumentKey("ALP", 39));
        assertThat(DocumentKey.parse("A-B-7")).contains(new DocumentKey("A-B", 7));
        assertThat(DocumentKey.parse("-1")).contains(new DocumentKey("", 1));
        assertThat(DocumentKey.parse("KOPRU-NO-SUCH-X")).isEmpty();
    }
}
