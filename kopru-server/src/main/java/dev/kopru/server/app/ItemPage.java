package dev.kopru.server.app;

import java.util.List;

/**
 * Every list the API returns: {@code {"items": [...], "next": <cursor or null>}}, next being null on the last page
 * (and for lists that always fit in one).
 */
public record ItemPage<T>(List<T> items, String next) {

    public static <T> ItemPage<T> of(List<T> items) {
        return new ItemPage<>(items, null);
    }
}
