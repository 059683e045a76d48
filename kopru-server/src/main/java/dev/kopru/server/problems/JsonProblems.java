package dev.kopru.server.problems;

import dev.kopru.core.input.InvalidInputException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** A request body that is not the JSON we expect, explained: which field, and why (unknown, wrong type, bad JSON). */
final class JsonProblems {

    private JsonProblems() {
    }

    /** {@code failure} is what reading the body threw, or any exception with such a cause. */
    static ProblemDetail describe(Throwable failure) {
        UnrecognizedPropertyException unknown = find(failure, UnrecognizedPropertyException.class);
        DatabindException bind = find(failure, DatabindException.class);
        InvalidInputException refused = find(failure, InvalidInputException.class);
        JacksonException json = find(failure, JacksonException.class);
        String field = null;
        String detail;
        if (unknown != null) {
            field = path(unknown);
            detail = field + ": unknown field";
        } else if (refused != null && bind != null) {
            // a record's own check ("taxId: 10 digits for a VKN"), thrown while the body was being bound
            field = refused.field();
            detail = refused.getMessage();
        } else if (bind != null && !bind.getPath().isEmpty()) {
            field = path(bind);
            detail = field + ": " + bind.getOriginalMessage();
        } else if (json instanceof InputCoercionException number && number.processor() != null) {
            // a number out of the range of the field's type ("lineNo": 1e40), met while binding a tree
            field = path(number.processor().streamReadContext());
            detail = (field.isEmpty() ? "body" : field) + ": a number out of range for the field";
            field = field.isEmpty() ? null : field;
        } else if (json instanceof StreamReadException read) {
            // the parser quotes the offending token, which may be anything the caller typed: left out
            detail = "body: not valid JSON (" + read.getOriginalMessage().replaceAll("'[^']*'", "'…'") + ")";
        } else if (json != null) {
            detail = "body: " + json.getOriginalMessage();
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

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String path(TokenStreamContext context) {
        StringBuilder path = new StringBuilder();
        for (TokenStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            String step = at.inArray() ? "[" + Math.max(0, at.getCurrentIndex()) + "]"
                    : at.currentName() == null ? "" : at.currentName();
            path.insert(0, path.isEmpty() || path.charAt(0) == '[' ? step : step + ".");
        }
        return path.toString();
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
