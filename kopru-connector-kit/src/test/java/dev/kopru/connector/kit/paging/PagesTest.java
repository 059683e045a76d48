package dev.kopru.connector.kit.paging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PagesTest {

    @Test
    void reads_pages_until_the_first_empty_one_even_after_a_short_page() {
        List<Integer> asked = new ArrayList<>();
        List<List<String>> vendor = List.of(List.of("a", "b"), List.of("c"), List.of("d"), List.of());

        List<String> rows = Pages.untilEmpty(page -> {
            asked.add(page);
            return vendor.get(page - 1);
        }).toList();

        assertThat(rows).containsExactly("a", "b", "c", "d");
        assertThat(asked).containsExactly(1, 2, 3, 4);
    }

    @Test
    void fetches_a_page_only_when_the_rows_before_it_are_consumed() {
        List<Integer> asked = new ArrayList<>();

        List<Integer> first = Pages.untilEmpty(page -> {
            asked.add(page);
            return List.of(page * 10, page * 10 + 1);
        }).limit(3).toList();

        assertThat(first).containsExactly(10, 11, 20);
        assertThat(asked).containsExactly(1, 2);
    }

    @Test
    void an_empty_first_page_is_an_empty_stream() {
        assertThat(Pages.untilEmpty(page -> List.<String>of())).isEmpty();
    }
}
