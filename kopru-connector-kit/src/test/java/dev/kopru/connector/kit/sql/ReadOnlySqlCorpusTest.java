package dev.kopru.connector.kit.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.kopru.core.input.InvalidInputException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every statement of the two corpora beside this test, classified as SQL Server would have to be protected. */
class ReadOnlySqlCorpusTest {

    static final List<String> REFUSED = Corpus.read("refused.sql");
    static final List<String> REPORTS = Corpus.read("read-only-reports.sql");

    @Test
    void the_corpus_holds_at_least_300_statements_half_of_them_refused() {
        assertThat(REFUSED.size() + REPORTS.size()).isGreaterThanOrEqualTo(300);
        assertThat(REFUSED.size()).isGreaterThanOrEqualTo((REFUSED.size() + REPORTS.size()) / 2);
    }

    @TestFactory
    Stream<DynamicTest> refuses_every_write_command_lock_wait_outside_read_and_smuggled_statement() {
        return REFUSED.stream().map(sql -> DynamicTest.dynamicTest(Corpus.name(sql), () -> {
            InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                    () -> ReadOnlySql.query("SQLSorgu", sql));
            assertThat(refused).as("refused: %s", sql).isNotNull();
            assertThat(refused.field()).isEqualTo("SQLSorgu");
            assertThat(refused.getMessage()).startsWith("SQLSorgu: ").doesNotContain("net.sf.jsqlparser");
        }));
    }

    @TestFactory
    Stream<DynamicTest> passes_every_read_only_report() {
        return REPORTS.stream().map(sql -> DynamicTest.dynamicTest(Corpus.name(sql),
                () -> assertThatCode(() -> ReadOnlySql.query("sql", sql)).as(sql).doesNotThrowAnyException()));
    }
}
