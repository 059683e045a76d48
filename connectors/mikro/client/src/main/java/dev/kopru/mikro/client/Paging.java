package dev.kopru.mikro.client;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Mikro's list paging: {@code Size} rows per call, {@code Index} the zero-based page; a page with fewer than
 * {@code Size} rows is the last (mikro.md §7; whether Index is a page or an offset is undocumented, the page reading
 * is what the sandbox and public clients use).
 */
public final class Paging {

    private Paging() {
    }

    static void check(int size, int index) {
        if (size < 1) {
            throw new IllegalArgumentException("Size: must be at least 1, was " + size);
        }
        if (index < 0) {
            throw new IllegalArgumentException("Index: must be zero or more, was " + index);
        }
    }

    /** Every row, fetching page {@code 0, 1, 2, …} lazily as the stream is consumed. */
    public static <T> Stream<T> stream(int size, IntFunction<List<T>> page) {
        check(size, 0);
        Iterator<T> rows = new Iterator<>() {
            private int index;
            private Iterator<T> current = List.<T>of().iterator();
            private boolean last;

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && !last) {
                    List<T> rowsOfPage = page.apply(index++);
                    last = rowsOfPage.size() < size;
                    current = rowsOfPage.iterator();
                }
                return current.hasNext();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(rows, Spliterator.ORDERED), false);
    }
}
