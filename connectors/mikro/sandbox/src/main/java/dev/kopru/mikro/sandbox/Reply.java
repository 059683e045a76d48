package dev.kopru.mikro.sandbox;

import com.fasterxml.jackson.databind.JsonNode;

/** What an operation answers: Mikro's standard envelope, or a body of its own (the documented exceptions, §4.2). */
sealed interface Reply {

    /** {@code {"result":[{"StatusCode":200,"IsError":false,"ErrorMessage":null,"Data":data}]}}. */
    record Envelope(JsonNode data) implements Reply {
    }

    /** A body that is not the envelope, e.g. {@code {"success":true,"data":[...]}} of KayıtOkuV2. */
    record Raw(int httpStatus, JsonNode body) implements Reply {
    }

    static Reply data(JsonNode data) {
        return new Envelope(data);
    }

    static Reply raw(JsonNode body) {
        return new Raw(200, body);
    }
}
