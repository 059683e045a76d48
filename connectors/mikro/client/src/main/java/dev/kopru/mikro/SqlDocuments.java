package dev.kopru.mikro;

import dev.kopru.core.connector.ConnectorException;
import dev.kopru.core.connector.NaturalKey;
import dev.kopru.core.connector.Page;
import dev.kopru.core.connector.ReadRequest;
import dev.kopru.core.connector.support.EntityHandler;
import dev.kopru.core.connector.support.ReadFilters;
import dev.kopru.mikro.client.MikroClient;
import dev.kopru.mikro.client.SqlRow;
import dev.kopru.mikro.mapping.DocumentKey;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Documents that Mikro saves with one method and offers no list or get method for (invoices, orders, dispatch notes,
 * receipts): written with their {@link DocumentKind}'s method, read back with SQL through SqlVeriOkuV2, paged by key.
 * Key = series-sequence; natural key = the caller's number, stamped into the configured column, by which a create
 * whose answer was lost is found again.
 */
class SqlDocuments<T, W> implements EntityHandler<T> {

    static final String READ = "SqlVeriOkuV2";

    final MikroClient client;
    private final DocumentKind<T, W> kind;
    private final int maxPageSize;

    SqlDocuments(MikroClient client, DocumentKind<T, W> kind, int maxPageSize) {
        this.client = client;
        this.kind = kind;
        this.maxPageSize = maxPageSize;
    }

    @Override
    public String entityName() {
        return kind.entityName();
    }

    @Override
    public Page<T> read(ReadRequest request) {
        ReadFilters.check(READ, request, Set.of());
        KeysetCursor position = KeysetCursor.from(request, READ, 2);
        int size = Math.min(request.pageSize(), maxPageSize);
        DocumentReads<T> reads = kind.reads();
        List<SqlRow> rows = client.sqlVeriOkuV2(reads.page().query(size, position.documentKey(READ)));
        KeysetCursor next = rows.isEmpty() ? position
                : KeysetCursor.of(reads.key().apply(rows.get(rows.size() - 1)));
        return new Page<>(reads.ofPage(rows, client), next.encode(), rows.size() < size);
    }

    @Override
    public Optional<T> get(String key) {
        return DocumentKey.parse(key).flatMap(k -> kind.reads().ofKey(k, client).stream().findFirst());
    }

    @Override
    public Optional<T> find(NaturalKey naturalKey) {
        if (!naturalKey.name().equals("number")) {
            throw ReadFilters.unknownNaturalKey(READ, entityName(), naturalKey, List.of("number"));
        }
        return kind.reads().ofNumber(naturalKey.value(), client).stream().findFirst();
    }

    @Override
    public NaturalKey naturalKeyOf(T document) {
        String number = kind.number().apply(document);
        if (number == null || number.isBlank()) {
            throw new ConnectorException.Validation(kind.writeMethod(), "number",
                    "number: required, it is how a document whose create was lost is found again", null);
        }
        return new NaturalKey("number", number);
    }

    @Override
    public String create(T document) {
        String write = kind.writeMethod();
        W wire = kind.toWire().apply(write, document);
        String number = kind.number().apply(document);
        return SavedDocuments.keyAfterSave(write, number,
                VendorFields.canonical(() -> kind.save().apply(client, List.of(wire))),
                () -> find(new NaturalKey("number", number)).map(kind.key()));
    }
}
