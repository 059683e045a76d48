package dev.kopru.mikro.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a save answered for one record. Real servers answer {@code Data.list[]} with one entry per document
 * ({@code cariHarGuid}, {@code evrakno_seri}, {@code evrakno_sira} as a string; mikro.md §12.1); older inferences and
 * sandboxes answer a bare array ({@code cha_evrakno_seri}, {@code cha_Guid}, …). Every part is optional and read
 * from whichever field carries it: callers must be able to go on without it.
 */
public record KayitSonucu(Optional<String> seri, Optional<Integer> sira, Optional<String> guid,
                          Optional<String> kod, JsonNode raw) {

    /** One result per entry of {@code Data.list}, or per object in {@code Data} (an array, one object, nothing). */
    static List<KayitSonucu> from(JsonNode data) {
        List<KayitSonucu> results = new ArrayList<>();
        if (data == null || data.isNull() || data.isMissingNode()) {
            return results;
        }
        if (data.isObject() && data.path("list").isArray()) {
            return from(data.get("list"));
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
