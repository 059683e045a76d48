package dev.kopru.wiradius.sandbox;

import dev.kopru.testkit.http.TestHttp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** Posts form fields to a running sandbox as the vendor's examples do (multipart) or urlencoded. */
final class WiradiusHttp {

    enum Encoding { MULTIPART, URLENCODED }

    private static final String BOUNDARY = "----kopru-wiradius-test";
    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;

    WiradiusHttp(URI base) {
        this.base = base;
    }

    TestHttp.Response post(String path, Map<String, String> fields) {
        return post(path, fields, Encoding.MULTIPART);
    }

    TestHttp.Response post(String path, Map<String, String> fields, Encoding encoding) {
        String body;
        String type;
        if (encoding == Encoding.MULTIPART) {
            StringBuilder parts = new StringBuilder();
            fields.forEach((name, value) -> parts.append("--").append(BOUNDARY).append("\r\n")
                    .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                    .append(value).append("\r\n"));
            body = parts.append("--").append(BOUNDARY).append("--\r\n").toString();
            type = "multipart/form-data; boundary=" + BOUNDARY;
        } else {
            body = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            type = "application/x-www-form-urlencoded";
        }
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    TestHttp.Response get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET().build());
    }

    private TestHttp.Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new TestHttp.Response(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
