package dev.kopru.mikro.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One authenticated request to an operation. Mikro puts list filters at the top level and write arrays inside the
 * {@code Mikro} block (mikro.md §5); some filters live inside the block, and the seed puts them in {@code Filtre}.
 * The lookups here accept every one of those places.
 *
 * @param body  the whole request body
 * @param mikro the {@code Mikro} block, or an empty object for calls that came with a SessionId
 * @param user  the authenticated {@code KullaniciKodu}
 * @param year  the working year ({@code CalismaYili}) whose database the call reads and writes
 */
record Call(ObjectNode body, ObjectNode mikro, String user, int year, Services services) {

    /** A filter: top level, then the Mikro block, then the seed's {@code Filtre}. */
    JsonNode param(String name) {
        return Fields.find(name, body, mikro, Fields.get(body, "Filtre"));
    }

    /** A write payload: inside the Mikro block, then at top level. */
    JsonNode payload(String name) {
        return Fields.find(name, mikro, body);
    }

    /** The objects of a write array, accepting one object in place of an array. */
    List<ObjectNode> list(String name) {
        return Fields.objects(payload(name), name);
    }

    /** Saves one element of a write array; what it returns is that element's entry in {@code Data}. */
    @FunctionalInterface
    interface Saver {
        JsonNode save(Records records, ObjectNode element) throws SQLException;
    }

    /**
     * Saves every element of the required write array {@code name} in one transaction, so that a request with one bad
     * element writes nothing, and answers with one {@code Data} entry per element (shaped by {@link WriteReplies}).
     */
    Reply saveEach(String name, Saver saver) throws SQLException {
        List<ObjectNode> elements = list(name);
        if (elements.isEmpty()) {
            throw MikroError.required(name);
        }
        ArrayNode saved = db().write(connection -> {
            Records records = new Records(connection, services, db().tables());
            ArrayNode result = Bodies.array();
            for (ObjectNode element : elements) {
                result.add(saver.save(records, element));
            }
            records.close();
            return result;
        });
        return Reply.data(WriteReplies.data(saved, services.options().inferredReplies()));
    }

    /** The object that holds filter {@code name}, searched as {@link #param}; the body when none has it. */
    JsonNode scope(String name) {
        for (JsonNode place : new JsonNode[] {body, mikro, Fields.get(body, "Filtre")}) {
            if (Fields.get(place, name) != null) {
                return place;
            }
        }
        return body;
    }

    MikroDatabase db() {
        return services.db(year);
    }

    LocalDateTime now() {
        return services.now();
    }
}
