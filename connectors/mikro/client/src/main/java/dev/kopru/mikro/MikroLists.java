package dev.kopru.mikro;

import dev.kopru.connector.kit.chain.Chainable;
import dev.kopru.connector.kit.chain.VendorCall;
import dev.kopru.mikro.client.CariKaydi;
import dev.kopru.mikro.client.CariListesiV3Sorgusu;
import dev.kopru.mikro.client.StokKaydi;
import dev.kopru.mikro.client.StokListesiSorgusu;
import java.util.List;

/**
 * Mikro's card lists as Mikro answers them, for callers that speak Mikro (the server's Mikro drop-in API). Offered by
 * {@link MikroConnector} through {@code capability(MikroLists.class)}.
 */
public interface MikroLists extends Chainable<MikroLists> {

    /** CariListesiV3: cari cards, Mikro's fields as they are. */
    List<CariKaydi> cariListesiV3(CariListesiV3Sorgusu query);

    /** StokListesiV2: stock cards, Mikro's fields as they are. */
    List<StokKaydi> stokListesiV2(StokListesiSorgusu query);

    @Override
    default MikroLists through(Calls calls) {
        MikroLists lists = this;
        return new MikroLists() {
            @Override
            public List<CariKaydi> cariListesiV3(CariListesiV3Sorgusu query) {
                return calls.call("CariListesiV3", VendorCall.Kind.READ, () -> lists.cariListesiV3(query));
            }

            @Override
            public List<StokKaydi> stokListesiV2(StokListesiSorgusu query) {
                return calls.call("StokListesiV2", VendorCall.Kind.READ, () -> lists.stokListesiV2(query));
            }
        };
    }
}
