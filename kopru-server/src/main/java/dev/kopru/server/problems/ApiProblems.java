package dev.kopru.server.problems;

import dev.kopru.core.connector.ConnectorException;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the API as RFC 9457 {@code application/problem+json}: {@code type} says what kind of failure,
 * {@code field} names the field at fault, {@code vendorMessage} carries the vendor's own words. A refusal of ours
 * ({@code "field: reason"} in an {@link IllegalArgumentException}) is a 400; the vendor's outcomes map to the status
 * a client can act on.
 */
@RestControllerAdvice
public class ApiProblems extends ResponseEntityExceptionHandler {

    public static final String TYPE_BASE = "https://kopru.dev/problems/";

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> badInput(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input", e.getMessage(), fieldOf(e.getMessage()),
                null);
    }

    @ExceptionHandler(IllegalStateException.class)
    ResponseEntity<ProblemDetail> conflict(IllegalStateException e) {
        return problem(HttpStatus.CONFLICT, "conflict", "Conflict", e.getMessage(), fieldOf(e.getMessage()), null);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage(), null, null);
    }

    @ExceptionHandler(ConnectorException.class)
    ResponseEntity<ProblemDetail> vendor(ConnectorException e) {
        String vendorMessage = e.vendorMessage().orElse(null);
        return switch (e) {
            case ConnectorException.Validation v -> problem(HttpStatus.UNPROCESSABLE_CONTENT, "vendor-rejected",
                    "The vendor rejected the record", v.getMessage(), v.field().orElse(null), vendorMessage);
            case ConnectorException.NotFound n -> problem(HttpStatus.NOT_FOUND, "vendor-not-found",
                    "Not found at the vendor", n.getMessage(), null, vendorMessage);
            case ConnectorException.AuthRejected a -> problem(HttpStatus.BAD_GATEWAY, "vendor-auth-rejected",
                    "The vendor refused the connection's credentials", a.getMessage(), null, vendorMessage);
            case ConnectorException.RateLimited r -> problem(HttpStatus.TOO_MANY_REQUESTS, "vendor-rate-limited",
                    "The vendor's rate limit was reached", r.getMessage(), null, vendorMessage);
            case ConnectorException.InDoubt d -> problem(HttpStatus.GATEWAY_TIMEOUT, "vendor-in-doubt",
                    "The vendor's answer was lost: the write may or may not have happened", d.getMessage(), null,
                    vendorMessage);
            default -> problem(HttpStatus.SERVICE_UNAVAILABLE, "vendor-unavailable", "The vendor is unavailable",
                    e.getMessage(), null, vendorMessage);
        };
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        ProblemDetail body = JsonProblems.describe(e);
        return ResponseEntity.badRequest().contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
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
        return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }

    /** Our messages start with the field: {@code "taxId: 10 digits for a VKN"}. */
    static String fieldOf(String message) {
        if (message == null) {
            return null;
        }
        int colon = message.indexOf(": ");
        return colon > 0 && message.substring(0, colon).matches("[A-Za-z0-9_.\\[\\]-]+") ? message.substring(0, colon)
                : null;
    }
}
