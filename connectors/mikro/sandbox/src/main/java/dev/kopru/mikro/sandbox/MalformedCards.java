package dev.kopru.mikro.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A fault for read-side tests: cards listed with a value no client can parse (a currency code that is not a number),
 * as a Mikro whose data was edited by hand can send. The stored card is untouched.
 */
final class MalformedCards {

    static final String BROKEN = "bozuk-doviz";
    private final Set<String> codes = ConcurrentHashMap.newKeySet();

    void malform(String code) {
        codes.add(code);
    }

    void heal() {
        codes.clear();
    }

    /** {@code rows} with the malformed cards' {@code currencyField} broken. */
    ArrayNode served(ArrayNode rows, String codeField, String currencyField) {
        if (!codes.isEmpty()) {
            for (JsonNode row : rows) {
                if (row instanceof ObjectNode card && codes.contains(card.path(codeField).asText())) {
                    card.put(currencyField, BROKEN);
                }
            }
        }
        return rows;
    }
}
