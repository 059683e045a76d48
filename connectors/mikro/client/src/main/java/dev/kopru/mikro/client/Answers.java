package dev.kopru.mikro.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kopru.connector.kit.paging.PageRows;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reading the payload out of Mikro's answers, leniently where clients have seen variation (mikro.md §4): the
 * {@code result[0]} envelope, {@code Data} sent as a JSON string, rows under a key of any case or straight in
 * {@code Data}, and the own envelopes of KayıtOkuV2 and EBelgeDurumSorgulamaV2.
 */
final class Answers {

    private final ObjectMapper json;

    Answers(ObjectMapper json) {
        this.json = json;
    }

    /** {@code result[0].Data}; a JSON string in it (some servers send one) is parsed. */
    JsonNode data(JsonNode answer) {
        JsonNode data = MikroEnvelope.envelope(answer).map(first -> first.path("Data")).orElse(answer);
        if (data.isTextual()) {
            String text = data.asText().trim();
            if (text.startsWith("{") || text.startsWith("[")) {
                try {
                    return json.readTree(text);
                } catch (JsonProcessingException e) {
                    return data;
                }
            }
        }
        return data;
    }

    /** The payload of an own envelope (mikro.md §4.2), which {@link MikroEnvelope} found a success. */
    static JsonNode ownEnvelope(JsonNode answer) {
        return answer.has("data") ? answer.get("data") : answer.path("Data");
    }

    /** The rows under {@code key} (any case) of an object {@code Data}, or {@code Data} itself when it is a list. */
    <T> List<T> rows(JsonNode data, String key, Class<T> type) {
        return pageRows(data, key, type, "").readable(key);
    }

    /** The same rows one by one: a row that does not parse is kept as unreadable, keyed by {@code keyField}. */
    <T> PageRows<T> pageRows(JsonNode data, String key, Class<T> type, String keyField) {
        JsonNode array = data;
        if (data.isObject()) {
            array = json.missingNode();
            for (Map.Entry<String, JsonNode> field : data.properties()) {
                if (field.getKey().toLowerCase(Locale.ROOT).equals(key.toLowerCase(Locale.ROOT))) {
                    array = field.getValue();
                }
            }
        }
        return PageRows.parse(json, array, type, keyField);
    }

    static String firstText(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (node.isTextual()) {
            return node.asText();
        }
        for (JsonNode child : node) {
            String text = firstText(child);
            if (text != null) {
                return text;
            }
        }
        return null;
    }
}
