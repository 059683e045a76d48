package dev.kopru.dia;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kopru.core.connector.ConnectorException;
import dev.kopru.core.text.TurkishText;
import dev.kopru.dia.client.DiaModel;
import dev.kopru.dia.client.DiaQuery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The firm's tax offices ({@code sis_vergidairesi}), so that a cari's office can be named the way a person or another
 * system names it. DİA's own table writes an office with and without "Vergi Dairesi" (dia.md: G6's office has
 * {@code kod} KADIKÖY and {@code adi} KADIKÖY VERGİ DAİRESİ, G7 links {@code kod} ÇANKAYA VERGİ DAİRESİ), and so do
 * the systems cards come from (FarmaBorsa's buyers leave it out). A name is matched against every office's {@code kod}
 * and {@code adi}, Turkish case folded and without the suffix; one office matched gives its {@code kod}. A name
 * matching none, or several, is sent as it is, and DİA answers in its own words ({@code Kayıt bulunamadı}).
 * <p>
 * The table is listed once ({@code limit 0}: every row) and again on a miss, at most every {@link #RELOAD_AFTER}, so an
 * office added later is found. If DİA refuses the list (the reference names the service only by its model), names
 * are sent as they are.
 */
final class TaxOffices {

    static final Duration RELOAD_AFTER = Duration.ofMinutes(5);
    private static final String SUFFIX = " VERGİ DAİRESİ";

    private final DiaModel<ObjectNode> table;
    private final Clock clock;
    private Map<String, String> kodByName;
    private Instant loaded;

    TaxOffices(DiaModel<ObjectNode> table, Clock clock) {
        this.table = table;
        this.clock = clock;
    }

    /** The {@code kod} of the one office {@code name} names, else {@code name} itself. */
    synchronized String kod(String name) {
        String key = folded(name);
        if (kodByName == null || (!kodByName.containsKey(key) && clock.instant().isAfter(loaded.plus(RELOAD_AFTER)))) {
            kodByName = load();
            loaded = clock.instant();
        }
        return kodByName.getOrDefault(key, name);
    }

    private Map<String, String> load() {
        Map<String, String> kods = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        try {
            for (ObjectNode office : table.list(DiaQuery.first(0))) {
                String kod = office.path("kod").asText("");
                if (kod.isBlank()) {
                    continue;
                }
                for (String name : new String[] {kod, office.path("adi").asText("")}) {
                    String key = folded(name);
                    String before = key.isEmpty() ? null : kods.putIfAbsent(key, kod);
                    if (before != null && !before.equals(kod)) {
                        ambiguous.add(key);
                    }
                }
            }
        } catch (ConnectorException.Validation | ConnectorException.NotFound refused) {
            return Map.of();
        }
        ambiguous.forEach(kods::remove);
        return kods;
    }

    /** Upper case the Turkish way, spaces collapsed, without a trailing "Vergi Dairesi". */
    static String folded(String name) {
        String key = TurkishText.codeKey(name.strip().replaceAll("\\s+", " "));
        return key.endsWith(SUFFIX) ? key.substring(0, key.length() - SUFFIX.length()).strip() : key;
    }
}
