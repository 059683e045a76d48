package dev.kopru.server.problems;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** A request body that is not the JSON we expect, explained: which field, and why (unknown, wrong type, bad JSON). */
final class JsonProblems {

    private JsonProblems() {
    }

    static ProblemDetail describe(HttpMessageNotReadableException e) {
        Throwable cause = e.getMostSpecificCause();
        String field = null;
        String detail;
        if (cause instanceof UnrecognizedPropertyException unknown) {
            field = path(unknown);
            detail = field + ": unknown field";
        } else if (cause instanceof DatabindException bind && !bind.getPath().isEmpty()) {
            field = path(bind);
            detail = field + ": " + bind.getOriginalMessage();
        } else if (cause instanceof JacksonException json) {
            detail = "body: not valid JSON (" + json.getOriginalMessage() + ")";
        } else {
            detail = "body: missing or unreadable";
        }
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        body.setType(URI.create(ApiProblems.TYPE_BASE + "invalid-body"));
        body.setTitle("Invalid request body");
        if (field != null) {
            body.setProperty("field", field);
        }
        return body;
    }

    private static String path(DatabindException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
