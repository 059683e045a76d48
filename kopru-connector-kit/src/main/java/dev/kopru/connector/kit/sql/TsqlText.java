package dev.kopru.connector.kit.sql;

import dev.kopru.core.input.InvalidInputException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One pass over a query with SQL Server's own lexical rules, which are not the SQL standard's nor the parser's:
 * block comments nest, a {@code --} comment ends at CR as well as LF, a string escapes its quote by doubling it (a
 * backslash escapes nothing), {@code [names]} escape {@code ]} by doubling it, and {@code 1e} or {@code 1.} end a
 * number where the next word begins. The pass finds every word SQL Server will read as a keyword or a name, and
 * writes a copy for the parser in which nothing is left to interpret differently: comments are blanks, literals and
 * quoted names keep their length and lose every character that could mean something.
 */
final class TsqlText {

    /** A word of the query, upper-cased for comparison; {@code quoted} for a {@code [name]} or {@code "name"}. */
    record Word(String upper, String written, boolean quoted, int position) {
    }

    /** The copy for the parser, every word, and whether the text had comments or statement separators. */
    record Scan(String parsable, List<Word> words, boolean hasComment, boolean hasSemicolon) {
    }

    private TsqlText() {
    }

    /**
     * Scans {@code sql}; {@code ;} are allowed only at the end (they become blanks).
     *
     * @throws InvalidInputException naming {@code field} for an unclosed quote or comment, a {@code ;} followed by
     *                               more code, or a control character outside a string
     */
    static Scan scan(String field, String sql) {
        StringBuilder out = new StringBuilder(sql.length());
        List<Word> words = new ArrayList<>();
        boolean comment = false;
        int semicolon = -1;
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            int end;
            if (c == '\'') {
                end = closing(field, sql, i, '\'', "a string");
                out.append('\'').append(neutralLiteral(sql.substring(i + 1, end))).append('\'');
            } else if (c == '[' || c == '"') {
                char close = c == '[' ? ']' : '"';
                end = closing(field, sql, i, close, c == '[' ? "a [name]" : "a \"name\"");
                String name = sql.substring(i + 1, end).replace("" + close + close, "" + close);
                words.add(new Word(upper(name), name, true, i));
                out.append(c).append(neutralName(sql.substring(i + 1, end))).append(close);
            } else if (c == '-' && sql.startsWith("--", i)) {
                comment = true;
                end = i + 2;
                while (end < n && sql.charAt(end) != '\n' && sql.charAt(end) != '\r') {
                    end++;
                }
                end--;
                blank(field, sql, i, end, out);
            } else if (c == '/' && sql.startsWith("/*", i)) {
                comment = true;
                end = blockCommentEnd(field, sql, i);
                blank(field, sql, i, end, out);
            } else if (isWordStart(c)) {
                end = i + 1;
                while (end < n && isWordPart(sql.charAt(end))) {
                    end++;
                }
                String word = sql.substring(i, end);
                words.add(new Word(upper(word), word, false, i));
                out.append(word);
                end--;
            } else if (Character.isDigit(c)) {
                end = numberEnd(sql, i) - 1;
                out.append(sql, i, end + 1);
            } else {
                refuseControl(field, sql, i);
                end = i;
                if (c == ';') {
                    semicolon = semicolon < 0 ? i : semicolon;
                    out.append(' ');
                } else {
                    out.append(c);
                }
            }
            if (semicolon >= 0 && semicolon < i && c != ';' && !Character.isWhitespace(c) && !isComment(sql, i)) {
                throw new InvalidInputException(field, "one statement only: SQL Server would run what follows the"
                        + " ';' at position " + (semicolon + 1) + " as another statement");
            }
            i = end + 1;
        }
        return new Scan(out.toString(), List.copyOf(words), comment, semicolon >= 0);
    }

    private static boolean isComment(String sql, int i) {
        return sql.startsWith("--", i) || sql.startsWith("/*", i);
    }

    /** Letters, {@code _}, {@code @} (variables) and {@code #} (temporary tables) start a name, as in T-SQL. */
    private static boolean isWordStart(char c) {
        return Character.isLetter(c) || c == '_' || c == '@' || c == '#';
    }

    private static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '@' || c == '#' || c == '$';
    }

    /**
     * Where a number that starts at {@code start} ends, as SQL Server reads it: {@code 0x} and hex digits, or digits,
     * an optional {@code .digits} and an optional exponent whose digits may be missing ({@code 1e} is a number, so in
     * {@code 1eDELETE} the word is {@code DELETE}).
     */
    private static int numberEnd(String sql, int start) {
        int i = start;
        int n = sql.length();
        if (sql.startsWith("0x", i) || sql.startsWith("0X", i)) {
            i += 2;
            while (i < n && Character.digit(sql.charAt(i), 16) >= 0) {
                i++;
            }
            return i;
        }
        while (i < n && Character.isDigit(sql.charAt(i))) {
            i++;
        }
        if (i < n && sql.charAt(i) == '.') {
            i++;
            while (i < n && Character.isDigit(sql.charAt(i))) {
                i++;
            }
        }
        if (i < n && (sql.charAt(i) == 'e' || sql.charAt(i) == 'E')) {
            i++;
            if (i < n && (sql.charAt(i) == '+' || sql.charAt(i) == '-')) {
                i++;
            }
            while (i < n && Character.isDigit(sql.charAt(i))) {
                i++;
            }
        }
        return i;
    }

    /** The index of the quote closing the one at {@code open}; a doubled quote is an escaped one. */
    private static int closing(String field, String sql, int open, char quote, String what) {
        int i = open + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i;
            }
            i++;
        }
        throw new InvalidInputException(field, what + " opened at position " + (open + 1) + " is not closed");
    }

    /** The index of the {@code /} that closes the block comment at {@code open}, counting nested ones as SQL Server does. */
    private static int blockCommentEnd(String field, String sql, int open) {
        int depth = 0;
        int i = open;
        while (i < sql.length() - 1) {
            if (sql.startsWith("/*", i)) {
                depth++;
                i += 2;
            } else if (sql.startsWith("*/", i)) {
                depth--;
                i += 2;
                if (depth == 0) {
                    return i - 1;
                }
            } else {
                i++;
            }
        }
        throw new InvalidInputException(field, "a comment opened at position " + (open + 1) + " is not closed"
                + " (SQL Server nests /* */ comments: each /* needs its own */)");
    }

    /** A comment becomes blanks, line breaks kept; a control character in it could end it elsewhere. */
    private static void blank(String field, String sql, int from, int to, StringBuilder out) {
        for (int i = from; i <= to; i++) {
            refuseControl(field, sql, i);
            char c = sql.charAt(i);
            out.append(c == '\n' || c == '\r' ? c : ' ');
        }
    }

    /**
     * Controls other than tab, CR and LF, and the Unicode line separators, have no meaning in T-SQL outside a string;
     * they are refused rather than guessed at (a tool on the way could read one as the end of a comment).
     */
    private static void refuseControl(String field, String sql, int i) {
        char c = sql.charAt(i);
        if (c == '\t' || c == '\n' || c == '\r') {
            return;
        }
        if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
            throw new InvalidInputException(field, String.format("the control character U+%04X at position %d is"
                    + " not allowed outside a string", (int) c, i + 1));
        }
    }

    /** A string's content for the parser: the same length, every character an {@code s} but line breaks. */
    private static String neutralLiteral(String content) {
        StringBuilder out = new StringBuilder(content.length());
        content.chars().forEach(c -> out.append(c == '\n' || c == '\r' ? (char) c : 's'));
        return out.toString();
    }

    /** A quoted name for the parser: letters, digits, {@code _} and spaces kept, anything else an {@code _}. */
    private static String neutralName(String content) {
        StringBuilder out = new StringBuilder(content.length());
        content.chars().forEach(c -> out.append(Character.isLetterOrDigit(c) || c == ' ' ? (char) c : '_'));
        return out.toString();
    }

    /**
     * A word as it compares to a keyword, whatever the collation: compatibility forms folded ({@code ＤＥＬＥＴＥ}), and
     * both Turkish i's read as I ({@code ınsert}, {@code İNSERT}).
     */
    static String upper(String word) {
        String folded = Normalizer.normalize(word, Normalizer.Form.NFKC).replace('ı', 'i').replace('İ', 'I');
        return folded.toUpperCase(Locale.ROOT);
    }
}
