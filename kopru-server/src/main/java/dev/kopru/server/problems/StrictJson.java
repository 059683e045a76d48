package dev.kopru.server.problems;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.regex.Pattern;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Values the vendors cannot store are refused while a body is read, so the 400 names the field and nothing is sent:
 * dates outside SQL Server's {@code datetime} (1753–9999, the narrowest range of the vendors here), amounts beyond
 * what a SQL Server {@code float} holds exactly (Mikro and Logo store amounts in one: 15 significant digits, here at
 * most 13 before the point and 8 after), and control characters (none at all in codes, numbers and keys; only tab
 * and line breaks elsewhere).
 */
public final class StrictJson {

    static final int MIN_YEAR = 1753;
    static final int MAX_YEAR = 9999;
    static final int MAX_DIGITS = 15;
    static final int MAX_INTEGER_DIGITS = 13;
    static final int MAX_DECIMALS = 8;

    /** Field names that hold a code, a document number or a key: one line of printable text. */
    private static final Pattern CODE_NAME = Pattern.compile("(?i).*(code|kod|number|key|no|id|barcode|seri)");

    private StrictJson() {
    }

    public static SimpleModule module() {
        return new SimpleModule("kopru-strict-json").setDeserializerModifier(new ValueDeserializerModifier() {
            @Override
            public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config,
                                                           BeanDescription.Supplier description,
                                                           ValueDeserializer<?> deserializer) {
                Class<?> type = description.getBeanClass();
                boolean checked = type == String.class || type == BigDecimal.class || type == LocalDate.class
                        || type == LocalDateTime.class || type == Instant.class || type == OffsetDateTime.class;
                return checked ? new Checked(deserializer) : deserializer;
            }
        });
    }

    /** Why {@code value} cannot be stored, or null when it can. */
    static String refusal(Object value, String field) {
        return switch (value) {
            case String s -> control(s, field != null && CODE_NAME.matcher(field).matches());
            case BigDecimal d -> amount(d);
            case LocalDate d -> year(d.getYear());
            case LocalDateTime d -> year(d.getYear());
            case OffsetDateTime d -> year(d.atZoneSameInstant(ZoneOffset.UTC).getYear());
            case Instant i -> year(i.atOffset(ZoneOffset.UTC).getYear());
            case null, default -> null;
        };
    }

    private static String year(int year) {
        return year < MIN_YEAR || year > MAX_YEAR ? "a date between " + MIN_YEAR + "-01-01 and " + MAX_YEAR
                + "-12-31 (what the vendors store)" : null;
    }

    private static String amount(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        int decimals = Math.max(0, plain.scale());
        int integerDigits = Math.max(0, plain.precision() - plain.scale());
        if (decimals > MAX_DECIMALS || integerDigits > MAX_INTEGER_DIGITS || integerDigits + decimals > MAX_DIGITS) {
            return "at most " + MAX_INTEGER_DIGITS + " digits before the point, " + MAX_DECIMALS + " after and "
                    + MAX_DIGITS + " in all (what the vendors store exactly)";
        }
        return null;
    }

    private static String control(String text, boolean code) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineBreakOrTab = c == '\t' || c == '\n' || c == '\r';
            if ((Character.isISOControl(c) && !(lineBreakOrTab && !code)) || c == '\u2028' || c == '\u2029') {
                return (code ? "a code, number or key of printable characters" : "text without control characters")
                        + "; found U+" + String.format("%04X", (int) c) + " at " + i;
            }
        }
        return null;
    }

    /** The name of the field the parser is in, or of the array it is in. */
    private static String fieldName(JsonParser p) {
        TokenStreamContext context = p.streamReadContext();
        while (context != null && context.inArray()) {
            context = context.getParent();
        }
        return context == null ? null : context.currentName();
    }

    private static final class Checked extends DelegatingDeserializer {

        Checked(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new Checked(delegate);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext context) {
            Object value = super.deserialize(p, context);
            String refusal = refusal(value, fieldName(p));
            if (refusal != null) {
                // the path is added as the exception leaves each enclosing object, so the 400 names the field
                throw InvalidFormatException.from(p, refusal, value, handledType());
            }
            return value;
        }
    }
}
