package dev.kopru.connector.kit.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kopru.core.connector.Cursor;
import dev.kopru.core.connector.Page;
import dev.kopru.core.connector.Unreadable;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PageRowsTest {

    record Card(String code, Integer currency) {
    }

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void a_row_that_does_not_parse_or_map_is_kept_as_unreadable_and_the_others_go_through() throws Exception {
        var array = json.readTree("""
                [{"code":"A","currency":0},{"code":"B","currency":"bozuk"},{"currency":1},{"code":"D","currency":9}]""");

        Page<String> page = PageRows.parse(json, array, Card.class, "code")
                .map(card -> {
                    if (card.currency() == 9) {
                        throw new IllegalArgumentException("currency: 9 is no currency");
                    }
                    return card.code() + "/" + card.currency();
                })
                .page(new Cursor("next"), false);

        assertThat(page.records()).containsExactly("A/0", "null/1");
        assertThat(page.unreadable()).extracting(Unreadable::key).containsExactly(Optional.of("B"), Optional.of("D"));
        assertThat(page.unreadable().getFirst().rawJson()).contains("bozuk");
        assertThat(page.unreadable().getFirst().reason()).startsWith("cannot parse Card");
        assertThat(page.unreadable().get(1).reason()).isEqualTo("cannot map: currency: 9 is no currency");
    }

    @Test
    void a_caller_that_needs_every_row_is_refused_an_answer_with_an_unreadable_row() throws Exception {
        var rows = PageRows.parse(json, json.readTree("{\"code\":\"B\",\"currency\":\"bozuk\"}"), Card.class, "code");

        assertThat(rows.size()).isEqualTo(1);
        assertThatThrownBy(() -> rows.readable("CardList")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("CardList: cannot parse Card");
    }
}
