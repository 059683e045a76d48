package dev.kopru.connector.kit.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One request to a vendor before it is sent: method, path (below the base URL), query, headers and body. Immutable;
 * an {@link Authentication} returns a changed copy with the credentials in place.
 */
public record VendorRequest(String method, String path, Map<String, String> query, Map<String, String> headers,
                            Body body) {

    /** What a request carries. */
    public sealed interface Body {
        /** No body (GET, or a POST without one). */
        record None() implements Body { }

        /** A JSON document, written with the client's mapper. */
        record Json(JsonNode document) implements Body { }

        /**
         * HTML form fields in this order, sent {@code application/x-www-form-urlencoded}, or
         * {@code multipart/form-data} when {@code multipart} (what PHP's cURL and cURL's {@code --form} send).
         */
        record Form(Map<String, String> fields, boolean multipart) implements Body {
            public Form {
                fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
            }

            public Form(Map<String, String> fields) {
                this(fields, false);
            }
        }
    }

    public VendorRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        query = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(query));
        headers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        Objects.requireNonNull(body, "body");
    }

    public static VendorRequest get(String path) {
        return new VendorRequest("GET", path, Map.of(), Map.of(), new Body.None());
    }

    public static VendorRequest post(String path, JsonNode json) {
        return new VendorRequest("POST", path, Map.of(), Map.of(), new Body.Json(json));
    }

    public static VendorRequest postForm(String path, Map<String, String> fields) {
        return new VendorRequest("POST", path, Map.of(), Map.of(), new Body.Form(fields));
    }

    /** A POST of form fields as {@code multipart/form-data}. */
    public static VendorRequest postMultipart(String path, Map<String, String> fields) {
        return new VendorRequest("POST", path, Map.of(), Map.of(), new Body.Form(fields, true));
    }

    public static VendorRequest of(String method, String path, JsonNode jsonOrNull) {
        return new VendorRequest(method, path, Map.of(), Map.of(),
                jsonOrNull == null ? new Body.None() : new Body.Json(jsonOrNull));
    }

    public VendorRequest withPath(String value) {
        return new VendorRequest(method, value, query, headers, body);
    }

    public VendorRequest withBody(Body value) {
        return new VendorRequest(method, path, query, headers, value);
    }

    /** This request with the query parameter set (null removes it); order of first setting is kept. */
    public VendorRequest withQuery(String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(query);
        if (value == null) {
            changed.remove(name);
        } else {
            changed.put(name, value);
        }
        return new VendorRequest(method, path, changed, headers, body);
    }

    public VendorRequest withHeader(String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(headers);
        changed.put(name, value);
        return new VendorRequest(method, path, query, changed, body);
    }

    /** Never the headers' values or the body: either may hold a credential. */
    @Override
    public String toString() {
        return method + " " + path + (query.isEmpty() ? "" : " " + query.keySet()) + " (" + body.getClass().getSimpleName()
                + ")";
    }
}
