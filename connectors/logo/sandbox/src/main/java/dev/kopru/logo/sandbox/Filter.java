package dev.kopru.logo.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The {@code q} grammar of logo.md §4.1: {@code FIELD op value} with {@code eq neq gt gte lt lte like}, joined by
 * {@code and}/{@code or} and parentheses; strings in single quotes ({@code ''} inside), numbers, {@code true}/{@code
 * false}; {@code *} is the {@code like} wildcard. Text compares without regard to case, as Logo's SQL Server
 * collation (Turkish_CI_AS) does.
 */
final class Filter {

    private static final Locale TURKISH = Locale.forLanguageTag("tr");

    /** A {@code q} this grammar cannot read; the message says where. */
    static final class BadFilterException extends Exception {
        BadFilterException(String message) {
            super(message, null, false, false);
        }
    }

    private final List<String> tokens;
    private int at;

    private Filter(List<String> tokens) {
        this.tokens = tokens;
    }

    /** The records {@code q} selects; everything when {@code q} is blank. */
    static Predicate<ObjectNode> parse(String q) throws BadFilterException {
        if (q == null || q.isBlank()) {
            return record -> true;
        }
        Filter parser = new Filter(tokenize(q));
        Predicate<ObjectNode> predicate = parser.or();
        if (parser.at < parser.tokens.size()) {
            throw new BadFilterException("unexpected '" + parser.tokens.get(parser.at) + "' in q");
        }
        return predicate;
    }

    private Predicate<ObjectNode> or() throws BadFilterException {
        Predicate<ObjectNode> left = and();
        while (keyword("or")) {
            left = left.or(and());
        }
        return left;
    }

    private Predicate<ObjectNode> and() throws BadFilterException {
        Predicate<ObjectNode> left = term();
        while (keyword("and")) {
            left = left.and(term());
        }
        return left;
    }

    private Predicate<ObjectNode> term() throws BadFilterException {
        if (peek("(")) {
            at++;
            Predicate<ObjectNode> inner = or();
            if (!peek(")")) {
                throw new BadFilterException("missing ')' in q");
            }
            at++;
            return inner;
        }
        String field = next("a field name");
        if (!field.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new BadFilterException("'" + field + "' is not a field name");
        }
        String op = next("an operator").toLowerCase(Locale.ROOT);
        String literal = next("a value");
        return comparison(field, op, literal);
    }

    private static Predicate<ObjectNode> comparison(String field, String op, String literal)
            throws BadFilterException {
        boolean text = literal.startsWith("'");
        String value = text ? literal.substring(1, literal.length() - 1).replace("''", "'") : literal;
        if (op.equals("like")) {
            Pattern pattern = Pattern.compile(likePattern(value), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            return record -> {
                JsonNode actual = record.get(field);
                return actual != null && !actual.isNull() && pattern.matcher(actual.asText()).matches();
            };
        }
        if (!List.of("eq", "neq", "gt", "gte", "lt", "lte").contains(op)) {
            throw new BadFilterException("'" + op + "' is not an operator (eq, neq, gt, gte, lt, lte, like)");
        }
        if (!text && !value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")
                && Wire.decimal(Wire.JSON.getNodeFactory().textNode(value)) == null) {
            throw new BadFilterException("'" + value + "' is not a value (a 'text', a number, true or false)");
        }
        return record -> {
            Integer order = compare(record.get(field), value, text);
            if (order == null) {
                return op.equals("neq");
            }
            return switch (op) {
                case "eq" -> order == 0;
                case "neq" -> order != 0;
                case "gt" -> order > 0;
                case "gte" -> order >= 0;
                case "lt" -> order < 0;
                default -> order <= 0;
            };
        };
    }

    /** The order of a record's value against the literal; null when the record has no such value. */
    private static Integer compare(JsonNode actual, String value, boolean text) {
        if (actual == null || actual.isNull()) {
            return null;
        }
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            boolean wanted = Boolean.parseBoolean(value);
            boolean has = actual.isBoolean() ? actual.asBoolean() : actual.asInt() != 0;
            return has == wanted ? 0 : 1;
        }
        BigDecimal number = text ? null : new BigDecimal(value);
        if (number != null && Wire.decimal(actual) != null) {
            return Integer.signum(Wire.decimal(actual).compareTo(number));
        }
        return Integer.signum(actual.asText().toUpperCase(TURKISH).compareTo(value.toUpperCase(TURKISH)));
    }

    private static String likePattern(String value) {
        StringBuilder regex = new StringBuilder();
        for (String part : value.split("\\*", -1)) {
            if (!regex.isEmpty()) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(part));
        }
        return regex.toString();
    }

    private boolean keyword(String word) {
        if (at < tokens.size() && tokens.get(at).equalsIgnoreCase(word)) {
            at++;
            return true;
        }
        return false;
    }

    private boolean peek(String token) {
        return at < tokens.size() && tokens.get(at).equals(token);
    }

    private String next(String what) throws BadFilterException {
        if (at >= tokens.size()) {
            throw new BadFilterException("q ends where " + what + " was expected");
        }
        return tokens.get(at++);
    }

    private static List<String> tokenize(String q) throws BadFilterException {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < q.length()) {
            char c = q.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(' || c == ')') {
                tokens.add(String.valueOf(c));
                i++;
            } else if (c == '\'') {
                int end = i + 1;
                while (true) {
                    if (end >= q.length()) {
                        throw new BadFilterException("a text in q is not closed with '");
                    }
                    if (q.charAt(end) == '\'') {
                        if (end + 1 < q.length() && q.charAt(end + 1) == '\'') {
                            end += 2;
                            continue;
                        }
                        break;
                    }
                    end++;
                }
                tokens.add(q.substring(i, end + 1));
                i = end + 1;
            } else {
                int end = i;
                while (end < q.length() && !Character.isWhitespace(q.charAt(end)) && "()'".indexOf(q.charAt(end)) < 0) {
                    end++;
                }
                tokens.add(q.substring(i, end));
                i = end;
            }
        }
        return tokens;
    }
}
