package dev.kopru.mikro.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code Data} of a save (mikro.md §12.1): {@code {"list":[...]}}, one entry per document with its Guid, series
 * and number ({@code "evrakno_sira"} a string, as the live log shows), e.g.
 * {@code {"cariHarGuid":"9A37…","evrakno_seri":"F101","evrakno_sira":"5796"}}. Savers describe what they wrote in
 * the first inferred shape ({@code <prefix>_evrakno_seri/_sira/_Guid}, §4.3), which the {@code inferredReplies}
 * switch answers as it is.
 */
final class WriteReplies {

    /**
     * The Guid's name per table prefix: {@code cariHarGuid} for cari movements, and for orders too (a .NET model of
     * SiparisKaydetV2's answer reads it); {@code stokHarGuid} for dispatch notes is [inference].
     */
    private static final Map<String, String> GUID_NAMES = Map.of("cha", "cariHarGuid", "sip", "cariHarGuid",
            "sth", "stokHarGuid");

    private WriteReplies() {
    }

    static JsonNode data(ArrayNode saved, boolean inferred) {
        if (inferred) {
            return saved;
        }
        ArrayNode list = Bodies.array();
        saved.forEach(entry -> list.add(entry instanceof ObjectNode object ? seen(object) : entry));
        ObjectNode data = Bodies.object();
        data.set("list", list);
        return data;
    }

    /** One entry as real servers write it; card entries ({@code cari_kod}, {@code cari_Guid}) stay as they are. */
    private static ObjectNode seen(ObjectNode inferred) {
        ObjectNode entry = Bodies.object();
        inferred.properties().forEach(field -> {
            String name = field.getKey();
            int cut = name.indexOf('_');
            String prefix = cut < 0 ? "" : name.substring(0, cut);
            String rest = cut < 0 ? name : name.substring(cut + 1);
            if (rest.equals("evrakno_seri")) {
                entry.set("evrakno_seri", field.getValue());
            } else if (rest.equals("evrakno_sira")) {
                entry.put("evrakno_sira", field.getValue().asText());
            } else if (rest.equals("Guid") && GUID_NAMES.containsKey(prefix)) {
                entry.put(GUID_NAMES.get(prefix), field.getValue().asText().toUpperCase(Locale.ROOT));
            } else {
                entry.set(name, field.getValue());
            }
        });
        return entry;
    }
}
