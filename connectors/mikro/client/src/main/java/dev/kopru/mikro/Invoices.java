package dev.kopru.mikro;

import dev.kopru.core.connector.ConnectorException;
import dev.kopru.core.connector.NaturalKey;
import dev.kopru.core.connector.Page;
import dev.kopru.core.connector.ReadRequest;
import dev.kopru.core.model.Invoice;
import dev.kopru.mikro.client.FaturaEvragi;
import dev.kopru.mikro.client.MikroClient;
import dev.kopru.mikro.client.SqlRow;
import dev.kopru.mikro.mapping.DocumentKey;
import dev.kopru.mikro.mapping.DocumentSettings;
import dev.kopru.mikro.mapping.InvoiceMapping;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Sales invoices: written with FaturaKaydetV2 (whose page documents the {@code detay[]} lines; V3's does not),
 * read back through SqlVeriOkuV2 (Mikro has no invoice list or get method), deleted with AlimSatimEvragiSilV2.
 * Key = series-sequence; natural key = the caller's number in the configured column.
 */
final class Invoices implements EntityHandler<Invoice> {

    private static final String READ = "SqlVeriOkuV2";
    private static final String WRITE = "FaturaKaydetV2";

    private final MikroClient client;
    private final DocumentSettings settings;
    private final int maxPageSize;

    Invoices(MikroClient client, DocumentSettings settings, int maxPageSize) {
        this.client = client;
        this.settings = settings;
        this.maxPageSize = maxPageSize;
    }

    @Override
    public String entityName() {
        return "invoice";
    }

    @Override
    public Page<Invoice> read(ReadRequest request) {
        Filters.check(READ, request, Set.of());
        KeysetCursor position = KeysetCursor.from(request, READ, 2);
        int size = Math.min(request.pageSize(), maxPageSize);
        List<SqlRow> headers = client.sqlVeriOkuV2(
                InvoiceMapping.headersPage(settings, size, position.documentKey(READ)));
        KeysetCursor next = headers.isEmpty() ? position
                : KeysetCursor.of(InvoiceMapping.keyOf(headers.get(headers.size() - 1)));
        return new Page<>(withLines(headers), next.encode(), headers.size() < size);
    }

    private List<Invoice> withLines(List<SqlRow> headers) {
        List<DocumentKey> keys = headers.stream().map(InvoiceMapping::keyOf).toList();
        List<SqlRow> lines = SavedDocuments.inChunks(keys, chunk -> client.sqlVeriOkuV2(InvoiceMapping.lines(chunk)));
        return InvoiceMapping.fromRows(headers, lines);
    }

    @Override
    public Optional<Invoice> get(String key) {
        Optional<DocumentKey> documentKey = DocumentKey.parse(key);
        if (documentKey.isEmpty()) {
            return Optional.empty();
        }
        return withLines(client.sqlVeriOkuV2(InvoiceMapping.headerByKey(settings, documentKey.get()))).stream()
                .findFirst();
    }

    @Override
    public Optional<Invoice> find(NaturalKey naturalKey) {
        if (!naturalKey.name().equals("number")) {
            throw Filters.unknownNaturalKey(READ, "invoice", naturalKey, List.of("number"));
        }
        return withLines(client.sqlVeriOkuV2(InvoiceMapping.headersByNumber(READ, settings, naturalKey.value())))
                .stream().findFirst();
    }

    @Override
    public NaturalKey naturalKeyOf(Invoice invoice) {
        return Documents.numberKey(WRITE, invoice.number());
    }

    @Override
    public String create(Invoice invoice) {
        FaturaEvragi evrak = InvoiceMapping.toFatura(WRITE, invoice, settings);
        return SavedDocuments.keyAfterSave(WRITE, invoice.number(),
                VendorFields.canonical(() -> client.faturaKaydetV2(List.of(evrak))),
                () -> find(new NaturalKey("number", invoice.number())).map(Invoice::key));
    }

    @Override
    public void delete(String key) {
        DocumentKey documentKey = SavedDocuments.parseOrNotFound("AlimSatimEvragiSilV2", key);
        if (get(key).isEmpty()) {
            throw new ConnectorException.NotFound("AlimSatimEvragiSilV2",
                    "AlimSatimEvragiSilV2: no sales invoice " + key, null);
        }
        client.alimSatimEvragiSilV2(List.of(InvoiceMapping.evrakNo(documentKey)));
    }
}
