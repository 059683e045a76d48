package dev.kopru.mikro;

import dev.kopru.core.connector.ConnectorException;
import dev.kopru.core.connector.NaturalKey;
import dev.kopru.core.connector.Page;
import dev.kopru.core.connector.ReadRequest;
import dev.kopru.core.connector.support.EntityHandler;
import dev.kopru.core.connector.support.ReadFilters;
import dev.kopru.core.model.Item;
import dev.kopru.mikro.client.CariListesiV3Sorgusu;
import dev.kopru.mikro.client.DailyPassword;
import dev.kopru.mikro.client.MikroClient;
import dev.kopru.mikro.client.StokKaydi;
import dev.kopru.mikro.client.StokListesiSorgusu;
import dev.kopru.mikro.mapping.ItemMapping;
import dev.kopru.mikro.mapping.MikroSql;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Items as stock cards: listed with StokListesiV2, created with StokKaydetV2 (Mikro's API has no card update). */
final class Items implements EntityHandler<Item> {

    static final Set<String> FILTERS = Set.of("code");
    private static final String LIST = "StokListesiV2";
    private static final int LOOKUP_PAGE = 50;

    private final MikroClient client;
    private final Clock clock;
    private final int maxPageSize;
    private final ItemFigures figures;

    Items(MikroClient client, Clock clock, int maxPageSize) {
        this.client = client;
        this.figures = new ItemFigures(client);
        this.clock = clock;
        this.maxPageSize = maxPageSize;
    }

    @Override
    public String entityName() {
        return "item";
    }

    @Override
    public Page<Item> read(ReadRequest request) {
        ReadFilters.check(LIST, request, FILTERS);
        String code = request.filters().getOrDefault("code", "");
        Page<Item> page = CardPages.read(request, LIST, clock, maxPageSize,
                (from, until, size, index) -> client.stokListesiV2Rows(query(code, from, until, size, index)),
                "sto_iptal", ItemMapping::toItem);
        return new Page<>(figures.complete(page.records()), page.next(), page.last(), page.unreadable(),
                page.deleted());
    }

    private List<StokKaydi> list(String code, LocalDate from, LocalDate until, int size, int index) {
        // a card that cannot be read is not there for a lookup (a read of its page dead-letters it)
        return client.stokListesiV2Rows(query(code, from, until, size, index)).values();
    }

    private static StokListesiSorgusu query(String code, LocalDate from, LocalDate until, int size, int index) {
        return new StokListesiSorgusu(code, 2, from, until, "sto_kod", size, index);
    }

    @Override
    public Optional<Item> get(String key) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        LocalDate tomorrow = DailyPassword.serverDay(clock.instant()).plusDays(1);
        return list(key, CariListesiV3Sorgusu.BEGINNING, tomorrow, LOOKUP_PAGE, 0).stream()
                .filter(s -> key.equals(s.sto_kod())).findFirst().map(ItemMapping::toItem)
                .map(item -> figures.complete(List.of(item)).getFirst());
    }

    /** By card code, or by barcode ({@code BARKOD_TANIMLARI}, read with SqlVeriOkuV2: no list method filters by it). */
    @Override
    public Optional<Item> find(NaturalKey naturalKey) {
        return switch (naturalKey.name()) {
            case "code" -> get(naturalKey.value());
            case "barcode" -> client.sqlVeriOkuV2("SELECT TOP 2 bar_stokkodu FROM BARKOD_TANIMLARI WHERE bar_kodu = "
                            + MikroSql.text("barcode", naturalKey.value()) + " ORDER BY bar_master DESC, bar_stokkodu")
                    .stream().map(row -> row.text("bar_stokkodu")).filter(c -> c != null && !c.isBlank())
                    .findFirst().flatMap(this::get);
            default -> throw ReadFilters.unknownNaturalKey(LIST, "item", naturalKey, List.of("code", "barcode"));
        };
    }

    @Override
    public NaturalKey naturalKeyOf(Item item) {
        if (item.code() == null || item.code().isBlank()) {
            throw new ConnectorException.Validation("StokKaydetV2", "code", "code: required, it is the card's key",
                    null);
        }
        return new NaturalKey("code", item.code());
    }

    @Override
    public String create(Item item) {
        StokKaydi stok = ItemMapping.toStok("StokKaydetV2", item);
        VendorFields.canonical(() -> client.stokKaydetV2(List.of(stok)));
        return item.code();
    }
}
