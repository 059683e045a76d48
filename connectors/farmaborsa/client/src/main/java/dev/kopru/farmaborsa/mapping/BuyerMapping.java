package dev.kopru.farmaborsa.mapping;

import dev.kopru.core.model.Address;
import dev.kopru.core.model.Money;
import dev.kopru.core.model.Party;
import dev.kopru.core.model.PartyRole;
import dev.kopru.farmaborsa.client.SiparisBilgi;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The buyer of a seller's order → Party. FarmaBorsa sends the buyer inline, keyed by its account {@code nick}. The
 * name is the invoice title ({@code faturaUnvan}, else {@code unvan}, else the person {@code ad}); the tax id is
 * {@code vNo} (VKN, with its tax office {@code vDaire}) or else {@code tc} (TCKN), taken as given: a read never
 * repairs a vendor value, the target's own check refuses a bad one. The address is one text; a trailing
 * "district/city" (the Turkish way of ending an address, "Konak/İzmir") is read into district and city.
 */
public final class BuyerMapping {

    private static final Pattern DISTRICT_CITY =
            Pattern.compile("(?:^|[\\s,])([\\p{L}][\\p{L} .]*?)\\s*/\\s*([\\p{L}][\\p{L} .]*?)\\s*$");

    private BuyerMapping() {
    }

    /** The buyer, or {@code null} when the order carries no buyer data (the buyer's own list). */
    public static Party buyer(SiparisBilgi siparis) {
        String name = first(siparis.faturaUnvan(), siparis.unvan(), siparis.ad());
        String taxId = first(siparis.vNo(), siparis.tc());
        if (name == null && taxId == null) {
            return null;
        }
        String nick = ListingMapping.blankToNull(siparis.nick());
        String taxOffice = ListingMapping.blankToNull(siparis.vNo()) == null ? null
                : ListingMapping.blankToNull(siparis.vDaire());
        return new Party(nick, nick, name, PartyRole.CUSTOMER, taxId, taxOffice, address(siparis.adres()),
                ListingMapping.blankToNull(siparis.ePosta()), ListingMapping.blankToNull(siparis.tel()), Money.TRY,
                null, null, null);
    }

    static Address address(String adres) {
        String line = ListingMapping.blankToNull(adres);
        if (line == null) {
            return null;
        }
        Matcher m = DISTRICT_CITY.matcher(line);
        if (m.find()) {
            return new Address(line, m.group(1).trim(), m.group(2).trim(), null, null);
        }
        return new Address(line, null, null, null, null);
    }

    private static String first(String... values) {
        for (String value : values) {
            String v = ListingMapping.blankToNull(value);
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
