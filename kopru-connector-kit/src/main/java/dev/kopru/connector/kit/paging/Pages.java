package dev.kopru.connector.kit.paging;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A vendor's numbered pages (1, 2, 3, …) as one lazy stream of rows: a page is fetched only when the rows before it
 * have been consumed, and the first empty page ends the stream. Vendors that only promise "empty means no more data"
 * (Wiradius) must be read to the empty page, not to the first short one.
 */
public final class Pages {

    private Pages() {
    }

    /** The rows of pages 1, 2, … as {@code page} returns them, up to the first empty page. */
    public static <T> Stream<T> untilEmpty(IntFunction<List<T>> page) {
        Objects.requireNonNull(page, "page");
        Iterator<List<T>> pages = new Iterator<>() {
            private int number = 1;
            private List<T> fetched;
            private boolean ended;

            @Override
            public boolean hasNext() {
                if (fetched == null && !ended) {
                    List<T> rows = page.apply(number++);
                    if (rows == null || rows.isEmpty()) {
                        ended = true;
                    } else {
                        fetched = rows;
                    }
                }
                return fetched != null;
            }

            @Override
            public List<T> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                List<T> rows = fetched;
                fetched = null;
                return rows;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(pages, Spliterator.ORDERED), false)
                .flatMap(List::stream);
    }
}
