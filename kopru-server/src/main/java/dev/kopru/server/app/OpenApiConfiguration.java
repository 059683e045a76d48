package dev.kopru.server.app;

import dev.kopru.server.problems.ApiProblems;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document: title, version and description; the two ways in (a bearer API token, a user's Basic login),
 * so that Swagger UI's Authorize button works; operations tagged by area (from their path, so controllers stay free
 * of it); the problem+json answers every operation may give, with an example; pipeline {@code options} as the object
 * they are instead of Jackson's tree type.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    private static final String PROBLEM = "application/problem+json";

    /** Areas in the order a reader meets them; the first whose pattern matches a path tags it. */
    private record Area(String name, String description, Pattern path) {
    }

    private static final List<Area> AREAS = List.of(
            new Area("Connections", "Vendor connections, their test, their recent calls and the installed connectors",
                    Pattern.compile("^/api/v1/(connectors|connections(/[^/]+)?(/(test|describe|activity))?)$")),
            new Area("Records", "Read and write canonical records of a connection (parties, items, invoices...)",
                    Pattern.compile("^/api/v1/connections/[^/]+/(?!raw|sql).+")),
            new Area("Raw calls and SQL", "A vendor's own operations and read-only SQL reports",
                    Pattern.compile("^/api/v1/connections/[^/]+/(raw|sql).*")),
            new Area("Pipelines", "Define, run, pause and resume pipelines; their sync state",
                    Pattern.compile("^/api/v1/pipelines(/[^/]+)?(/(run|webhook|pause|resume|state.*))?$")),
            new Area("Dead letters", "Records that failed, with the vendor's message; replay; in-doubt writes",
                    Pattern.compile("^/api/v1/(pipelines/[^/]+/)?(dead-letters|intents).*")),
            new Area("Runs", "Runs with their outcome and counts; live progress as server-sent events",
                    Pattern.compile("^/api/v1/(runs.*|events|pipelines/[^/]+/(runs|events))$")),
            new Area("Access", "Users and API tokens", Pattern.compile("^/api/v1/(users|tokens).*")),
            new Area("Demo", "The demo's sandboxes and their fault knobs", Pattern.compile("^/api/v1/demo.*")),
            new Area("Mikro drop-in", "The API of a hand-written Mikro layer (seed 000), served by Köprü",
                    Pattern.compile("^/api/(?!v1/).*")));

    @Bean
    OpenAPI kopruOpenApi() {
        String version = OpenApiConfiguration.class.getPackage().getImplementationVersion();
        return new OpenAPI()
                .info(new Info().title("Köprü API").version(version == null ? "0.1.0" : version)
                        .description("One API and one sync engine for Mikro, Logo Tiger, DİA, Wiradius and"
                                + " FarmaBorsa: connections, canonical records, raw vendor calls, pipelines with"
                                + " their runs and dead letters. Log in with an API token (Authorization: Bearer"
                                + " kpr_...) or a user's name and password (Basic). Errors are RFC 9457"
                                + " application/problem+json naming the field and carrying the vendor's own"
                                + " message."))
                .components(new Components()
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("kpr_ token")
                                .description("An API token (POST /api/v1/tokens, or kopru tokens)"))
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("basic").description("A user's name and password"))
                        .addSchemas("Problem", problemSchema()))
                .addSecurityItem(new SecurityRequirement().addList("bearer"))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .tags(AREAS.stream().map(a -> new Tag().name(a.name()).description(a.description())).toList());
    }

    /** Köprü's own API, the first group Swagger UI shows. */
    @Bean
    GroupedOpenApi unifiedApi() {
        return GroupedOpenApi.builder().group("kopru").displayName("Köprü API (unified)").pathsToMatch("/api/v1/**")
                .addOpenApiCustomizer(kopruOpenApiCustomizer()).build();
    }

    /** The Mikro-compatible drop-in API, for callers of a hand-written Mikro layer: a group of its own, after. */
    @Bean
    GroupedOpenApi mikroDropInApi() {
        return GroupedOpenApi.builder().group("mikro-drop-in").displayName("Mikro drop-in API")
                .pathsToMatch("/api/mikro/**")
                .addOpenApiCustomizer(kopruOpenApiCustomizer()).build();
    }

    @Bean
    OpenApiCustomizer kopruOpenApiCustomizer() {
        return openApi -> {
            // the API only (a global springdoc.paths-to-match would override the groups' own paths)
            openApi.getPaths().keySet().removeIf(path -> !path.startsWith("/api/"));
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                AREAS.stream().filter(a -> a.path().matcher(path).matches()).findFirst()
                        .ifPresent(a -> operation.setTags(List.of(a.name())));
                addProblems(method, operation);
            }));
            Map<String, Schema> schemas = openApi.getComponents().getSchemas();
            if (schemas == null) {
                return;
            }
            // added here, not with the bean's components: springdoc drops a schema nothing referred to before this
            schemas.put("PipelineOptions", optionsSchema());
            for (String owner : List.of("PipelineRequest", "PipelineView")) {
                Schema<?> schema = schemas.get(owner);
                if (schema != null && schema.getProperties() != null && schema.getProperties().containsKey("options")) {
                    schema.getProperties().put("options", new Schema<>().$ref("#/components/schemas/PipelineOptions"));
                }
            }
            // Jackson's tree type stands for any JSON (a record as read, a vendor's answer): say so, not its internals
            if (schemas.containsKey("JsonNode")) {
                schemas.put("JsonNode", new Schema<>().description("any JSON value"));
            }
        };
    }

    private static void addProblems(PathItem.HttpMethod method, Operation operation) {
        var responses = operation.getResponses();
        responses.putIfAbsent("400", problem("Invalid input: the field and why", "invalid-input", 400,
                "batchSize: must be between 1 and 10000, was 0", "batchSize"));
        responses.putIfAbsent("401", problem("Not logged in: give a bearer token or Basic credentials",
                "unauthorized", 401, "Full authentication is required", null));
        responses.putIfAbsent("403", problem("The role may not do this", "forbidden", 403, "Access denied", null));
        responses.putIfAbsent("404", problem("No such thing", "not-found", 404, "no pipeline with id 42", "pipeline"));
        if (method != PathItem.HttpMethod.GET) {
            responses.putIfAbsent("409", problem("Conflicts with the current state (a stale version, a name taken)",
                    "conflict", 409, "name: a pipeline named 'parties' exists already", "name"));
        }
        responses.putIfAbsent("500", problem("Unexpected; the log has the details under the problem's id",
                "internal", 500, "unexpected error", null));
    }

    private static ApiResponse problem(String description, String type, int status, String detail, String field) {
        Map<String, Object> value = new java.util.LinkedHashMap<>();
        value.put("type", ApiProblems.TYPE_BASE + type);
        value.put("title", description.split(":")[0]);
        value.put("status", status);
        value.put("detail", detail);
        if (field != null) {
            value.put("field", field);
        }
        return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"))
                        .addExamples(type, new Example().value(value))));
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema().description("RFC 9457 problem details")
                .addProperty("type", new StringSchema().description("what kind of problem, as a URI"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema().description("what is wrong, for a person"))
                .addProperty("instance", new StringSchema())
                .addProperty("field", new StringSchema().description("the input field at fault, when there is one"))
                .addProperty("vendorMessage", new StringSchema().description("the vendor's own words, when it"
                        + " refused"));
    }

    private static Schema<?> optionsSchema() {
        ObjectSchema options = new ObjectSchema();
        options.description("A pipeline's options; each is checked when the pipeline is saved and a refused one is"
                + " named (options.<name>). Beside these, a mapping between two entities reads options of its own"
                + " (docs/api/pipelines.md); an option nobody reads is refused.");
        options.addProperty("fullRead", new BooleanSchema().description("read the whole source on every run"));
        options.addProperty("lookBack", new StringSchema().description("ISO-8601 duration re-read before the"
                + " cursor, e.g. PT5M").example("PT5M"));
        options.addProperty("resendInDoubtAfter", new StringSchema().description("ISO-8601 duration after which an"
                + " in-doubt create not found in the target is sent again"));
        StringSchema conflict = new StringSchema();
        conflict.setEnum(List.of("SOURCE_WINS", "TARGET_WINS", "NEWEST_WINS", "DEAD_LETTER"));
        options.addProperty("conflictPolicy", conflict.description("two-way pipelines: which side wins a conflict"
                + " (default DEAD_LETTER)"));
        options.addProperty("sourceFilters", new ObjectSchema().description("filters the source's list accepts,"
                + " by name").additionalProperties(new StringSchema()));
        options.additionalProperties(true);
        return options;
    }
}
