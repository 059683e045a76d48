package dev.kopru.testkit.demodata;

import dev.kopru.core.model.Address;
import dev.kopru.core.model.PartyRole;
import dev.kopru.core.tax.TaxIds;
import dev.kopru.core.text.TurkishText;
import dev.kopru.testkit.demodata.Cities.City;

import java.util.Locale;
import java.util.Random;

import static dev.kopru.testkit.demodata.Words.pick;

/** Builds demo party {@code i}. Every fifth party is a supplier (always a company); the rest are customers. */
final class Parties {
    private static final int CODES_PER_GROUP = 99_999;

    private Parties() {
    }

    static DemoParty create(long seed, int index) {
        Random random = Seeds.random(seed, Seeds.PARTY, index);
        boolean supplier = index % 5 == 4;
        PartyRole role = supplier ? PartyRole.SUPPLIER : PartyRole.CUSTOMER;
        String code = code(supplier ? "320" : "120", supplier ? index / 5 + 1 : index / 5 * 4 + index % 5 + 1);
        City city = Cities.ALL.get(random.nextInt(Cities.ALL.size()));
        String district = pick(random, city.districts());
        Address address = new Address(streetLine(random), district, city.name(),
                city.plate() + String.format(Locale.ROOT, "%03d", random.nextInt(1000)), "TR");

        if (supplier || random.nextInt(100) < 70) {
            String[] name = companyName(random, city);
            // Addresses under example.com (reserved, RFC 2606): demo data must never reach a real mailbox.
            String domain = slug(name[0]) + ".example.com";
            return new DemoParty(index, code, role, DemoParty.Kind.COMPANY, name[1], null, null, vkn(seed, index),
                    taxOffice(city, district), address, pick(random, Words.MAILBOXES)
                    + "@" + domain, landline(random, city), random.nextInt(100) < 60);
        }
        String first = pick(random, random.nextBoolean() ? Words.FEMALE_NAMES : Words.MALE_NAMES);
        String last = pick(random, Words.SURNAMES);
        String email = slug(first) + "." + slug(last) + (index + 1) + "@example.com";
        return new DemoParty(index, code, role, DemoParty.Kind.PERSON, first + " " + last, first, last,
                tckn(seed, index), null, address, email, mobile(random), false);
    }

    /** {@code 120.01.00001}; past 99 999 records the middle group counts up, as accountants open sub-accounts. */
    private static String code(String account, int ordinal) {
        int group = (ordinal - 1) / CODES_PER_GROUP + 1;
        int sequence = (ordinal - 1) % CODES_PER_GROUP + 1;
        return String.format(Locale.ROOT, "%s.%02d.%05d", account, group, sequence);
    }

    /** [the part a web domain is made from, the full name]. */
    private static String[] companyName(Random random, City city) {
        int style = random.nextInt(100);
        if (style < 15) {
            String owner = random.nextBoolean() ? pick(random, Words.PHARMACY_NAMES) : pick(random, Words.SURNAMES);
            return new String[] {owner + " Eczane", owner + " Eczanesi"};
        }
        String prefix = style < 30 ? city.name() : pick(random, Words.COMPANY_PREFIXES);
        String sector = pick(random, Words.SECTORS);
        String firstSectorWord = sector.split(" ")[0];
        return new String[] {prefix + " " + firstSectorWord,
                prefix + " " + sector + " " + pick(random, Words.LEGAL_FORMS)};
    }

    private static String streetLine(Random random) {
        String line = pick(random, Words.NEIGHBOURHOODS) + " Mah. " + pick(random, Words.STREETS) + " No:"
                + (1 + random.nextInt(180));
        return random.nextBoolean() ? line + " D:" + (1 + random.nextInt(20)) : line;
    }

    /** Every tax office a demo party may name, in a stable order: the country's table, as an ERP holds it. */
    static java.util.List<String> allTaxOffices() {
        return Cities.ALL.stream().flatMap(city -> city.districts().stream().map(d -> taxOffice(city, d)))
                .distinct().toList();
    }

    /** Most tax offices are named after their district; a "Merkez" district's office after its city. */
    private static String taxOffice(City city, String district) {
        return (district.equals("Merkez") ? city.name() : district) + " Vergi Dairesi";
    }

    private static String landline(Random random, City city) {
        return "0" + city.areaCode() + (2_000_000 + random.nextInt(8_000_000));
    }

    private static String mobile(Random random) {
        return "0" + pick(random, Words.MOBILE_PREFIXES) + (1_000_000 + random.nextInt(9_000_000));
    }

    private static String vkn(long seed, int index) {
        long body = Seeds.unique(seed, Seeds.VKN, index, 1_000_000_000L);
        return TaxIds.completeVkn(String.format(Locale.ROOT, "%09d", body));
    }

    private static String tckn(long seed, int index) {
        long body = 100_000_000L + Seeds.unique(seed, Seeds.TCKN, index, 900_000_000L);
        return TaxIds.completeTckn(Long.toString(body));
    }

    /** Lower-case ASCII letters and digits only, for e-mail addresses. */
    static String slug(String text) {
        return TurkishText.toAscii(TurkishText.lower(text)).replaceAll("[^a-z0-9]", "");
    }
}
