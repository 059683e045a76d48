package dev.kopru.logo.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kopru.connector.kit.http.SessionAuthentication;
import dev.kopru.connector.kit.http.VendorFailures;
import dev.kopru.connector.kit.http.VendorHttp;
import dev.kopru.connector.kit.http.VendorRequest;
import dev.kopru.connector.kit.json.VendorJson;
import dev.kopru.connector.kit.paging.NextLinks;
import dev.kopru.core.connector.ConnectorException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * A typed client of the Logo Tiger REST service ({@code api/v1}, logo.md): the token flow, and generic access to
 * every data object (list, read, create, replace, patch, delete) in Logo's own record shape.
 *
 * <p>Failure semantics, for every method: a {@link ConnectorException}. Every call is sent once (only a request that
 * never left this machine is sent again); retries belong to the caller's chain. A write whose outcome is unknown
 * (time-out, lost connection, 5xx) throws {@link ConnectorException.InDoubt}: Logo has no idempotency key, so look
 * the record up by its code or number before sending it again. A 401 is answered by one new login. A
 * {@code ModelState} refusal is {@link ConnectorException.Validation} naming Logo's key with Logo's text. Messages
 * name the operation and never a secret.
 */
public final class LogoClient implements AutoCloseable {

    private static final String API = "api/v1/";
    /** The vendor's own spelling (logo.md §4.6). */
    private static final String READ_WITH_BODY = "readwithbodyparamters";

    private final LogoConfig config;
    private final ObjectMapper json = VendorJson.mapper();
    private final SessionAuthentication<LogoToken.Token> session;
    private final VendorHttp http;
    private final LogoEnvelope envelope;

    public LogoClient(LogoConfig config) {
        this.config = config;
        LogoToken token = new LogoToken(config);
        // Renew a token a little before Logo would refuse it: a refusal costs a round trip and a second login.
        this.session = new SessionAuthentication<>(token, config.clock(), Duration.ofSeconds(30),
                token::credentialSecrets);
        VendorFailures failures = VendorFailures.of("Logo");
        this.http = VendorHttp.builder("Logo", config.baseUrl()).settings(config.http()).json(json)
                .authentication(session).failures(failures).build();
        token.sendWith(http);
        this.envelope = new LogoEnvelope(json, failures, config.clock());
    }

    public LogoConfig config() {
        return config;
    }

    public ObjectMapper json() {
        return json;
    }

    // --- token and service ---

    /** Logs in now (a token is otherwise fetched by the first call); refused credentials are AuthRejected. */
    public void login() {
        session.session();
    }

    /** {@code GET api/v1/revoke}: ends the current token at Logo; the next call logs in again. */
    public void revoke() {
        session.close();
    }

    /** How many tokens this client has asked for, for tests and metrics. */
    public long logins() {
        return session.logins();
    }

    /** {@code GET api/v1/methods/versions}: {@code ApiVersion} and {@code ReleaseVersion}. */
    public JsonNode versions() {
        return read("methods/versions", Map.of());
    }

    /** {@code GET api/v1/ping}: the service answers and the token is accepted. */
    public JsonNode ping() {
        return read("ping", Map.of());
    }

    /** {@code GET api/v1/istokenvalid}. */
    public boolean tokenValid() {
        return read("istokenvalid", Map.of()).asBoolean(false);
    }

    // --- data objects ---

    /** One page of {@code resource} ({@code items}, {@code Arps}, {@code salesInvoices}, …) matching {@code query}. */
    public LogoPage list(String resource, LogoQuery query) {
        String path = path(resource);
        return page(resource, read(path, query.parameters(config.pageSize())));
    }

    /** The page after {@code page}, by the service's own {@code next} link; empty after the last page. */
    public Optional<LogoPage> next(LogoPage page) {
        return page.next().map(href -> page(page.resource(), call(LogoOperation.read(page.resource()),
                VendorRequest.get(NextLinks.onto(config.baseUrl(), href)))));
    }

    /** Every record of {@code resource} selected by {@code query}, page by page as the stream is consumed. */
    public Stream<ObjectNode> stream(String resource, LogoQuery query) {
        return Stream.iterate(list(resource, query), page -> page != null, page -> next(page).orElse(null))
                .flatMap(page -> page.items().stream());
    }

    /** {@code GET api/v1/{resource}/{id}}: the record with its collections; NotFound when there is none. */
    public ObjectNode get(String resource, int id, LogoQuery options) {
        Map<String, String> params = options.parameters(config.pageSize());
        params.remove("limit");
        return object(read(path(resource) + "/" + id, params), resource);
    }

    /** {@code GET api/v1/definitions/{resource}}: the data object's JSON schema, as the service describes it. */
    public ObjectNode definition(String resource) {
        return object(read("definitions/" + path(resource), Map.of()), resource);
    }

    /** {@code POST api/v1/{resource}}: the saved record as Logo echoes it, with its {@code INTERNAL_REFERENCE}. */
    public ObjectNode create(String resource, ObjectNode record) {
        return object(write("POST", resource, path(resource), record), resource);
    }

    /** {@code PUT api/v1/{resource}/{id}}: replaces the whole record. */
    public ObjectNode replace(String resource, int id, ObjectNode record) {
        return object(write("PUT", resource, path(resource) + "/" + id, record), resource);
    }

    /** {@code PATCH api/v1/{resource}/{id}}: changes the fields sent; Logo echoes only those. */
    public ObjectNode patch(String resource, int id, ObjectNode fields) {
        ObjectNode body = fields.deepCopy();
        body.put("INTERNAL_REFERENCE", id);
        return object(write("PATCH", resource, path(resource) + "/" + id, body), resource);
    }

    /** {@code DELETE api/v1/{resource}/{id}}. */
    public void delete(String resource, int id) {
        write("DELETE", resource, path(resource) + "/" + id, null);
    }

    /** {@code GET api/v1/{resource}/{id}/{COLLECTION}}: a record's lines ({@code TRANSACTIONS}, {@code UNITS}). */
    public ObjectNode lines(String resource, int id, String collection) {
        return object(read(path(resource) + "/" + id + "/" + segment(collection), Map.of()), resource);
    }

    /** {@code GET api/v1/{resource}/{id}/{COLLECTION}/{index}}: one line by its 0-based index. */
    public ObjectNode line(String resource, int id, String collection, int index) {
        return object(read(path(resource) + "/" + id + "/" + segment(collection) + "/" + index, Map.of()),
                resource);
    }

    /**
     * {@code GET api/v1/{resource}/{id}/{Method}/{args}}: a Logo Objects method run on a stored record (logo.md
     * §5.1, e.g. {@code ReCalculate}); Logo answers {@code KeyValueParameter[]} ({@code Name}, {@code Value}).
     */
    public JsonNode method(String resource, int id, String method, List<String> args) {
        return read(path(resource) + "/" + id + "/" + segments(method, args), Map.of());
    }

    /** {@code GET api/v1/{resource}/{id}/{COLLECTION}/{LineMethod}/{args}}: a method on a record's lines (§4.3). */
    public JsonNode lineMethod(String resource, int id, String collection, String method, List<String> args) {
        return read(path(resource) + "/" + id + "/" + segment(collection) + "/" + segments(method, args), Map.of());
    }

    /**
     * {@code POST api/v1/{resource}/{Method}/{args}}: a method run on {@code record} as sent. Whether a method saves
     * is not documented, so it is sent once, as a write.
     */
    public JsonNode method(String resource, String method, List<String> args, ObjectNode record) {
        return write("POST", resource + "/" + method, path(resource) + "/" + segments(method, args), record);
    }

    /**
     * {@code POST api/v1/{resource}/readwithbodyparamters} (the vendor's spelling, logo.md §4.6): a list whose
     * {@code q}, {@code fields}, {@code sort}, {@code expandLevel} and {@code expand} travel in the body, for a
     * filter too long for a URL; paging stays in the query string.
     */
    public LogoPage readWithBody(String resource, LogoQuery query) {
        return page(resource, bodyRead(path(resource), query));
    }

    /** {@code POST api/v1/{resource}/{id}/readwithbodyparamters}: one record, options in the body. */
    public ObjectNode readWithBody(String resource, int id, LogoQuery query) {
        return object(bodyRead(path(resource) + "/" + id, query), resource);
    }

    /**
     * {@code GET api/v1/queries?tsql=}: the first page of rows of a read-only SQL statement over Logo's tables
     * ({@code LG_001_ITEMS}, {@code LG_001_01_INVOICE}, …), {@code limit} rows a page; {@link #next} pages on. The
     * statement must be a single SELECT; anything else is refused before sending.
     */
    public LogoPage query(String tsql, int limit) {
        // the kit's one send passes tsql through the read-only SQL guard (LogoOperation.QUERY marks it)
        return page("queries", call(LogoOperation.QUERY, VendorRequest.get(API + "queries")
                .withQuery("limit", Integer.toString(limit)).withQuery("tsql", tsql)));
    }

    /** Sends {@code request} as {@code op}: the raw pass-through's way in, with this client's token. */
    public JsonNode call(LogoOperation op, VendorRequest request) {
        return http.call(op, request, envelope);
    }

    /** Secrets this client sends now (password, client secret, token), for callers that pass Logo's text on. */
    public List<String> secrets() {
        return http.secrets();
    }

    /** Revokes the token (a failing revoke is ignored: the token expires by itself). */
    @Override
    public void close() {
        session.close();
    }

    @Override
    public String toString() {
        return "LogoClient{" + config + "}";
    }

    private JsonNode read(String path, Map<String, String> params) {
        VendorRequest request = VendorRequest.get(API + path);
        for (Map.Entry<String, String> param : params.entrySet()) {
            request = request.withQuery(param.getKey(), param.getValue());
        }
        return call(LogoOperation.read(path), request);
    }

    private JsonNode bodyRead(String path, LogoQuery query) {
        Map<String, String> params = query.parameters(config.pageSize());
        ObjectNode body = json.createObjectNode();
        for (String option : List.of("q", "fields", "sort", "expandLevel", "expand")) {
            Optional.ofNullable(params.remove(option)).ifPresent(value -> body.put(option, value));
        }
        VendorRequest request = VendorRequest.post(API + path + "/" + READ_WITH_BODY, body);
        for (Map.Entry<String, String> param : params.entrySet()) {
            request = request.withQuery(param.getKey(), param.getValue());
        }
        return call(LogoOperation.readWithBody(path), request);
    }

    private JsonNode write(String method, String resource, String path, ObjectNode body) {
        return call(LogoOperation.write(method, resource), VendorRequest.of(method, API + path, body));
    }

    private LogoPage page(String resource, JsonNode envelope) {
        List<ObjectNode> items = new ArrayList<>();
        envelope.path("items").forEach(item -> items.add((ObjectNode) item));
        JsonNode next = envelope.path("next").path("href");
        JsonNode total = envelope.path("totalCount");
        return new LogoPage(resource, items, envelope.path("offset").asInt(0),
                next.isTextual() && !next.asText().isBlank() && !items.isEmpty() ? Optional.of(next.asText())
                        : Optional.empty(),
                total.isNumber() ? OptionalLong.of(total.asLong()) : OptionalLong.empty());
    }

    private static ObjectNode object(JsonNode answer, String resource) {
        if (answer instanceof ObjectNode node) {
            return node;
        }
        throw new ConnectorException.Transient(resource, resource + ": Logo answered " + answer.getNodeType()
                + " where a record was expected", null, null);
    }

    /** A method and its arguments as path segments. */
    private static String segments(String method, List<String> args) {
        StringBuilder path = new StringBuilder(segment(method));
        args.forEach(arg -> path.append('/').append(segment(arg)));
        return path.toString();
    }

    /** One path segment: a collection or method name, or a method's argument, percent-encoded. */
    private static String segment(String value) {
        if (value == null || value.isBlank()) {
            throw new dev.kopru.core.input.InvalidInputException("path", "a collection, method or argument must not"
                    + " be blank");
        }
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The data object's path segment; the service matches it in any case, so it is sent as given. */
    private static String path(String resource) {
        if (resource == null || !resource.matches("[A-Za-z][A-Za-z0-9_]*")) {
            throw new dev.kopru.core.input.InvalidInputException("resource",
                    "must be a Logo data object name such as items or Arps, was '" + resource + "'");
        }
        return URLEncoder.encode(resource, StandardCharsets.UTF_8);
    }
}
