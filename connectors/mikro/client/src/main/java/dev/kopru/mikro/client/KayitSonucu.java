package dev.kopru.mikro.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a save answered for one record. Mikro does not document the {@code Data} of its save methods (mikro.md §4.3),
 * so every part is optional and read from whichever column carries it ({@code cha_evrakno_seri},
 * {@code evrakno_sira}, {@code cari_Guid}, …): callers must be able to go on without it.
 */
public record KayitSonucu(Optional<String> seri, Optional<Integer> sira, Optional<String> guid,
                          Optional<String> kod, JsonNode raw) {

    /** One result per object in {@code Data} (an array, a single object, or nothing). */
    static List<KayitSonucu> from(JsonNode data) {
        List<KayitSonucu> results = new ArrayList<>();
        if (data == null || data.isNull() || data.isMissingNode()) {
            return results;
        }
        if (data.isObject()) {
            results.add(of(data));
        } else if (data.isArray()) {
            data.forEach(node -> {
                if (node.isObject()) {
                    results.add(of(node));
                }
            });
        }
        return results;
    }

    private static KayitSonucu of(JsonNode node) {
        Optional<String> sira = column(node, "evrakno_sira");
        Optional<Integer> number = Optional.empty();
        if (sira.isPresent() && sira.get().matches("\\d{1,9}")) {
            number = Optional.of(Integer.parseInt(sira.get()));
        }
        return new KayitSonucu(column(node, "evrakno_seri"), number, column(node, "guid"),
                column(node, "_kod").or(() -> column(node, "_kodu")), node);
    }

    /** The first field whose name ends in {@code suffix}, ignoring case. */
    private static Optional<String> column(JsonNode node, String suffix) {
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (field.getKey().toLowerCase(java.util.Locale.ROOT).endsWith(suffix) && field.getValue().isValueNode()
                    && !field.getValue().isNull()) {
                return Optional.of(field.getValue().asText());
            }
        }
        return Optional.empty();
    }
}
