package dev.kopru.server.connections;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kopru.core.connector.ConfigField;
import dev.kopru.core.connector.ConnectorDescriptor;
import dev.kopru.core.connector.EntitySupport;
import dev.kopru.core.connector.Limits;
import dev.kopru.core.connector.Operation;
import dev.kopru.core.connector.RawOperations.RawOperation;
import dev.kopru.server.entities.EntityPaths;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** A connector descriptor as JSON: what the connector supports, its limits and its configuration fields. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DescriptorView(String vendor, String title, List<EntityView> entities, LimitsView limits,
                             List<ConfigFieldView> configFields, List<RawOperation> rawOperations) {

    /** One supported entity; {@code path} is its segment under {@code /api/v1/connections/{id}/}. */
    public record EntityView(String entity, String path, List<Operation> operations, String cursorKind,
                             List<String> naturalKeys, String notes) {
    }

    /** Durations are ISO-8601 ({@code PT1M}). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LimitsView(int defaultPageSize, int maxPageSize, String maxDateWindow, RateLimitView rateLimit) {
    }

    /** At most {@code permits} calls in every {@code period}. */
    public record RateLimitView(int permits, String period) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ConfigFieldView(String name, String description, boolean required, boolean secret,
                                  @JsonProperty("default") String defaultValue) {
    }

    /** {@code rawOperations} null leaves them out (the connector has none, or it was not opened). */
    public static DescriptorView of(ConnectorDescriptor descriptor, List<RawOperation> rawOperations) {
        return new DescriptorView(descriptor.vendor(), descriptor.title(),
                descriptor.entities().stream().map(DescriptorView::entity).toList(), limits(descriptor.limits()),
                descriptor.configFields().stream().map(DescriptorView::field).toList(), rawOperations);
    }

    private static EntityView entity(EntitySupport support) {
        // the enum's order (LIST, INCREMENTAL_LIST, GET, ...), so that the output is stable
        List<Operation> operations = Arrays.stream(Operation.values()).filter(support.operations()::contains).toList();
        return new EntityView(support.entity().name(), EntityPaths.path(support.entity()), operations,
                support.cursorKind().name(), support.naturalKeys(), support.notes());
    }

    private static LimitsView limits(Limits limits) {
        return new LimitsView(limits.defaultPageSize(), limits.maxPageSize(),
                limits.maxDateWindow().map(Duration::toString).orElse(null),
                limits.rateLimit().map(r -> new RateLimitView(r.permits(), r.period().toString())).orElse(null));
    }

    private static ConfigFieldView field(ConfigField field) {
        return new ConfigFieldView(field.name(), field.description(), field.required(), field.secret(),
                field.defaultValue().orElse(null));
    }
}
