package dev.kopru.farmaborsa.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code satisMiktarOnayList} (farmaborsa.md §5.9): {@code "kod-adet,kod-adet"}, e.g. {@code "10000-0,10001-3"}, where
 * {@code kod} is an order line's code and {@code adet} the quantity the seller can send. Blanks around the parts are
 * tolerated; anything else is refused quoting the bad part.
 */
final class QuantityList {

    private static final Pattern PAIR = Pattern.compile("\\s*(\\d+)\\s*-\\s*(\\d+)\\s*");

    private QuantityList() {
    }

    static Map<Long, Integer> parse(String text) {
        Map<Long, Integer> quantities = new LinkedHashMap<>();
        for (String part : text.split(",", -1)) {
            Matcher m = PAIR.matcher(part);
            if (!m.matches() || m.group(1).length() > 12 || m.group(2).length() > 6) {
                throw Refusal.invalid("satisMiktarOnayList", "'kod-adet,kod-adet' biçiminde olmalıdır", part.trim());
            }
            long kod = Long.parseLong(m.group(1));
            if (quantities.put(kod, Integer.parseInt(m.group(2))) != null) {
                throw new Refusal("satisMiktarOnayList aynı kodu iki kez içeriyor: " + kod);
            }
        }
        return quantities;
    }
}
