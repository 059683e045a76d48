package dev.kopru.mikro;

import dev.kopru.core.connector.ConnectorException;
import dev.kopru.core.connector.NaturalKey;
import dev.kopru.core.connector.Page;
import dev.kopru.core.connector.ReadRequest;
import dev.kopru.core.connector.support.EntityHandler;
import dev.kopru.core.connector.support.ReadFilters;
import dev.kopru.core.model.Party;
import dev.kopru.mikro.client.CariKaydi;
import dev.kopru.mikro.client.CariListesiV3Sorgusu;
import dev.kopru.mikro.client.MikroClient;
import dev.kopru.mikro.client.SqlRow;
import dev.kopru.mikro.mapping.MikroSql;
import dev.kopru.mikro.mapping.PartyMapping;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Parties as cari cards: listed with CariListesiV3, written with CariKaydetV2 / CariGuncelleV2. Key = cari_kod. */
final class Parties implements EntityHandler<Party> {

    static final Set<String> FILTERS = Set.of("code", "taxId");
    private static final String LIST = "CariListesiV3";
    /** Enough rows to hold an exact code among codes it prefixes, should CariKod match by prefix. */
    private static final int LOOKUP_PAGE = 50;

    private final MikroClient client;
    private final Clock clock;
    private final int maxPageSize;

    Parties(MikroClient client, Clock clock, int maxPageSize) {
        this.client = client;
        this.clock = clock;
        this.maxPageSize = maxPageSize;
    }

    @Override
    public String entityName() {
        return "party";
    }

    @Override
    public Page<Party> read(ReadRequest request) {
        ReadFilters.check(LIST, request, FILTERS);
        String code = request.filters().getOrDefault("code", "");
        String taxId = request.filters().getOrDefault("taxId", "");
        return CardPages.read(request, LIST, clock, maxPageSize,
                (from, until, size, index) -> client.cariListesiV3Rows(query(code, taxId, from, until, size, index)),
                "cari_iptal", PartyMapping::toParty);
    }

    private List<CariKaydi> list(String code, String taxId, LocalDate from, LocalDate until, int size, int index) {
        // a card that cannot be read is not there for a lookup (a read of its page dead-letters it)
        return client.cariListesiV3Rows(query(code, taxId, from, until, size, index)).values();
    }

    private static CariListesiV3Sorgusu query(String code, String taxId, LocalDate from, LocalDate until, int size,
                                              int index) {
        return new CariListesiV3Sorgusu(code, taxId, 2, from, until, "cari_kod", size, index);
    }

    @Override
    public Optional<Party> get(String key) {
        return cari(key).map(PartyMapping::toParty);
    }

    private Optional<CariKaydi> cari(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        // CariKod may match as a prefix: keep only the exact code.
        return list(code, "", CariListesiV3Sorgusu.BEGINNING, tomorrow(), LOOKUP_PAGE, 0).stream()
                .filter(c -> code.equals(c.cari_kod())).findFirst();
    }

    @Override
    public Optional<Party> find(NaturalKey naturalKey) {
        return switch (naturalKey.name()) {
            case "code" -> get(naturalKey.value());
            case "taxId" -> list("", naturalKey.value(), CariListesiV3Sorgusu.BEGINNING, tomorrow(), LOOKUP_PAGE, 0)
                    .stream().filter(c -> naturalKey.value().equals(c.cari_vdaire_no())).findFirst()
                    .map(PartyMapping::toParty);
            default -> throw ReadFilters.unknownNaturalKey(LIST, "party", naturalKey, List.of("code", "taxId"));
        };
    }

    @Override
    public NaturalKey naturalKeyOf(Party party) {
        if (party.code() == null || party.code().isBlank()) {
            throw new ConnectorException.Validation("CariKaydetV2", "code", "code: required, it is the card's key", null);
        }
        return new NaturalKey("code", party.code());
    }

    @Override
    public String create(Party party) {
        CariKaydi cari = PartyMapping.toCari("CariKaydetV2", party, null);
        VendorFields.canonical(() -> client.cariKaydetV2(List.of(cari)));
        return party.code();
    }

    @Override
    public void update(String key, Party party) {
        if (party.code() != null && !party.code().equals(key)) {
            throw new ConnectorException.Validation("CariGuncelleV2", "code", "code: '" + party.code()
                    + "' differs from the key '" + key + "'; Mikro card codes cannot be renamed here", null);
        }
        Party keyed = party.toBuilder().key(key).code(key).build();
        String guid = guidOf(key);
        CariKaydi cari = PartyMapping.toCari("CariGuncelleV2", keyed, guid);
        VendorFields.canonical(() -> client.cariGuncelleV2(List.of(cari)));
    }

    /** CariGuncelleV2 identifies the card by cari_Guid: from the list row, or by SQL when the list omits it. */
    private String guidOf(String code) {
        CariKaydi cari = cari(code).orElseThrow(() -> new ConnectorException.NotFound("CariGuncelleV2",
                "CariGuncelleV2: no cari card with code '" + code + "'", null));
        if (cari.cari_Guid() != null && !cari.cari_Guid().isBlank()) {
            return cari.cari_Guid();
        }
        List<SqlRow> rows = client.sqlVeriOkuV2("SELECT cari_Guid FROM CARI_HESAPLAR WHERE cari_kod = "
                + MikroSql.text("key", code));
        return rows.stream().map(r -> r.text("cari_Guid")).filter(g -> g != null && !g.isBlank()).findFirst()
                .orElseThrow(() -> new ConnectorException.NotFound("CariGuncelleV2",
                        "CariGuncelleV2: the cari card '" + code + "' has no cari_Guid to update it by", null));
    }

    private LocalDate tomorrow() {
        return dev.kopru.mikro.client.DailyPassword.serverDay(clock.instant()).plusDays(1);
    }
}
