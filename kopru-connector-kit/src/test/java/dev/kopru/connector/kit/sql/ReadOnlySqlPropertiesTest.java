package dev.kopru.connector.kit.sql;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kopru.core.input.InvalidInputException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * What must not change a verdict: comments, whitespace (CR, LF, CR-LF, tabs), letter case and a trailing semicolon
 * around and between the tokens of a statement. Blanks are only replaced where the statement had one, so a variant
 * is the same statement to SQL Server.
 */
class ReadOnlySqlPropertiesTest {

    private static final List<String> BLANKS = List.of(" ", "  ", "\t", "\r\n", "\n", "\r", " \r\n\t");
    private static final List<String> COMMENTS = List.of("/* x */", "/**/", "/* /* nested */ */", "-- x\n",
            "-- x\r", "-- x\r\n", "/* SELECT 1 */", "-- ;\n");

    @Property(tries = 2000)
    void a_refused_statement_stays_refused_however_it_is_laid_out(@ForAll("refusedVariants") String sql) {
        assertThatThrownBy(() -> ReadOnlySql.query("SQLSorgu", sql)).as(sql).isInstanceOf(InvalidInputException.class);
    }

    @Property(tries = 1000)
    void a_report_still_passes_however_it_is_laid_out(@ForAll("reportVariants") String sql) {
        assertThatCode(() -> ReadOnlySql.query("sql", sql)).as(sql).doesNotThrowAnyException();
    }

    @Property(tries = 1000)
    void a_refused_statement_after_a_where_condition_is_refused(@ForAll("refusedAfterCondition") String where) {
        assertThatThrownBy(() -> ReadOnlySql.condition("WhereStr", where)).as(where)
                .isInstanceOf(InvalidInputException.class);
    }

    @Provide
    Arbitrary<String> refusedAfterCondition() {
        Arbitrary<String> condition = Arbitraries.of("cari_baglanti_tipi = 0", "cari_kod LIKE '120%'",
                "cari_kod IN (SELECT cha_kod FROM CARI_HESAP_HAREKETLERI)", "(1 = 1)");
        return Combinators.combine(condition, Arbitraries.of(BLANKS), Arbitraries.of(ReadOnlySqlCorpusTest.REFUSED))
                .as((where, blank, statement) -> where + blank + statement);
    }

    @Provide
    Arbitrary<String> refusedVariants() {
        return variantsOf(ReadOnlySqlCorpusTest.REFUSED);
    }

    @Provide
    Arbitrary<String> reportVariants() {
        return variantsOf(ReadOnlySqlCorpusTest.REPORTS);
    }

    private static Arbitrary<String> variantsOf(List<String> corpus) {
        Arbitrary<String> statement = Arbitraries.of(corpus);
        Arbitrary<String> around = Arbitraries.of(concat(BLANKS, COMMENTS)).list().ofMaxSize(3)
                .map(parts -> String.join(" ", parts));
        Arbitrary<Long> seed = Arbitraries.longs();
        return Combinators.combine(statement, around, around, seed, Arbitraries.of(true, false))
                .as((sql, before, after, random, semicolon) -> before + " " + relaid(sql, random) + " " + after
                        + (semicolon && !after.contains("--") ? ";" : ""));
    }

    /**
     * Each letter of the statement's code a random case; each blank a random blank or comment, when the statement has
     * no comment of its own (a line break put into a {@code --} comment would end it and make a new statement).
     */
    private static String relaid(String sql, long seed) {
        java.util.Random random = new java.util.Random(seed);
        TsqlText.Scan scan;
        try {
            scan = TsqlText.scan("sql", sql);
        } catch (InvalidInputException e) {
            return sql; // refused by the lexical pass already: only the surroundings vary
        }
        String code = scan.parsable();
        boolean relayBlanks = !scan.hasComment();
        StringBuilder out = new StringBuilder(sql.length() * 2);
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            boolean inCode = code.charAt(i) == c;
            if (inCode && relayBlanks && c == ' ' && random.nextInt(3) == 0) {
                List<String> choices = random.nextBoolean() ? BLANKS : COMMENTS;
                String chosen = choices.get(random.nextInt(choices.size()));
                out.append(' ').append(chosen).append(chosen.endsWith("\n") || chosen.endsWith("\r") ? "" : " ");
            } else if (inCode && Character.isLetter(c)) {
                out.append(random.nextBoolean() ? Character.toUpperCase(c) : Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
