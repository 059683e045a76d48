package dev.kopru.server.runs;

import java.util.List;

/** A list as the API returns it: the items and the cursor of the next page (null on the last page). */
public record ItemPage<T>(List<T> items, String next) {

    public static <T> ItemPage<T> of(List<T> items) {
        return new ItemPage<>(items, null);
    }
}
