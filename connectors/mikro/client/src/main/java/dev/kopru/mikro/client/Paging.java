package dev.kopru.mikro.client;

import dev.kopru.core.input.InvalidInputException;

/**
 * Mikro's list paging: {@code Size} rows per call, {@code Index} the zero-based page; a page with fewer than
 * {@code Size} rows is the last (mikro.md §7; whether Index is a page or an offset is undocumented, the page reading
 * is what the sandbox and public clients use).
 */
final class Paging {

    private Paging() {
    }

    static void check(int size, int index) {
        if (size < 1) {
            throw new InvalidInputException("Size", "must be at least 1, was " + size);
        }
        if (index < 0) {
            throw new InvalidInputException("Index", "must be zero or more, was " + index);
        }
    }
}
