package dev.kopru.mikro;

import dev.kopru.mikro.client.MikroClient;
import dev.kopru.mikro.client.SqlRow;
import dev.kopru.mikro.mapping.DocumentKey;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * How one kind of document is read back with SQL. Mikro keeps documents in two layouts, so there are two ways: a
 * document that is only its lines ({@link Lines}), or one header row per document ({@link Headers}). The SQL comes
 * from the mapping; here is which queries run, and in which order.
 */
sealed interface DocumentReads<T> {

    /** The query for the first rows of up to {@code top} documents after {@code after} (null: the first), by key. */
    PageQuery page();

    /** The key of a row {@link #page()} returned. */
    Function<SqlRow, DocumentKey> key();

    /** The documents of a page's rows, in their order. */
    List<T> ofPage(List<SqlRow> pageRows, MikroClient client);

    List<T> ofKey(DocumentKey documentKey, MikroClient client);

    /** The documents carrying this number: one, unless the caller reused it. */
    List<T> ofNumber(String number, MikroClient client);

    @FunctionalInterface
    interface PageQuery {
        String query(int top, DocumentKey after);
    }

    /**
     * A document that is the rows of lines sharing one key (SIPARISLER, STOK_HAREKETLERI): a page is a page of keys,
     * and the lines of those keys are read in chunks.
     */
    record Lines<T>(PageQuery page, Function<SqlRow, DocumentKey> key, Function<List<DocumentKey>, String> rowsOf,
                    Function<String, String> rowsByNumber, Function<List<SqlRow>, List<T>> fromRows)
            implements DocumentReads<T> {

        @Override
        public List<T> ofPage(List<SqlRow> keyRows, MikroClient client) {
            return ofKeys(keyRows.stream().map(key).toList(), client);
        }

        @Override
        public List<T> ofKey(DocumentKey documentKey, MikroClient client) {
            return ofKeys(List.of(documentKey), client);
        }

        @Override
        public List<T> ofNumber(String number, MikroClient client) {
            return fromRows.apply(client.sqlVeriOkuV2(rowsByNumber.apply(number)));
        }

        private List<T> ofKeys(List<DocumentKey> keys, MikroClient client) {
            return fromRows.apply(SavedDocuments.inChunks(keys, chunk -> client.sqlVeriOkuV2(rowsOf.apply(chunk))));
        }
    }

    /**
     * A document with one header row (CARI_HESAP_HAREKETLERI), and lines in another table that are read in chunks
     * for a page's headers; {@code lines} is null where the header row is all of the document.
     */
    record Headers<T>(PageQuery page, Function<SqlRow, DocumentKey> key, Function<DocumentKey, String> byKey,
                      Function<String, String> byNumber, Function<List<DocumentKey>, String> lines,
                      BiFunction<List<SqlRow>, List<SqlRow>, List<T>> fromRows) implements DocumentReads<T> {

        /** A document that is its header row alone (a one-line receipt). */
        static <T> Headers<T> alone(PageQuery page, Function<SqlRow, DocumentKey> key,
                                    Function<DocumentKey, String> byKey, Function<String, String> byNumber,
                                    Function<SqlRow, T> fromRow) {
            return new Headers<>(page, key, byKey, byNumber, null,
                    (headers, noLines) -> headers.stream().map(fromRow).toList());
        }

        @Override
        public List<T> ofPage(List<SqlRow> headers, MikroClient client) {
            List<SqlRow> lineRows = lines == null ? List.of() : SavedDocuments.inChunks(
                    headers.stream().map(key).toList(), chunk -> client.sqlVeriOkuV2(lines.apply(chunk)));
            return fromRows.apply(headers, lineRows);
        }

        @Override
        public List<T> ofKey(DocumentKey documentKey, MikroClient client) {
            return ofPage(client.sqlVeriOkuV2(byKey.apply(documentKey)), client);
        }

        @Override
        public List<T> ofNumber(String number, MikroClient client) {
            return ofPage(client.sqlVeriOkuV2(byNumber.apply(number)), client);
        }
    }
}
