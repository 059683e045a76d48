package dev.kopru.server.problems;

import dev.kopru.core.connector.ConnectorException;
import dev.kopru.core.connector.OperationNotOfferedException;
import dev.kopru.core.input.ConflictException;
import dev.kopru.core.input.InvalidInputException;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.DatabindException;

/**
 * Every error of the API as RFC 9457 {@code application/problem+json}: {@code type} says what kind of failure,
 * {@code field} names the field at fault, {@code vendorMessage} carries the vendor's own words. The status comes from
 * the exception's type: our refusals ({@link InvalidInputException} 400, {@link ConflictException} 409,
 * {@link NotFoundException} 404) carry their field; the vendor's outcomes (a sealed set) map to the status
 * a client can act on; Spring's own refusals (405, 406, 415, 404 for an unknown path, ...) keep their status and get
 * a type of ours. Nothing unexpected leaves as anything but a 500 problem without internals.
 */
@RestControllerAdvice
public class ApiProblems extends ResponseEntityExceptionHandler {

    public static final String TYPE_BASE = "https://kopru.dev/problems/";

    private static final System.Logger LOG = System.getLogger(ApiProblems.class.getName());

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> badInput(InvalidInputException e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input", e.getMessage(), e.field(), null);
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ProblemDetail> conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, "conflict", "Conflict", e.getMessage(), e.field(), null);
    }

    @ExceptionHandler(IdempotencyKeyReusedException.class)
    ResponseEntity<ProblemDetail> keyReused(IdempotencyKeyReusedException e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused", "Idempotency key reused",
                e.getMessage(), "Idempotency-Key", null);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage(), e.field().orElse(null), null);
    }

    @ExceptionHandler(OperationNotAllowedException.class)
    ResponseEntity<ProblemDetail> notAllowed(OperationNotAllowedException e) {
        ResponseEntity<ProblemDetail> response = problem(HttpStatus.METHOD_NOT_ALLOWED, "operation-not-supported",
                "The connector does not offer this operation", e.getMessage(), null, null);
        response.getBody().setProperty("operation", e.operation());
        response.getBody().setProperty("supportedOperations", e.allowed());
        return response;
    }

    /** A connector refusing an operation its descriptor does not list. */
    @ExceptionHandler(OperationNotOfferedException.class)
    ResponseEntity<ProblemDetail> unsupported(OperationNotOfferedException e) {
        return problem(HttpStatus.METHOD_NOT_ALLOWED, "operation-not-supported",
                "The connector does not offer this operation", e.getMessage(), null, null);
    }

    /** A body that was read as a tree first and bound to a record afterwards (a number out of range included). */
    @ExceptionHandler({DatabindException.class, InputCoercionException.class})
    ResponseEntity<ProblemDetail> unbindable(JacksonException e) {
        return withProblemType(JsonProblems.describe(e));
    }

    @ExceptionHandler(ConnectorException.class)
    ResponseEntity<ProblemDetail> vendor(ConnectorException e) {
        String vendorMessage = e.vendorMessage().orElse(null);
        ResponseEntity<ProblemDetail> response = switch (e) {
            case ConnectorException.Validation v -> problem(HttpStatus.UNPROCESSABLE_CONTENT, "vendor-rejected",
                    "The vendor rejected the request", v.getMessage(), v.field().orElse(null), vendorMessage);
            case ConnectorException.NotFound n -> problem(HttpStatus.NOT_FOUND, "vendor-not-found",
                    "Not found at the vendor", n.getMessage(), null, vendorMessage);
            case ConnectorException.AuthRejected a -> problem(HttpStatus.BAD_GATEWAY, "vendor-auth-rejected",
                    "The vendor refused the connection's credentials", a.getMessage(), null, vendorMessage);
            case ConnectorException.RateLimited r -> problem(HttpStatus.TOO_MANY_REQUESTS, "vendor-rate-limited",
                    "The vendor's rate limit was reached", r.getMessage(), null, vendorMessage);
            case ConnectorException.InDoubt d -> problem(HttpStatus.GATEWAY_TIMEOUT, "vendor-in-doubt",
                    "The vendor's answer was lost: the write may or may not have happened", d.getMessage(), null,
                    vendorMessage);
            case ConnectorException.QuotaExhausted q -> problem(HttpStatus.PAYMENT_REQUIRED, "vendor-quota-exhausted",
                    "The vendor account has no credit left for calls", q.getMessage(), null, vendorMessage);
            case ConnectorException.Transient t -> unavailable(t, vendorMessage);
            // a session that expired again right after the one re-login: the vendor is not serving us now
            case ConnectorException.AuthExpired a -> unavailable(a, vendorMessage);
        };
        response.getBody().setProperty("operation", e.operation());
        if (e instanceof ConnectorException.RateLimited r) {
            return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, r.retryAfter().toSeconds())))
                    .body(response.getBody());
        }
        return response;
    }

    private static ResponseEntity<ProblemDetail> unavailable(ConnectorException e, String vendorMessage) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "vendor-unavailable", "The vendor is unavailable",
                e.getMessage(), null, vendorMessage);
    }

    /** A body without a declared length that passed the limit while a controller read it. */
    @ExceptionHandler(BodyTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(BodyTooLargeException e) {
        return withProblemType(tooLarge(e.limit(), -1));
    }

    /**
     * Anything else is our fault (a JDK {@link IllegalArgumentException} or {@link IllegalStateException} included):
     * logged here with its stack under a correlation id, answered with that id and without internals.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        String correlationId = UUID.randomUUID().toString();
        LOG.log(System.Logger.Level.ERROR, "unexpected failure of an API request (correlationId " + correlationId
                + ")", e);
        ResponseEntity<ProblemDetail> response = problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                "Internal error", "the server failed unexpectedly; the server log has the details under correlation id "
                        + correlationId, null, null);
        response.getBody().setProperty("correlationId", correlationId);
        return response;
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BodyTooLargeException tooLarge) {
                return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .body(tooLarge(tooLarge.limit(), -1));
            }
        }
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(JsonProblems.describe(e));
    }

    /** Spring's own refusals: their status and detail, a type of ours, always problem+json. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(e, body, headers, status, request);
        if (response != null && response.getBody() instanceof ProblemDetail detail) {
            if (detail.getType() == null || "about:blank".equals(detail.getType().toString())) {
                detail.setType(URI.create(TYPE_BASE + slug(response.getStatusCode())));
            }
            return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(detail);
        }
        return response;
    }

    static ProblemDetail tooLarge(long limit, long length) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, "body: "
                + (length >= 0 ? length + " bytes, " : "") + "larger than the API's limit of " + limit + " bytes");
        body.setType(URI.create(TYPE_BASE + "body-too-large"));
        body.setTitle("Request body too large");
        body.setProperty("field", "body");
        return body;
    }

    public static ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, String title, String detail,
                                                        String field, String vendorMessage) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setType(URI.create(TYPE_BASE + type));
        body.setTitle(title);
        if (field != null) {
            body.setProperty("field", field);
        }
        if (vendorMessage != null) {
            body.setProperty("vendorMessage", vendorMessage);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    private static ResponseEntity<ProblemDetail> withProblemType(ProblemDetail body) {
        return ResponseEntity.status(body.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    /** {@code 405 METHOD_NOT_ALLOWED} → {@code method-not-allowed}. */
    private static String slug(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known == null ? "http-" + status.value()
                : known.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
