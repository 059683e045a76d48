package dev.kopru.server.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ServerStartTest {

    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void health_is_open_and_up() {
        var response = server.send(HttpRequest.newBuilder(server.uri("/actuator/health")).GET().build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"UP\"");
    }

    @Test
    void the_api_needs_a_login() {
        var anonymous = server.send(HttpRequest.newBuilder(server.uri("/api/v1/connections"))
                .header("Accept", "application/json").GET().build());
        var wrong = server.send(server.as("admin", "wrong-password", "/api/v1/connections").GET().build());

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(wrong.statusCode()).isEqualTo(401);
    }

    @Test
    void the_openapi_document_is_served_with_a_title_logins_areas_and_problems() throws Exception {
        var response = server.get("/v3/api-docs");

        assertThat(response.statusCode()).isEqualTo(200);
        var doc = new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body());
        assertThat(doc.at("/info/title").asText()).isEqualTo("Köprü API");
        assertThat(doc.at("/info/version").asText()).isNotEqualTo("v0");
        // Swagger UI's Authorize button offers both ways in
        assertThat(doc.at("/components/securitySchemes/bearer/scheme").asText()).isEqualTo("bearer");
        assertThat(doc.at("/components/securitySchemes/basic/scheme").asText()).isEqualTo("basic");
        assertThat(doc.path("security").findValuesAsText("bearer")).isNotNull();
        // operations by area, not by controller
        assertThat(doc.at("/paths/~1api~1v1~1pipelines~1{id}~1run/post/tags/0").asText()).isEqualTo("Pipelines");
        assertThat(doc.at("/paths/~1api~1v1~1runs/get/tags/0").asText()).isEqualTo("Runs");
        assertThat(doc.at("/paths/~1api~1v1~1pipelines~1{id}~1dead-letters/get/tags/0").asText())
                .isEqualTo("Dead letters");
        var activity = doc.at("/paths/~1api~1v1~1connections~1{id}~1activity/get");
        assertThat(activity.at("/tags/0").asText()).isEqualTo("Connections");
        assertThat(activity.at("/responses/400/content/application~1problem+json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/Problem");
        assertThat(response.body()).doesNotContain("-controller\"");
        // options are an object with documented members, not Jackson's tree type
        assertThat(doc.at("/components/schemas/PipelineRequest/properties/options/$ref").asText())
                .isEqualTo("#/components/schemas/PipelineOptions");
        assertThat(doc.at("/components/schemas/PipelineOptions/properties/lookBack").toString()).contains("string");
        assertThat(doc.at("/components/schemas/JsonNode/properties").isMissingNode()).isTrue();
        // errors are documented as problem+json with an example
        var invalid = doc.at("/paths/~1api~1v1~1pipelines/post/responses/400/content/application~1problem+json");
        assertThat(invalid.at("/schema/$ref").asText()).isEqualTo("#/components/schemas/Problem");
        assertThat(invalid.at("/examples/invalid-input/value/field").asText()).isEqualTo("batchSize");
    }

    @Test
    void the_drop_in_api_is_a_group_of_its_own_after_the_unified_one() throws Exception {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var unified = json.readTree(server.get("/v3/api-docs/kopru").body());
        var dropIn = json.readTree(server.get("/v3/api-docs/mikro-drop-in").body());
        assertThat(paths(unified)).isNotEmpty().allMatch(p -> p.startsWith("/api/v1/"));
        assertThat(paths(dropIn)).isNotEmpty().noneMatch(p -> p.startsWith("/api/v1/"));
        assertThat(dropIn.at("/info/title").asText()).isEqualTo("Köprü API");
        assertThat(dropIn.at("/components/securitySchemes/basic/scheme").asText()).isEqualTo("basic");
        var config = json.readTree(server.get("/v3/api-docs/swagger-config").body());
        assertThat(config.path("urls").findValuesAsText("name")).containsExactly("Köprü API (unified)",
                "Mikro drop-in API");
    }

    private static java.util.List<String> paths(com.fasterxml.jackson.databind.JsonNode doc) {
        java.util.List<String> paths = new java.util.ArrayList<>();
        doc.path("paths").fieldNames().forEachRemaining(paths::add);
        return paths;
    }
}
