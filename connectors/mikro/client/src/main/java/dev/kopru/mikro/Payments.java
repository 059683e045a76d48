package dev.kopru.mikro;

import dev.kopru.core.connector.NaturalKey;
import dev.kopru.core.connector.Page;
import dev.kopru.core.connector.ReadRequest;
import dev.kopru.core.model.Payment;
import dev.kopru.mikro.client.MikroClient;
import dev.kopru.mikro.client.SqlRow;
import dev.kopru.mikro.client.TahsilatTediyeEvragi;
import dev.kopru.mikro.mapping.DocumentKey;
import dev.kopru.mikro.mapping.DocumentSettings;
import dev.kopru.mikro.mapping.PaymentMapping;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Cash receipts: written with TahsilatTediyeKaydetV3, read back from CARI_HESAP_HAREKETLERI. */
final class Payments implements EntityHandler<Payment> {

    private static final String READ = "SqlVeriOkuV2";
    private static final String WRITE = "TahsilatTediyeKaydetV3";

    private final MikroClient client;
    private final DocumentSettings settings;
    private final int maxPageSize;

    Payments(MikroClient client, DocumentSettings settings, int maxPageSize) {
        this.client = client;
        this.settings = settings;
        this.maxPageSize = maxPageSize;
    }

    @Override
    public String entityName() {
        return "payment";
    }

    @Override
    public Page<Payment> read(ReadRequest request) {
        Filters.check(READ, request, Set.of());
        KeysetCursor position = KeysetCursor.from(request, READ, 2);
        int size = Math.min(request.pageSize(), maxPageSize);
        List<SqlRow> rows = client.sqlVeriOkuV2(PaymentMapping.page(settings, size, position.documentKey(READ)));
        KeysetCursor next = rows.isEmpty() ? position
                : KeysetCursor.of(PaymentMapping.keyOf(rows.get(rows.size() - 1)));
        return new Page<>(rows.stream().map(PaymentMapping::fromRow).toList(), next.encode(), rows.size() < size);
    }

    @Override
    public Optional<Payment> get(String key) {
        Optional<DocumentKey> documentKey = DocumentKey.parse(key);
        if (documentKey.isEmpty()) {
            return Optional.empty();
        }
        return client.sqlVeriOkuV2(PaymentMapping.byKey(settings, documentKey.get())).stream()
                .map(PaymentMapping::fromRow).findFirst();
    }

    @Override
    public Optional<Payment> find(NaturalKey naturalKey) {
        if (!naturalKey.name().equals("number")) {
            throw Filters.unknownNaturalKey(READ, "payment", naturalKey, List.of("number"));
        }
        return client.sqlVeriOkuV2(PaymentMapping.byNumber(READ, settings, naturalKey.value())).stream()
                .map(PaymentMapping::fromRow).findFirst();
    }

    @Override
    public NaturalKey naturalKeyOf(Payment payment) {
        return Documents.numberKey(WRITE, payment.number());
    }

    @Override
    public String create(Payment payment) {
        TahsilatTediyeEvragi evrak = PaymentMapping.toTahsilat(WRITE, payment, settings);
        return SavedDocuments.keyAfterSave(WRITE, payment.number(),
                VendorFields.canonical(() -> client.tahsilatTediyeKaydetV3(List.of(evrak))),
                () -> find(new NaturalKey("number", payment.number())).map(Payment::key));
    }
}
