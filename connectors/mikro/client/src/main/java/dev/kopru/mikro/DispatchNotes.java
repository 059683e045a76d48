package dev.kopru.mikro;

import dev.kopru.core.connector.NaturalKey;
import dev.kopru.core.connector.Page;
import dev.kopru.core.connector.ReadRequest;
import dev.kopru.core.model.DispatchNote;
import dev.kopru.mikro.client.MikroClient;
import dev.kopru.mikro.client.IrsaliyeEvragi;
import dev.kopru.mikro.client.SqlRow;
import dev.kopru.mikro.mapping.DocumentKey;
import dev.kopru.mikro.mapping.DocumentSettings;
import dev.kopru.mikro.mapping.DispatchNoteMapping;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Sales dispatch notes: written with IrsaliyeKaydetV2, read back from STOK_HAREKETLERI through SqlVeriOkuV2. */
final class DispatchNotes implements EntityHandler<DispatchNote> {

    private static final String READ = "SqlVeriOkuV2";
    private static final String WRITE = "IrsaliyeKaydetV2";

    private final MikroClient client;
    private final DocumentSettings settings;
    private final int maxPageSize;

    DispatchNotes(MikroClient client, DocumentSettings settings, int maxPageSize) {
        this.client = client;
        this.settings = settings;
        this.maxPageSize = maxPageSize;
    }

    @Override
    public String entityName() {
        return "dispatch-note";
    }

    @Override
    public Page<DispatchNote> read(ReadRequest request) {
        Filters.check(READ, request, Set.of());
        KeysetCursor position = KeysetCursor.from(request, READ, 2);
        int size = Math.min(request.pageSize(), maxPageSize);
        List<DocumentKey> keys = client.sqlVeriOkuV2(DispatchNoteMapping.keysPage(size, position.documentKey(READ)))
                .stream().map(DispatchNoteMapping::keyOf).toList();
        KeysetCursor next = keys.isEmpty() ? position : KeysetCursor.of(keys.get(keys.size() - 1));
        return new Page<>(ofKeys(keys), next.encode(), keys.size() < size);
    }

    private List<DispatchNote> ofKeys(List<DocumentKey> keys) {
        List<SqlRow> rows = SavedDocuments.inChunks(keys,
                chunk -> client.sqlVeriOkuV2(DispatchNoteMapping.rowsOf(settings, chunk)));
        return DispatchNoteMapping.fromRows(rows);
    }

    @Override
    public Optional<DispatchNote> get(String key) {
        return DocumentKey.parse(key).flatMap(k -> ofKeys(List.of(k)).stream().findFirst());
    }

    @Override
    public Optional<DispatchNote> find(NaturalKey naturalKey) {
        if (!naturalKey.name().equals("number")) {
            throw Filters.unknownNaturalKey(READ, "dispatch-note", naturalKey, List.of("number"));
        }
        return DispatchNoteMapping.fromRows(client.sqlVeriOkuV2(
                DispatchNoteMapping.rowsByNumber(READ, settings, naturalKey.value()))).stream().findFirst();
    }

    @Override
    public NaturalKey naturalKeyOf(DispatchNote note) {
        return Documents.numberKey(WRITE, note.number());
    }

    @Override
    public String create(DispatchNote note) {
        IrsaliyeEvragi evrak = DispatchNoteMapping.toIrsaliye(WRITE, note, settings);
        return SavedDocuments.keyAfterSave(WRITE, note.number(),
                VendorFields.canonical(() -> client.irsaliyeKaydetV2(List.of(evrak))),
                () -> find(new NaturalKey("number", note.number())).map(DispatchNote::key));
    }
}
