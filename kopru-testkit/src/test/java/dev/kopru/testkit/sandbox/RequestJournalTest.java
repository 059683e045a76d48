package dev.kopru.testkit.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RequestJournalTest {

    @Test
    void keeps_only_the_newest_ten_thousand_entries() {
        RequestJournal journal = new RequestJournal();
        for (int i = 0; i < RequestJournal.CAPACITY + 5; i++) {
            journal.record(Instant.EPOCH, "POST", "/p/" + i, 200, null, null);
        }
        assertThat(journal.size()).isEqualTo(RequestJournal.CAPACITY);
        assertThat(journal.entries().get(0).path()).isEqualTo("/p/5");
        assertThat(journal.entries(2)).extracting(RequestJournal.Entry::path)
                .containsExactly("/p/" + (RequestJournal.CAPACITY + 3), "/p/" + (RequestJournal.CAPACITY + 4));
        assertThat(journal.entries(0)).isEmpty();
    }

    @Test
    void cuts_very_long_bodies() {
        RequestJournal journal = new RequestJournal();
        journal.record(Instant.EPOCH, "POST", "/p", 200, "x".repeat(RequestJournal.MAX_BODY_CHARS + 10), null);
        assertThat(journal.entries().get(0).body()).endsWith("(10 more characters)");
    }

    @Test
    void masks_secrets_at_any_depth_and_in_arrays() {
        String masked = SecretMasker.mask("""
                {"a":[{"password":"p1"},{"nested":{"ApiKey":"k1","Token ":"t1"}}],"SessionId":"s1","sira":3}""");
        assertThat(masked).doesNotContain("p1", "k1", "t1", "s1").contains("\"sira\":3");
    }

    @Test
    void masks_form_bodies_and_broken_json() {
        assertThat(SecretMasker.mask("user=ws&password=ws1&x=1")).isEqualTo("user=ws&password=****&x=1");
        assertThat(SecretMasker.mask("&apikey=k&&a=")).isEqualTo("&apikey=****&&a=");
        assertThat(SecretMasker.mask("{\"Sifre\":\"abc\", broken")).doesNotContain("abc");
    }

    @Test
    void leaves_null_and_empty_bodies_alone() {
        assertThat(SecretMasker.mask(null)).isNull();
        assertThat(SecretMasker.mask("")).isEmpty();
    }
}
