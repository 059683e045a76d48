package dev.kopru.farmaborsa.client;

import dev.kopru.core.connector.ConnectorException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The {@code satisMiktarOnayList} string of SiparisMiktarDegistirerekOnaylaTalep, {@code "kod-adet,kod-adet"}
 * (farmaborsa.md §5.9), built from typed lines and checked against the order before anything is sent: every line of
 * the order must be there exactly once ("siparişe ait tüm ürünleri burada göndermek zorundasınız"), no other line, and
 * no quantity above what was ordered (quantities only go down; 0 drops a line).
 */
public record SatisMiktarOnayList(int satisKod, List<MiktarSatiri> satirlar) {

    static final String FIELD = "satisMiktarOnayList";
    private static final String OPERATION = FarmaBorsaOperation.SIPARIS_MIKTAR_DEGISTIREREK_ONAYLA_TALEP.methodName();

    public SatisMiktarOnayList {
        satirlar = List.copyOf(satirlar);
    }

    /**
     * The list for {@code siparis} with the quantities in {@code yeniMiktarlar}, in the order's line order.
     *
     * @throws ConnectorException.Validation naming {@code satisMiktarOnayList} when a line is missing, unknown,
     *     repeated, negative or above the ordered quantity
     */
    public static SatisMiktarOnayList of(SiparisBilgi siparis, List<MiktarSatiri> yeniMiktarlar) {
        if (siparis.ilanList().isEmpty()) {
            throw refused(siparis.satisKod(), "order has no lines to confirm");
        }
        Map<Integer, Integer> requested = new LinkedHashMap<>();
        for (MiktarSatiri satir : yeniMiktarlar) {
            if (requested.put(satir.kod(), satir.adet()) != null) {
                throw refused(siparis.satisKod(), "line " + satir.kod() + " is given more than once");
            }
        }
        Map<Integer, Integer> ordered = new LinkedHashMap<>();
        siparis.ilanList().forEach(line -> ordered.put(line.kod(), line.adet()));
        List<Integer> missing = ordered.keySet().stream().filter(k -> !requested.containsKey(k)).toList();
        if (!missing.isEmpty()) {
            throw refused(siparis.satisKod(), "line(s) " + join(missing) + " of the order are missing; every line"
                    + " must be sent (adet 0 drops one)");
        }
        List<Integer> unknown = requested.keySet().stream().filter(k -> !ordered.containsKey(k)).toList();
        if (!unknown.isEmpty()) {
            throw refused(siparis.satisKod(), "line(s) " + join(unknown) + " are not lines of the order (its lines: "
                    + join(List.copyOf(ordered.keySet())) + ")");
        }
        List<MiktarSatiri> lines = new ArrayList<>();
        for (Map.Entry<Integer, Integer> line : ordered.entrySet()) {
            int adet = requested.get(line.getKey());
            if (adet < 0) {
                throw refused(siparis.satisKod(), "line " + line.getKey() + ": adet " + adet + " is negative");
            }
            if (adet > line.getValue()) {
                throw refused(siparis.satisKod(), "line " + line.getKey() + ": adet " + adet
                        + " exceeds the ordered " + line.getValue() + " (quantities can only go down)");
            }
            lines.add(new MiktarSatiri(line.getKey(), adet));
        }
        return new SatisMiktarOnayList(siparis.satisKod(), lines);
    }

    /** The vendor's string, e.g. {@code "10000-0,10001-3"}. */
    public String wire() {
        return satirlar.stream().map(s -> s.kod() + "-" + s.adet()).collect(Collectors.joining(","));
    }

    private static String join(List<Integer> codes) {
        return codes.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static ConnectorException.Validation refused(int satisKod, String reason) {
        return new ConnectorException.Validation(OPERATION, FIELD, FIELD + " for order " + satisKod + ": " + reason
                + " (checked before " + OPERATION + "; nothing was sent)", null);
    }
}
