package dev.kopru.farmaborsa.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kopru.testkit.sandbox.SandboxJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Listings: IlanKaydet, UrunTalepDurum, IlanlarimListesi, UrunErpKaydetme (farmaborsa.md §5.1-5.3, §5.11) and the
 * code-only IlanHizliDuzenle and UrunSil (§5.12-5.13, unverified). A seller sees and changes only its own listings;
 * another seller's listing code is answered as not found.
 */
final class ListingOperations {

    private final Market market;
    private final FarmaBorsaSandboxOptions options;

    ListingOperations(Market market, FarmaBorsaSandboxOptions options) {
        this.market = market;
        this.options = options;
    }

    /**
     * IlanKaydet. {@code ilan} 0 (or absent, as the public C# client sends it) creates: a barcode the catalogue
     * knows gives a listing at once (passive with {@code aktif} 0); an unknown one a product-card request. A listing
     * code updates that listing; everything but the product may change.
     */
    ObjectNode save(Call call) {
        Body body = call.body();
        long ilan = body.integer("ilan").orElse(0);
        Optional<String> urunErp = body.text("urunErp");
        return market.apply(state -> {
            if (ilan != 0) {
                Listing existing = state.listing(call.nick(), ilan)
                        .orElseThrow(() -> new Refusal(Messages.LISTING_NOT_FOUND));
                checkSameProduct(body, existing);
                ListingTerms terms = ListingForm.read(body, existing.terms());
                state.putListing(existing.withTerms(terms).withUrunErp(urunErp.orElse(existing.urunErp())));
                return saved(0, existing.product().urun(), existing.kod(), Messages.SUCCESS);
            }
            ListingTerms terms = ListingForm.read(body, ListingForm.blank(options.absentAktifPublishes()));
            String barkod = body.text("barkod").orElseThrow(() -> Refusal.required("barkod"));
            Optional<Product> product = state.productByBarcode(barkod);
            if (product.isPresent()) {
                Listing listing = state.newListing(call.nick(), product.get(), terms, urunErp.orElse(null));
                return saved(0, product.get().urun(), listing.kod(), Messages.SUCCESS);
            }
            ProductRequest request = state.newRequest(call.nick(), barkod, urunErp.orElse(null), terms,
                    market.now());
            return saved(request.urunTalep(), 0, 0, Messages.PRODUCT_REQUEST_CREATED);
        });
    }

    /** UrunTalepDurum: {@code ilan} stays 0 while FarmaBorsa reviews the request, then names the listing. */
    ObjectNode requestStatus(Call call) {
        long urunTalep = call.body().integer("urunTalep").orElse(0);
        if (urunTalep == 0) {
            throw Refusal.required("urunTalep");
        }
        ProductRequest request = market.apply(state -> state.request(urunTalep)
                .filter(r -> r.seller().equalsIgnoreCase(call.nick()))
                .orElseThrow(() -> new Refusal(Messages.PRODUCT_REQUEST_NOT_FOUND)));
        ObjectNode answer = SandboxJson.object().put("urunTalep", request.urunTalep()).put("ilan", request.ilan());
        return switch (request.state()) {
            case PENDING -> answer.put("hata", false).put("mesaj", Messages.PRODUCT_REQUEST_PENDING);
            case APPROVED -> answer.put("hata", false).put("mesaj", Messages.PRODUCT_REQUEST_APPROVED);
            case REJECTED -> answer.put("hata", true).put("mesaj", Messages.PRODUCT_REQUEST_REJECTED
                    + (request.reason() == null ? "" : ": " + request.reason()));
        };
    }

    /**
     * IlanlarimListesi: {@code pasif} 0 the published listings, 1 the passive ones; {@code ilan} only that listing
     * (whatever {@code pasif} says); {@code tumIlanlarGelsin:true} both kinds, when that switch is on. A listing
     * code that is not the seller's gives an empty list.
     */
    ObjectNode list(Call call) {
        Body body = call.body();
        long ilan = body.integer("ilan").orElse(0);
        int pasif = body.integer("pasif").orElse(0);
        if (pasif != 0 && pasif != 1) {
            throw Refusal.invalid("pasif", "0 veya 1 olmalıdır", pasif);
        }
        boolean all = options.tumIlanlarGelsinListsAll() && body.bool("tumIlanlarGelsin").orElse(false);
        List<Listing> listings = market.apply(state -> state.listings(call.nick()));
        List<ObjectNode> rows = new ArrayList<>();
        for (Listing listing : listings) {
            boolean wanted = ilan != 0 ? listing.kod() == ilan : all || listing.terms().aktif() == (pasif == 0);
            if (wanted) {
                rows.add(Wire.listing(listing, rows.size() + 1));
            }
        }
        return Wire.list(Wire.LISTINGS, rows);
    }

    /** UrunErpKaydetme: links a listing to the seller's own product code. */
    ObjectNode linkErpCode(Call call) {
        long ilan = call.body().integer("ilan").orElse(0);
        if (ilan == 0) {
            throw Refusal.required("ilan");
        }
        String urunErp = call.body().text("urunErp").orElseThrow(() -> Refusal.required("urunErp"));
        return market.apply(state -> {
            Listing listing = state.listing(call.nick(), ilan)
                    .orElseThrow(() -> new Refusal(Messages.LISTING_NOT_FOUND));
            state.putListing(listing.withUrunErp(urunErp));
            return Wire.ok();
        });
    }

    /** IlanHizliDuzenle (unverified): updates listing {@code kod} with the fields sent, as IlanKaydet does. */
    ObjectNode quickEdit(Call call) {
        long kod = listingCode(call.body());
        return market.apply(state -> {
            Listing existing = state.listing(call.nick(), kod)
                    .orElseThrow(() -> new Refusal(Messages.LISTING_NOT_FOUND));
            checkSameProduct(call.body(), existing);
            ListingTerms terms = ListingForm.read(call.body(), existing.terms());
            state.putListing(existing.withTerms(terms)
                    .withUrunErp(call.body().text("urunErp").orElse(existing.urunErp())));
            return Wire.ok();
        });
    }

    /** UrunSil (unverified): removes listing {@code kod}; orders already placed keep their lines. */
    ObjectNode delete(Call call) {
        long kod = listingCode(call.body());
        return market.apply(state -> {
            state.listing(call.nick(), kod).orElseThrow(() -> new Refusal(Messages.LISTING_NOT_FOUND));
            state.removeListing(kod);
            return Wire.ok();
        });
    }

    private static long listingCode(Body body) {
        long kod = body.integer("kod").orElse(0);
        if (kod == 0) {
            throw Refusal.required("kod");
        }
        return kod;
    }

    /** farmaborsa.md §5.1: "Pharmaton 30 kapsül" cannot become "Pharmaton 60 kapsül". */
    private static void checkSameProduct(Body body, Listing existing) {
        Optional<String> barkod = body.text("barkod");
        if (barkod.isPresent() && !barkod.get().equals(existing.product().barkod())) {
            throw new Refusal(Messages.PRODUCT_CHANGE);
        }
    }

    /** {@code ilanOutput} in the model's order. */
    private static ObjectNode saved(long urunTalep, long urun, long ilan, String mesaj) {
        return SandboxJson.object().put("urunTalep", urunTalep).put("urun", urun).put("ilan", ilan)
                .put("hata", false).put("mesaj", mesaj);
    }
}
