package dev.kopru.mikro.client;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import java.util.Map;

/**
 * A wire record that also carries columns it does not name (e.g. a configured natural-key column): Mikro takes them
 * by column name beside the record's own fields, so they are written flat into the record's JSON object.
 */
interface ExtraColumns {

    /** The further columns by Mikro column name; left out of the JSON as a field of its own. */
    Map<String, Object> ek();

    @JsonAnyGetter
    default Map<String, Object> ekAlanlar() {
        return ek();
    }

    /** What a record keeps: an unmodifiable copy, empty for none. */
    static Map<String, Object> copy(Map<String, Object> ek) {
        return ek == null ? Map.of() : Map.copyOf(ek);
    }
}
