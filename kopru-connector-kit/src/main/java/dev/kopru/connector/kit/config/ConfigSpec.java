package dev.kopru.connector.kit.config;

import dev.kopru.core.connector.ConfigField;
import dev.kopru.core.connector.ConnectionConfig;
import dev.kopru.core.input.InvalidInputException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A connector's configuration fields, each declared once: name, kind, whether it is required or secret, its default
 * and description, and where its value goes. The descriptor's config part ({@link #fields()}), the factory's binding
 * ({@link #bind}) and the docs' table ({@link #markdownTable()}) all come from this one list, so they cannot drift.
 *
 * @param <B> what the values are bound into: the vendor config's builder, or the factory's own settings holder
 */
public final class ConfigSpec<B> {

    /** How a field's text becomes its value, and what the docs call the kind. */
    public enum Kind {
        TEXT("text"), SECRET("secret"), WHOLE_NUMBER("whole number"), DURATION("duration (PT1M, or seconds)");

        private final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    private record Setting<B>(ConfigField field, Kind kind, BiConsumer<B, String> apply) { }

    private final String vendor;
    private final List<Setting<B>> settings;

    private ConfigSpec(String vendor, List<Setting<B>> settings) {
        this.vendor = vendor;
        this.settings = List.copyOf(settings);
    }

    public static <B> Builder<B> builder(String vendor) {
        return new Builder<>(vendor);
    }

    /** The fields as the descriptor publishes them. */
    public List<ConfigField> fields() {
        return settings.stream().map(Setting::field).toList();
    }

    /**
     * Sets every field that has a value (given, or its default) into {@code target}.
     *
     * @throws InvalidInputException naming the field when its text is not of its kind
     */
    public B bind(ConnectionConfig config, B target) {
        for (Setting<B> setting : settings) {
            config.get(setting.field().name()).filter(v -> !v.isBlank())
                    .ifPresent(value -> setting.apply().accept(target, value.trim()));
        }
        return target;
    }

    /** The table of {@code docs/connectors/<vendor>.md}: one row per field, in declaration order. */
    public String markdownTable() {
        StringBuilder table = new StringBuilder("| field | kind | required | default | description |\n"
                + "| --- | --- | --- | --- | --- |\n");
        for (Setting<B> s : settings) {
            ConfigField f = s.field();
            table.append("| `").append(f.name()).append("` | ").append(s.kind().label).append(" | ")
                    .append(f.required() ? "yes" : "no").append(" | ")
                    .append(f.defaultValue().map(d -> "`" + d + "`").orElse("")).append(" | ")
                    .append(f.description().replace("|", "\\|")).append(" |\n");
        }
        return table.toString();
    }

    /** Marks where a connector's docs page holds {@link #markdownTable()}; a test compares the two. */
    public static final String TABLE_START = "<!-- config table: generated from the connector's ConfigSpec -->";
    public static final String TABLE_END = "<!-- end of config table -->";

    /** The table a docs page holds between {@link #TABLE_START} and {@link #TABLE_END}, if it has the markers. */
    public static Optional<String> documentedTable(String markdown) {
        int start = markdown.indexOf(TABLE_START);
        int end = markdown.indexOf(TABLE_END);
        if (start < 0 || end < start) {
            return Optional.empty();
        }
        return Optional.of(markdown.substring(start + TABLE_START.length(), end).strip() + "\n");
    }

    /** The docs section to paste: the markers around {@link #markdownTable()}. */
    public String documentedSection() {
        return TABLE_START + "\n" + markdownTable() + TABLE_END + "\n";
    }

    public String vendor() {
        return vendor;
    }

    /** Declares the fields in the order they are shown. */
    public static final class Builder<B> {
        private final String vendor;
        private final List<Setting<B>> settings = new ArrayList<>();

        private Builder(String vendor) {
            this.vendor = vendor;
        }

        /** A required text field. */
        public Builder<B> text(String name, String description, BiConsumer<B, String> into) {
            return add(new ConfigField(name, description, true, false, java.util.Optional.empty()), Kind.TEXT, into);
        }

        /** An optional text field; {@code defaultValue} may be null (then the field stays unset). */
        public Builder<B> optionalText(String name, String description, String defaultValue,
                                       BiConsumer<B, String> into) {
            return add(ConfigField.optional(name, description, defaultValue), Kind.TEXT, into);
        }

        /** A required secret: write-only, never logged, returned or printed. */
        public Builder<B> secret(String name, String description, BiConsumer<B, String> into) {
            return add(ConfigField.secret(name, description), Kind.SECRET, into);
        }

        /** An optional secret (a client secret some installs do without): write-only like {@link #secret}. */
        public Builder<B> optionalSecret(String name, String description, BiConsumer<B, String> into) {
            return add(new ConfigField(name, description, false, true, java.util.Optional.empty()), Kind.SECRET,
                    into);
        }

        /** A whole number, required when {@code defaultValue} is null and {@code required}. */
        public Builder<B> wholeNumber(String name, String description, boolean required, Integer defaultValue,
                                      BiConsumer<B, Integer> into) {
            ConfigField field = new ConfigField(name, description, required && defaultValue == null, false,
                    java.util.Optional.ofNullable(defaultValue).map(String::valueOf));
            return add(field, Kind.WHOLE_NUMBER, (target, text) -> into.accept(target, parse(name, text,
                    Integer::parseInt, "is not a whole number")));
        }

        /** A positive duration, ISO-8601 ({@code PT1M}) or whole seconds ({@code 60}). */
        public Builder<B> duration(String name, String description, Duration defaultValue,
                                   BiConsumer<B, Duration> into) {
            ConfigField field = new ConfigField(name, description, defaultValue == null, false,
                    java.util.Optional.ofNullable(defaultValue).map(Duration::toString));
            return add(field, Kind.DURATION, (target, text) -> into.accept(target, parseDuration(name, text)));
        }

        private Builder<B> add(ConfigField field, Kind kind, BiConsumer<B, String> into) {
            Objects.requireNonNull(into, "into");
            if (settings.stream().anyMatch(s -> s.field().name().equals(field.name()))) {
                throw new IllegalStateException(vendor + ": config field " + field.name() + " declared twice");
            }
            settings.add(new Setting<>(field, kind, into));
            return this;
        }

        public ConfigSpec<B> build() {
            return new ConfigSpec<>(vendor, settings);
        }
    }

    private static <V> V parse(String field, String text, Function<String, V> parser, String why) {
        try {
            return parser.apply(text);
        } catch (RuntimeException e) {
            throw new InvalidInputException(field, "'" + text + "' " + why);
        }
    }

    static Duration parseDuration(String field, String text) {
        Duration parsed;
        try {
            parsed = text.matches("\\d+") ? Duration.ofSeconds(Long.parseLong(text)) : Duration.parse(text);
        } catch (DateTimeParseException | ArithmeticException e) {
            throw new InvalidInputException(field, "'" + text + "' is not a duration (PT1M, or seconds)");
        }
        if (parsed.isZero() || parsed.isNegative()) {
            throw new InvalidInputException(field, "must be positive, was '" + text + "'");
        }
        return parsed;
    }
}
