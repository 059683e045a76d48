package dev.kopru.farmaborsa.sandbox;

import dev.kopru.core.text.TurkishText;
import dev.kopru.testkit.demodata.DemoData;
import dev.kopru.testkit.demodata.DemoParty;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * A buyer placing orders against a seller's active listings: one to three listings in stock, a few units each
 * (never above the listing's {@code maxAdet} or stock), and on every other order the shipping-fee line. Buyers are
 * the kit's demo parties. Order {@code n} depends only on the seed, {@code n} and the listings, so runs repeat.
 */
final class SimulatedBuyer {

    private static final int PARTIES = 1_000;
    private static final List<BigDecimal> SHIPPING_FEES =
            List.of(new BigDecimal("10.90"), new BigDecimal("14.90"), new BigDecimal("19.90"));

    private final long seed;
    private final DemoData parties;

    SimulatedBuyer(long seed) {
        this.seed = seed;
        this.parties = DemoData.of(seed, PARTIES);
    }

    /** Order number {@code sequence} of the simulation for {@code seller}, or empty when nothing is in stock. */
    Optional<Order> place(MarketState state, String seller, long sequence, LocalDateTime tarih) {
        Random random = new Random(seed * 1_000_003L + sequence);
        List<Listing> orderable = new ArrayList<>(state.listings(seller).stream().filter(Listing::orderable).toList());
        if (orderable.isEmpty()) {
            return Optional.empty();
        }
        Collections.shuffle(orderable, random);
        int count = 1 + random.nextInt(Math.min(3, orderable.size()));
        List<OrderLine> lines = new ArrayList<>();
        for (Listing listing : orderable.subList(0, count)) {
            int most = Math.min(3, listing.terms().adet());
            if (listing.terms().maxAdet() > 0) {
                most = Math.min(most, listing.terms().maxAdet());
            }
            int adet = 1 + random.nextInt(most);
            lines.add(new OrderLine(state.nextLineKod(), listing.kod(), listing.product().urun(),
                    listing.terms().urunAd(), listing.product().barkod(), listing.kdv(),
                    Dates.monthText(listing.terms().miad()), adet, false, listing.terms().tutar()));
            state.moveStock(listing.kod(), -adet);
        }
        if (random.nextBoolean()) {
            lines.add(shippingLine(state.nextLineKod(), SHIPPING_FEES.get(random.nextInt(SHIPPING_FEES.size()))));
        }
        return Optional.of(state.newOrder(seller, buyer(parties.party(random.nextInt(PARTIES))), tarih, lines));
    }

    static OrderLine shippingLine(long kod, BigDecimal fee) {
        Product fees = Product.SHIPPING_FEE;
        return new OrderLine(kod, 0, fees.urun(), fees.urunAd(), fees.barkod(), fees.kdv(), "", 1, true, fee);
    }

    /** A demo party as a buying pharmacy: companies by VKN and tax office, persons by TCKN. */
    static Buyer buyer(DemoParty party) {
        String adres = party.address().line() + " " + party.address().district() + "/" + party.address().city();
        String nick = TurkishText.toAscii(TurkishText.lower(party.name())).replaceAll("[^a-z0-9]", "");
        nick = nick.substring(0, Math.min(16, nick.length())) + (party.index() + 1);
        if (party.kind() == DemoParty.Kind.COMPANY) {
            String office = party.taxOffice() == null ? "" : party.taxOffice().replace(" Vergi Dairesi", "");
            return new Buyer(nick, party.name(), party.name(), party.name(), adres, party.phone(), party.taxId(),
                    office, "", party.email());
        }
        return new Buyer(nick, party.name(), party.lastName() + " Eczanesi", party.name(), adres, party.phone(), "",
                "", party.taxId(), party.email());
    }
}
