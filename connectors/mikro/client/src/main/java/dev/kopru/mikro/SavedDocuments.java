package dev.kopru.mikro;

import dev.kopru.core.connector.ConnectorException;
import dev.kopru.mikro.client.KayitSonucu;
import dev.kopru.mikro.mapping.DocumentKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/** What documents share after a save and when read in chunks. */
final class SavedDocuments {

    /** Documents per line query, so that one SQL text stays small. */
    static final int CHUNK = 100;

    private SavedDocuments() {
    }

    /**
     * The saved document's key: from Mikro's answer when it carries the series and sequence (undocumented, so not
     * relied on), else by looking the number up. A save that succeeded but cannot be found is in doubt: the caller
     * resolves it by the number, and must not send it again blindly.
     */
    static String keyAfterSave(String operation, String number, List<KayitSonucu> saved,
                               Supplier<Optional<String>> lookUp) {
        if (!saved.isEmpty() && saved.get(0).seri().isPresent() && saved.get(0).sira().filter(s -> s > 0).isPresent()) {
            return new DocumentKey(saved.get(0).seri().get(), saved.get(0).sira().get()).toString();
        }
        try {
            Optional<String> found = lookUp.get();
            if (found.isPresent()) {
                return found.get();
            }
        } catch (ConnectorException lookUpFailed) {
            // reported below as in doubt: the save itself was accepted
        }
        throw new ConnectorException.InDoubt(operation, operation + ": Mikro accepted the document but did not say"
                + " its series and sequence, and number '" + number + "' is not readable yet; look it up by its"
                + " number before sending it again", null);
    }

    /** Runs a query per chunk of keys and joins the rows. */
    static <K, R> List<R> inChunks(List<K> keys, Function<List<K>, List<R>> query) {
        List<R> rows = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += CHUNK) {
            rows.addAll(query.apply(keys.subList(from, Math.min(keys.size(), from + CHUNK))));
        }
        return rows;
    }

    static DocumentKey parseOrNotFound(String operation, String key) {
        return DocumentKey.parse(key).orElseThrow(() -> new ConnectorException.NotFound(operation,
                operation + ": '" + key + "' is not a Mikro document key (SERIES-SEQUENCE)", null));
    }
}
