package dev.kopru.connector.kit.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kopru.core.input.InvalidInputException;
import java.net.URI;
import org.junit.jupiter.api.Test;

class NextLinksTest {

    private static final URI BASE = URI.create("http://erp.example:32001");

    @Test
    void keeps_the_links_path_and_query_on_the_configured_host() {
        assertThat(NextLinks.onto(BASE, "http://172.16.57.114:32001/api/v1/items?offset=10&limit=10"))
                .isEqualTo("http://erp.example:32001/api/v1/items?offset=10&limit=10");
    }

    @Test
    void encodes_what_a_server_echoes_undecoded_and_keeps_what_is_encoded() {
        assertThat(NextLinks.onto(BASE, "http://h/api/v1/Arps?offset=2&q=TITLE like '*ANONİM*'&sort=CODE%20desc"))
                .isEqualTo("http://erp.example:32001/api/v1/Arps?offset=2&q=TITLE%20like%20'*ANON%C4%B0M*'"
                        + "&sort=CODE%20desc");
        assertThat(URI.create(NextLinks.onto(BASE, "/api/v1/items?q=CODE eq 'A B'"))).isNotNull();
    }

    @Test
    void refuses_a_link_without_a_path_naming_next() {
        assertThatThrownBy(() -> NextLinks.onto(BASE, "http://h:32001"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("next"));
        assertThatThrownBy(() -> NextLinks.onto(BASE, null)).isInstanceOf(InvalidInputException.class);
    }
}
