package dev.kopru.farmaborsa.sandbox;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The fixed records the golden fixtures assume (connectors/farmaborsa/golden/README.md, "golden state"): product
 * 40114 and listing 84380 exactly as G3 shows them, orders 550012 (G5, G6, G8, G9), 550013 (G6 cancel) and 550014
 * (G7), and the sequences that make the next listing 84381 and the next product-card request 1207.
 */
final class GoldenSet {

    static final String SELLER = "demoeczane";
    static final String BUYER = "alicieczane";

    private GoldenSet() {
    }

    static void seed(MarketState state) {
        Product daylong = new Product(40114, "7612076396470", "DAYLONG ACTINICA GUNES", 10, "Dermokozmetik",
                "Daylong", "https://cdn.farmaborsa.com/Media/Urunler/40114/-80-ml.jpg");
        Product cream = new Product(40115, "8699546090013", "BEPANTHOL DERMA KREM 50 ML", 10, "Dermokozmetik",
                "Bepanthol", null);
        Product vitamin = new Product(40116, "8680400770011", "SUPRADYN ENERGY 30 TABLET", 20, "Vitamin",
                "Supradyn", null);
        state.addProduct(Product.SHIPPING_FEE);
        state.addProduct(daylong);
        state.addProduct(cream);
        state.addProduct(vitamin);
        state.startSequences(40117, 84380, 1207, 550012, 9001);

        ListingTerms g3 = new ListingTerms("DAYLONG ACTINICA GUNES", 100, 100, true, 1, LocalDate.of(2022, 1, 31),
                new BigDecimal("78.90"), true, false, daylong.resimUrl(), null, null, "Dermokozmetik", "Daylong",
                null, false, 1462);
        state.newListing(SELLER, daylong, g3, null);

        Buyer ayse = new Buyer(BUYER, "Ayşe Kaya", "Kaya Eczanesi", "Ayşe Kaya", "Atatürk Cd. No:5 Konak/İzmir",
                "05551234567", "1234567890", "Konak", "", "kaya@example.com");
        state.newOrder(SELLER, ayse, LocalDateTime.of(2025, 11, 21, 14, 5), List.of(
                new OrderLine(state.nextLineKod(), 84380, 40114, daylong.urunAd(), daylong.barkod(), 10, "01-2026", 2,
                        false, new BigDecimal("78.90")),
                SimulatedBuyer.shippingLine(state.nextLineKod(), new BigDecimal("10.90"))));

        Buyer mehmet = new Buyer("demireczane", "Mehmet Demir", "Demir Eczanesi", "Mehmet Demir",
                "İnönü Cad. No:12 Çankaya/Ankara", "05321112233", "", "", "12345678950", "demir@example.com");
        // Lines of listings that have since been sold out and removed, so that stock given back touches no listing.
        state.newOrder(SELLER, mehmet, LocalDateTime.of(2025, 12, 1, 9, 30), List.of(
                new OrderLine(state.nextLineKod(), 84370, cream.urun(), cream.urunAd(), cream.barkod(), 10, "06-2026",
                        1, false, new BigDecimal("45.50"))));

        state.startSequences(40117, 84381, 1207, 550014, 10000);
        Buyer zeynep = new Buyer("sifaeczane", "Zeynep Aydın", "Şifa Eczanesi", "Zeynep Aydın",
                "Gazi Bulvarı No:40 Konak/İzmir", "02324445566", "9876543210", "Konak", "", "sifa@example.com");
        state.newOrder(SELLER, zeynep, LocalDateTime.of(2025, 12, 2, 11, 15), List.of(
                new OrderLine(state.nextLineKod(), 84371, cream.urun(), cream.urunAd(), cream.barkod(), 10, "06-2026",
                        2, false, new BigDecimal("45.50")),
                new OrderLine(state.nextLineKod(), 84372, vitamin.urun(), vitamin.urunAd(), vitamin.barkod(), 20,
                        "09-2027", 4, false, new BigDecimal("120.00"))));
    }
}
