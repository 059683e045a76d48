package dev.kopru.mikro;

import dev.kopru.core.connector.NaturalKey;
import dev.kopru.core.connector.Page;
import dev.kopru.core.connector.ReadRequest;
import dev.kopru.core.model.Order;
import dev.kopru.mikro.client.MikroClient;
import dev.kopru.mikro.client.SiparisEvragi;
import dev.kopru.mikro.client.SqlRow;
import dev.kopru.mikro.mapping.DocumentKey;
import dev.kopru.mikro.mapping.DocumentSettings;
import dev.kopru.mikro.mapping.OrderMapping;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Sales orders: written with SiparisKaydetV2, read back from SIPARISLER through SqlVeriOkuV2. */
final class Orders implements EntityHandler<Order> {

    private static final String READ = "SqlVeriOkuV2";
    private static final String WRITE = "SiparisKaydetV2";

    private final MikroClient client;
    private final DocumentSettings settings;
    private final int maxPageSize;

    Orders(MikroClient client, DocumentSettings settings, int maxPageSize) {
        this.client = client;
        this.settings = settings;
        this.maxPageSize = maxPageSize;
    }

    @Override
    public String entityName() {
        return "order";
    }

    @Override
    public Page<Order> read(ReadRequest request) {
        Filters.check(READ, request, Set.of());
        KeysetCursor position = KeysetCursor.from(request, READ, 2);
        int size = Math.min(request.pageSize(), maxPageSize);
        List<DocumentKey> keys = client.sqlVeriOkuV2(OrderMapping.keysPage(size, position.documentKey(READ)))
                .stream().map(OrderMapping::keyOf).toList();
        KeysetCursor next = keys.isEmpty() ? position : KeysetCursor.of(keys.get(keys.size() - 1));
        return new Page<>(ofKeys(keys), next.encode(), keys.size() < size);
    }

    private List<Order> ofKeys(List<DocumentKey> keys) {
        List<SqlRow> rows = SavedDocuments.inChunks(keys,
                chunk -> client.sqlVeriOkuV2(OrderMapping.rowsOf(settings, chunk)));
        return OrderMapping.fromRows(rows);
    }

    @Override
    public Optional<Order> get(String key) {
        return DocumentKey.parse(key).flatMap(k -> ofKeys(List.of(k)).stream().findFirst());
    }

    @Override
    public Optional<Order> find(NaturalKey naturalKey) {
        if (!naturalKey.name().equals("number")) {
            throw Filters.unknownNaturalKey(READ, "order", naturalKey, List.of("number"));
        }
        return OrderMapping.fromRows(client.sqlVeriOkuV2(
                OrderMapping.rowsByNumber(READ, settings, naturalKey.value()))).stream().findFirst();
    }

    @Override
    public NaturalKey naturalKeyOf(Order order) {
        return Documents.numberKey(WRITE, order.number());
    }

    @Override
    public String create(Order order) {
        SiparisEvragi evrak = OrderMapping.toSiparis(WRITE, order, settings);
        return SavedDocuments.keyAfterSave(WRITE, order.number(),
                VendorFields.canonical(() -> client.siparisKaydetV2(List.of(evrak))),
                () -> find(new NaturalKey("number", order.number())).map(Order::key));
    }
}
