package dev.kopru.mikro.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kopru.testkit.http.TestHttp;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PathsTest extends MikroSandboxTestBase {

    @Test
    void answers_every_documented_path_in_its_documented_casing() {
        List<String> paths = Operations.documentedPaths();
        assertThat(paths).hasSizeGreaterThanOrEqualTo(124);
        for (String path : paths) {
            if (path.endsWith("HealthCheck") || path.endsWith("HealthCheck2") || path.endsWith("LoggerDone")) {
                assertThat(mikro.get(path).status()).as(path).isEqualTo(200);
                continue;
            }
            TestHttp.Response response = mikro.post(path, mikro.body());
            assertThat(response.status()).as("%s → %s", path, response.text()).isEqualTo(200);
            assertThat(response.text()).as(path).doesNotContain("No HTTP resource");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/Api/APIMethods/CariListesiV3", "/API/APIMethods/CariListesiV3",
            "/api/APIMethods/CariListesiV3", "/Api/apiMethods/CariListesiV3", "/api/apimethods/carilistesiv3",
            "/API/APIMETHODS/CARILISTESIV3", "/aPi/ApImEtHoDs/cArIlIsTeSiV3"})
    void matches_paths_ignoring_case(String path) {
        JsonNode data = mikro.data(path, mikro.body());
        assertThat(data.get("CariListesi")).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/API/APIMethods/KayıtOkuV2", "/API/APIMethods/KayitOkuV2", "/api/apimethods/KAYITOKUV2"})
    void reads_the_change_log_under_the_dotless_i_name_and_its_ascii_spelling(String path) {
        TestHttp.Response response = mikro.post(path, changeLogRequest());
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("success").asBoolean()).isTrue();
        assertThat(response.json().get("data")).hasSize(2);
    }

    @Test
    void reads_the_change_log_with_the_dotless_i_sent_as_raw_utf8() throws IOException {
        byte[] body = changeLogRequest().getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("127.0.0.1", sandbox.port())) {
            OutputStream out = socket.getOutputStream();
            out.write("POST /API/APIMethods/KayıtOkuV2 HTTP/1.1\r\n".getBytes(StandardCharsets.UTF_8));
            out.write(("Host: 127.0.0.1\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
                    + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 200").contains("\"success\":true");
        }
    }

    private String changeLogRequest() {
        var body = mikro.body();
        ((com.fasterxml.jackson.databind.node.ObjectNode) body.get("Mikro")).put("TableNo", 31)
                .put("ChangeStartDate", "2025-01-01").put("ChangeEndDate", "2025-11-22");
        return body.toString();
    }

    @Test
    void answers_an_unknown_method_with_web_apis_404() {
        TestHttp.Response response = mikro.post("/Api/APIMethods/NoSuchMethodV2", mikro.body());
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("Message").asText()).startsWith("No HTTP resource was found");

        assertThat(mikro.post("/Api/Other/CariListesiV3", mikro.body()).status()).isEqualTo(404);
        assertThat(mikro.post("/Api/APIMethods/CariListesiV3/extra", mikro.body()).status()).isEqualTo(404);
        assertThat(mikro.post("/nowhere", mikro.body()).json().get("Message").asText()).contains("No HTTP resource");
    }

    @Test
    void answers_a_documented_method_it_does_not_emulate_with_501_in_the_envelope() {
        String message = mikro.error("/Api/apiMethods/DekontKaydetV2", mikro.body(), 501);
        assertThat(message).contains("DekontKaydetV2");
    }

    @Test
    void refuses_the_wrong_http_method() {
        assertThat(mikro.get("/Api/APIMethods/CariListesiV3").status()).isEqualTo(405);
        assertThat(mikro.post("/Api/APIMethods/HealthCheck2", null).status()).isEqualTo(405);
    }

    @Test
    void health_checks_answer_their_own_shapes() {
        TestHttp.Response health = mikro.get("/Api/APIMethods/HealthCheck");
        assertThat(health.json().get("result").asText()).contains("200");
        TestHttp.Response health2 = mikro.get("/api/apimethods/healthcheck2");
        assertThat(health2.json().get("ApiStatus").asText()).isEqualTo("Up");
        assertThat(health2.json().get("StatusCode").asInt()).isEqualTo(200);
    }
}
