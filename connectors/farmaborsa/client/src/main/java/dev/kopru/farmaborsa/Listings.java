package dev.kopru.farmaborsa;

import dev.kopru.core.connector.ConnectorException;
import dev.kopru.core.connector.NaturalKey;
import dev.kopru.connector.kit.paging.PageRows;
import dev.kopru.core.connector.Page;
import dev.kopru.core.connector.Unreadable;
import dev.kopru.core.connector.ReadRequest;
import dev.kopru.core.connector.support.EntityHandler;
import dev.kopru.core.connector.support.ReadFilters;
import dev.kopru.core.model.Listing;
import dev.kopru.farmaborsa.client.FarmaBorsaClient;
import dev.kopru.farmaborsa.client.IlanDurumu;
import dev.kopru.farmaborsa.client.IlanKaydetSonucu;
import dev.kopru.farmaborsa.client.IlanlarimSatiri;
import dev.kopru.farmaborsa.client.UrunTalepDurumu;
import dev.kopru.farmaborsa.mapping.ListingMapping;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Listings: read with IlanlarimListesi (active, then passive), saved with IlanKaydet. A listing whose barcode is not
 * in FarmaBorsa's catalogue is created as a product-card request; its key is then {@code talep:<urunTalep>} until
 * FarmaBorsa approves it, and {@link #get} follows the request with UrunTalepDurum.
 */
final class Listings implements EntityHandler<Listing> {

    static final String BARCODE = "barcode";
    static final String PENDING_PREFIX = "talep:";
    static final Set<String> FILTERS = Set.of("active");
    private static final String LIST = "IlanlarimListesi";
    private static final String SAVE = "IlanKaydet";

    private final FarmaBorsaClient client;
    private final int maxPageSize;

    Listings(FarmaBorsaClient client, int maxPageSize) {
        this.client = client;
        this.maxPageSize = maxPageSize;
    }

    @Override
    public String entityName() {
        return "listing";
    }

    @Override
    public Page<Listing> read(ReadRequest request) {
        ReadFilters.check(LIST, request, FILTERS);
        Boolean active = ReadFilters.bool(LIST, request, "active");
        IlanDurumu first = Boolean.FALSE.equals(active) ? IlanDurumu.PASIF : IlanDurumu.AKTIF;
        ListingPosition at = ListingPosition.from(request, LIST, first);
        int size = Math.min(request.pageSize(), maxPageSize);
        PageRows<IlanlarimSatiri> rows = client.ilanlarimRows(at.list());
        // the list comes whole on every call: its unreadable rows go with the list's first page
        List<Unreadable> unreadable = at.afterKod() == 0 ? rows.unreadable() : List.of();
        List<IlanlarimSatiri> after = rows.values().stream()
                .filter(row -> row.kod() > at.afterKod()).sorted(Comparator.comparingInt(IlanlarimSatiri::kod))
                .toList();
        List<IlanlarimSatiri> page = after.subList(0, Math.min(size, after.size()));
        boolean aktif = at.list() == IlanDurumu.AKTIF;
        List<Listing> records = page.stream().map(row -> ListingMapping.fromRow(row, aktif)).toList();
        int last = page.isEmpty() ? at.afterKod() : page.get(page.size() - 1).kod();
        if (after.size() > size) {
            return new Page<>(records, new ListingPosition(at.list(), last).encode(), false, unreadable);
        }
        if (aktif && active == null) {
            return new Page<>(records, ListingPosition.start(IlanDurumu.PASIF).encode(), false, unreadable);
        }
        // No change date to resume from: the next read after the last page is a full read again.
        return new Page<>(records, ListingPosition.start(first).encode(), true, unreadable);
    }

    @Override
    public Optional<Listing> get(String key) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        if (key.startsWith(PENDING_PREFIX)) {
            Optional<Integer> talep = number(key.substring(PENDING_PREFIX.length()));
            if (talep.isEmpty()) {
                return Optional.empty();
            }
            UrunTalepDurumu durum;
            try {
                durum = client.urunTalepDurum(talep.get());
            } catch (ConnectorException.NotFound gone) {
                return Optional.empty();
            }
            return durum.onaylandi() ? byCode(durum.ilan()) : Optional.of(ListingMapping.pending(key, talep.get()));
        }
        return number(key).flatMap(this::byCode);
    }

    /** The active list first, then the passive one: a row does not say which it is in. */
    private Optional<Listing> byCode(int kod) {
        try {
            Optional<IlanlarimSatiri> active = client.ilan(kod, IlanDurumu.AKTIF);
            if (active.isPresent()) {
                return active.map(row -> ListingMapping.fromRow(row, true));
            }
            return client.ilan(kod, IlanDurumu.PASIF).map(row -> ListingMapping.fromRow(row, false));
        } catch (ConnectorException.NotFound gone) {
            return Optional.empty();
        }
    }

    /**
     * The listing with this barcode; when a seller keeps several (lots with different expiries), the newest, i.e. the
     * highest listing code, which is the one a create that was in doubt would have made.
     */
    @Override
    public Optional<Listing> find(NaturalKey naturalKey) {
        if (!naturalKey.name().equals(BARCODE)) {
            throw ReadFilters.unknownNaturalKey(LIST, entityName(), naturalKey, List.of(BARCODE));
        }
        Optional<Listing> found = Optional.empty();
        for (IlanDurumu list : IlanDurumu.values()) {
            Optional<Listing> newest = client.ilanlarimListesi(list).stream()
                    .filter(row -> naturalKey.value().equals(row.barkod()))
                    .max(Comparator.comparingInt(IlanlarimSatiri::kod))
                    .map(row -> ListingMapping.fromRow(row, list == IlanDurumu.AKTIF));
            if (newest.isPresent() && (found.isEmpty()
                    || Integer.parseInt(newest.get().key()) > Integer.parseInt(found.get().key()))) {
                found = newest;
            }
        }
        return found;
    }

    @Override
    public NaturalKey naturalKeyOf(Listing listing) {
        if (listing.barcode() == null || listing.barcode().isBlank()) {
            throw new ConnectorException.Validation(SAVE, BARCODE, "barcode: required, it is the listing's natural"
                    + " key (FarmaBorsa matches the product by it)", null);
        }
        return new NaturalKey(BARCODE, listing.barcode().trim());
    }

    @Override
    public String create(Listing listing) {
        IlanKaydetSonucu saved = VendorFields.canonical(
                () -> client.ilanKaydet(ListingMapping.toIlan(SAVE, 0, listing)));
        return switch (saved) {
            case IlanKaydetSonucu.IlanKaydedildi listed -> Integer.toString(listed.ilan());
            case IlanKaydetSonucu.UrunTalebiAcildi requested -> PENDING_PREFIX + requested.urunTalep();
        };
    }

    @Override
    public void update(String key, Listing listing) {
        int kod = number(key == null ? "" : key).orElseThrow(() -> new ConnectorException.Validation(SAVE, "key",
                "key: '" + key + "' is not a listing code" + (key != null && key.startsWith(PENDING_PREFIX)
                        ? "; the listing still waits for its product card and can be updated once approved" : ""),
                null));
        VendorFields.canonical(() -> client.ilanKaydet(ListingMapping.toIlan(SAVE, kod, listing)));
    }

    private static Optional<Integer> number(String text) {
        try {
            int value = Integer.parseInt(text.trim());
            return value > 0 ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
