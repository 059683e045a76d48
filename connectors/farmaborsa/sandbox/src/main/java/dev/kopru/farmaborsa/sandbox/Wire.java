package dev.kopru.farmaborsa.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kopru.testkit.sandbox.SandboxJson;
import java.util.Collection;

/**
 * The answers' JSON, with the vendor's field names (farmaborsa.md §5.3-5.5). The three wrapper keys that no source
 * shows are invented and kept here, in one place: {@link #ORDERS} and {@link #STATUS_COUNTS} [inference].
 */
final class Wire {

    /** IlanlarimListesi's list, as the vendor's example shows it. */
    static final String LISTINGS = "ilanlarimList";
    /** The order lists' wrapper key: invented by analogy with {@link #LISTINGS} [inference]. */
    static final String ORDERS = "siparisList";
    /** satisDurumBazindaSatisListesi's list: invented [inference]. */
    static final String STATUS_COUNTS = "satisDurumList";

    private Wire() {
    }

    /** {@code {"hata":false,"mesaj":"BAŞARILI"}}. */
    static ObjectNode ok() {
        return ok(Messages.SUCCESS);
    }

    static ObjectNode ok(String mesaj) {
        return SandboxJson.object().put("hata", false).put("mesaj", mesaj);
    }

    /** One row of {@code ilanlarimList}; {@code sira} counts from 1. */
    static ObjectNode listing(Listing listing, int sira) {
        ListingTerms terms = listing.terms();
        ObjectNode row = SandboxJson.object();
        row.put("sira", sira);
        row.put("kod", listing.kod());
        row.put("urunAd", terms.urunAd());
        row.put("adet", terms.adet());
        row.put("maxAdet", terms.maxAdet());
        row.put("op", terms.op());
        row.put("tutar", terms.tutar());
        row.put("borsadaGoster", terms.borsadaGoster());
        row.put("urun", listing.product().urun());
        row.put("miad", Dates.monthShort(terms.miad()));
        row.put("miadText", Dates.monthText(terms.miad()));
        row.put("miadTip", terms.miadTip());
        row.put("miadTipAd", miadTipAd(terms.miadTip()));
        row.put("barkod", listing.product().barkod());
        if (terms.psf() == null) {
            row.putNull("psf");
        } else {
            row.put("psf", terms.psf());
        }
        row.put("tutarAd", terms.tutar().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + " TL");
        // The seed: the seller's image is used when the product has none.
        String image = listing.product().resimUrl() != null ? listing.product().resimUrl() : terms.resimUrl();
        row.put("resimUrl", image);
        return row;
    }

    /** {@code miadTipAd}: "Standart" is the vendor's label for 1; 2 and 3 use the seed's descriptions. */
    static String miadTipAd(int miadTip) {
        return switch (miadTip) {
            case 1 -> "Standart";
            case 2 -> "12 Aydan Az";
            case 3 -> "12 Aydan Fazla";
            default -> "";
        };
    }

    /** SiparisListesi's {@code siparisBilgi}: the buyer's details and the lines with the shipping-fee flag. */
    static ObjectNode sellerOrder(Order order, boolean legacyVatBuckets) {
        Buyer buyer = order.buyer();
        ObjectNode row = SandboxJson.object();
        row.put("satisKod", order.satisKod());
        row.put("tarih", Dates.tarih(order.tarih()));
        row.put("utsNo", order.utsNo());
        row.put("nick", buyer.nick());
        row.put("ad", buyer.ad());
        row.put("unvan", buyer.unvan());
        row.put("faturaUnvan", buyer.faturaUnvan());
        row.put("adres", buyer.adres());
        row.put("tel", buyer.tel());
        row.put("vNo", buyer.vNo());
        row.put("vDaire", buyer.vDaire());
        row.put("tc", buyer.tc());
        row.put("ePosta", buyer.ePosta());
        row.put("kargoBarkod", order.kargoBarkod());
        row.put("kargoAd", order.kargoAd());
        totals(row, order, legacyVatBuckets);
        lines(row, order, true);
        return row;
    }

    /** SiparisListesiAlici's {@code siparisBilgi}: the seller's nick, the status name, the invoice URL. */
    static ObjectNode buyerOrder(Order order, boolean legacyVatBuckets) {
        ObjectNode row = SandboxJson.object();
        row.put("satisKod", order.satisKod());
        row.put("tarih", Dates.tarih(order.tarih()));
        row.put("nick", order.seller());
        row.put("utsNo", order.utsNo());
        row.put("satisDurumAd", order.status().label());
        row.put("kargoBarkod", order.kargoBarkod());
        row.put("kargoAd", order.kargoAd());
        row.put("satFaturaUrl", order.satFaturaUrl());
        totals(row, order, legacyVatBuckets);
        lines(row, order, false);
        return row;
    }

    static ObjectNode list(String key, Collection<ObjectNode> rows) {
        ObjectNode body = ok();
        ArrayNode list = body.putArray(key);
        rows.forEach(list::add);
        return body;
    }

    private static void totals(ObjectNode row, Order order, boolean legacyVatBuckets) {
        OrderTotals totals = OrderTotals.of(order.lines(), legacyVatBuckets);
        row.put("toplam", totals.toplam());
        row.put("kdvToplam8", totals.kdvToplam8());
        row.put("kdvToplam18", totals.kdvToplam18());
        row.put("genelToplam", totals.genelToplam());
    }

    private static void lines(ObjectNode row, Order order, boolean withShippingFlag) {
        ArrayNode lines = row.putArray("ilanList");
        for (OrderLine line : order.lines()) {
            ObjectNode item = lines.addObject();
            item.put("kod", line.kod());
            item.put("urun", line.urun());
            item.put("urunAd", line.urunAd());
            item.put("barkod", line.barkod());
            item.put("kdv", line.kdv());
            item.put("miad", line.miad());
            item.put("adet", line.adet());
            if (withShippingFlag) {
                item.put("kargoUcretiUrunu", line.shippingFee());
            }
            item.put("birimFiyat", line.birimFiyat());
            item.put("netFiyat", line.netFiyat());
            item.put("netToplam", line.netToplam());
        }
    }
}
