package dev.kopru.farmaborsa.client;

import dev.kopru.connector.kit.json.VendorJson;
import dev.kopru.connector.kit.paging.PageRows;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kopru.connector.kit.http.Authentication;
import dev.kopru.connector.kit.http.Redaction;
import dev.kopru.connector.kit.http.VendorHttp;
import dev.kopru.connector.kit.http.VendorRequest;
import dev.kopru.connector.kit.limit.RateLimitGate;
import dev.kopru.connector.kit.limit.RateLimitMetrics;
import dev.kopru.connector.kit.operation.VendorOperation;
import dev.kopru.core.connector.ConnectorException;
import dev.kopru.core.input.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A typed client of FarmaBorsa's integration API ({@code api/Entegre}, farmaborsa.md): one method per documented
 * operation. There is no session: {@code nick}, {@code parola} and {@code apiKey} go in every body.
 *
 * <p>Failure semantics, for every method: a {@link ConnectorException}. Calls wait their turn under the configured
 * rate limit (10 a minute by default) however many threads share the client, and fail as
 * {@link ConnectorException.RateLimited} without sending when the turn lies beyond the maximum wait, or when FarmaBorsa
 * itself answers with its rate-limit message. Every call is sent once (only a request that never left this machine
 * is sent again); retries belong to the caller's chain. A write whose outcome is unknown (timeout, lost connection,
 * 5xx) throws {@link ConnectorException.InDoubt}. {@code "hata": true} maps to AuthRejected (bad
 * credentials), NotFound ("bulunamadı"), RateLimited, or Validation naming the request field the message names.
 * Messages name the operation and never a secret. Thread-safe.
 */
public final class FarmaBorsaClient {

    /** The list key of the order lists: the reference leaves it undocumented; the sandbox's choice [inference]. */
    static final String ORDER_LIST_KEY = "siparisList";
    static final String LISTING_LIST_KEY = "ilanlarimList";
    static final String STATUS_LIST_KEY = "satisDurumList";

    private final FarmaBorsaConfig config;
    private final ObjectMapper json = VendorJson.mapper();
    private final RateLimitGate gate;
    private final VendorHttp http;

    public FarmaBorsaClient(FarmaBorsaConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.gate = new RateLimitGate(config.rateLimit(), config.maxRateWait());
        this.http = VendorHttp.builder("FarmaBorsa", config.baseUrl()).settings(config.http()).json(json)
                .rateLimit(gate).failures(FarmaBorsaFailures.KIT)
                .authentication(Authentication.signing(this::signed, () -> List.of(config.apiKey(), config.parola())))
                .build();
    }

    public FarmaBorsaConfig config() {
        return config;
    }

    /** What the rate limit has done so far: calls, throttled calls, time waited, calls refused. */
    public RateLimitMetrics rateLimitMetrics() {
        return gate.metrics();
    }

    // --- listings ---

    /** {@code IlanKaydet}: inserts ({@code ilan} 0) or updates a listing; a new unknown barcode opens a request. */
    public IlanKaydetSonucu ilanKaydet(IlanInput ilan) {
        Objects.requireNonNull(ilan, "ilan");
        FarmaBorsaOperation op = FarmaBorsaOperation.ILAN_KAYDET;
        JsonNode answer = call(op, json.valueToTree(ilan));
        int kod = integer(answer, "ilan");
        int urunTalep = integer(answer, "urunTalep");
        String mesaj = text(answer, "mesaj");
        if (kod != 0) {
            return new IlanKaydetSonucu.IlanKaydedildi(kod, integer(answer, "urun"), mesaj);
        }
        if (urunTalep != 0) {
            return new IlanKaydetSonucu.UrunTalebiAcildi(urunTalep, mesaj);
        }
        // Success without a listing or a request: nothing says what was saved.
        throw new ConnectorException.InDoubt(op.methodName(), op.methodName() + ": FarmaBorsa answered success ("
                + mesaj + ") with neither a listing code nor a product-card request; look the listing up by its"
                + " barcode before sending it again", null);
    }

    /** {@code UrunTalepDurum}: whether a product-card request was approved, and its listing code once it was. */
    public UrunTalepDurumu urunTalepDurum(int urunTalep) {
        JsonNode answer = call(FarmaBorsaOperation.URUN_TALEP_DURUM,
                json.createObjectNode().put("urunTalep", urunTalep));
        return new UrunTalepDurumu(urunTalep, integer(answer, "ilan"), text(answer, "mesaj"));
    }

    /** {@code IlanlarimListesi}: one's active or passive listings (the vendor does not page this list). */
    public List<IlanlarimSatiri> ilanlarimListesi(IlanDurumu durum) {
        return listings(json.createObjectNode().put("pasif", durum.pasif()));
    }

    /** The same list row by row: a listing that does not parse is kept as unreadable (keyed by its kod). */
    public PageRows<IlanlarimSatiri> ilanlarimRows(IlanDurumu durum) {
        return pageRows(call(FarmaBorsaOperation.ILANLARIM_LISTESI, json.createObjectNode().put("pasif",
                durum.pasif())), LISTING_LIST_KEY, IlanlarimSatiri.class, "kod");
    }

    /** {@code IlanlarimListesi} with {@code ilan}: the one listing {@code kod} among the active or passive ones. */
    public Optional<IlanlarimSatiri> ilan(int kod, IlanDurumu durum) {
        return listings(json.createObjectNode().put("pasif", durum.pasif()).put("ilan", kod)).stream()
                .filter(row -> row.kod() == kod).findFirst();
    }

    private List<IlanlarimSatiri> listings(ObjectNode fields) {
        JsonNode answer = call(FarmaBorsaOperation.ILANLARIM_LISTESI, fields);
        return rows(answer, LISTING_LIST_KEY, IlanlarimSatiri.class);
    }

    /** {@code UrunErpKaydetme}: links listing {@code ilan} to the seller's ERP product code. */
    public void urunErpKaydetme(int ilan, String urunErp) {
        requireText("urunErp", urunErp);
        call(FarmaBorsaOperation.URUN_ERP_KAYDETME,
                json.createObjectNode().put("ilan", ilan).put("urunErp", urunErp));
    }

    // --- orders (seller) ---

    /**
     * {@code SiparisListesi}: one page of the seller's orders by status, or the one sale {@code satisKod}.
     *
     * @throws IllegalArgumentException for {@link SatisDurum#ACIK} or {@link SatisDurum#HEPSI}, buyer-only filters
     */
    public List<SiparisBilgi> siparisListesi(SiparisSorgusu sorgu) {
        if (sorgu.satisKod() == 0 && !sorgu.satisDurum().sellerFilter()) {
            throw new InvalidInputException("satisDurum", sorgu.satisDurum() + " (" + sorgu.satisDurum().kod()
                    + ") filters only the buyer's list; the seller's SiparisListesi documents 1-5 and 8");
        }
        ObjectNode fields = orderQuery(sorgu).put("sayfa", sorgu.sayfa());
        return rows(call(FarmaBorsaOperation.SIPARIS_LISTESI, fields), ORDER_LIST_KEY, SiparisBilgi.class);
    }

    /** {@code satisDurumBazindaSatisListesi}: sales counted per status (output undocumented, read leniently). */
    public List<SatisDurumSayisi> satisDurumBazindaSatisListesi() {
        JsonNode answer = call(FarmaBorsaOperation.SATIS_DURUM_BAZINDA_SATIS_LISTESI,
                json.createObjectNode());
        return rows(answer, STATUS_LIST_KEY, SatisDurumSayisi.class);
    }

    /** {@code SiparisOnayIptalIslem} with {@code iptal} false: confirms a new order. */
    public void siparisOnayla(int satisKod) {
        call(FarmaBorsaOperation.SIPARIS_ONAY_IPTAL_ISLEM, json.createObjectNode()
                .put("satisKod", satisKod).put("iptal", false).put("satisDurumDegistirmeSebep", 0)
                .put("aciklama", ""));
    }

    /** {@code SiparisOnayIptalIslem} with {@code iptal} true: cancels an order for {@code sebep}. */
    public void siparisIptal(int satisKod, IptalSebebi sebep, String aciklama) {
        Objects.requireNonNull(sebep, "sebep");
        call(FarmaBorsaOperation.SIPARIS_ONAY_IPTAL_ISLEM, json.createObjectNode()
                .put("satisKod", satisKod).put("iptal", true).put("satisDurumDegistirmeSebep", sebep.kod())
                .put("aciklama", aciklama == null ? "" : aciklama));
    }

    /** {@code KargoLinkiOlusturma}: the URL of the order's cargo print-out. */
    public String kargoLinkiOlusturma(int satisKod) {
        FarmaBorsaOperation op = FarmaBorsaOperation.KARGO_LINKI_OLUSTURMA;
        JsonNode answer = call(op, json.createObjectNode().put("satisKod", satisKod));
        String link = text(answer, "link");
        if (link == null || link.isBlank()) {
            throw new ConnectorException.InDoubt(op.methodName(), op.methodName() + ": FarmaBorsa answered success"
                    + " without a link for order " + satisKod + "; ask again before printing", null);
        }
        return link;
    }

    /**
     * {@code SiparisMiktarDegistirerekOnaylaTalep}: confirms {@code siparis} with the quantities given for every one
     * of its lines; the list is checked against the order before sending (see {@link SatisMiktarOnayList}).
     *
     * @return the {@code link} the vendor returns, when it returns one
     */
    public Optional<String> siparisMiktarDegistirerekOnaylaTalep(SiparisBilgi siparis, List<MiktarSatiri> miktarlar) {
        return siparisMiktarDegistirerekOnaylaTalep(SatisMiktarOnayList.of(siparis, miktarlar));
    }

    /** The same with a list already checked by {@link SatisMiktarOnayList#of}. */
    public Optional<String> siparisMiktarDegistirerekOnaylaTalep(SatisMiktarOnayList liste) {
        JsonNode answer = call(FarmaBorsaOperation.SIPARIS_MIKTAR_DEGISTIREREK_ONAYLA_TALEP,
                json.createObjectNode().put("satisKod", liste.satisKod())
                        .put(SatisMiktarOnayList.FIELD, liste.wire()));
        return Optional.ofNullable(text(answer, "link")).filter(l -> !l.isBlank());
    }

    /** {@code SatFaturaKaydet}: registers the URL of the seller's invoice file, shown to the buyer. */
    public void satFaturaKaydet(int satisKod, String dosyaUrl) {
        requireText("dosyaUrl", dosyaUrl);
        call(FarmaBorsaOperation.SAT_FATURA_KAYDET,
                json.createObjectNode().put("satisKod", satisKod).put("dosyaUrl", dosyaUrl));
    }

    // --- orders (buyer) ---

    /** {@code SiparisListesiAlici}: the account's purchases by status (incl. ACIK and HEPSI) or one sale; no pages. */
    public List<SiparisBilgi> siparisListesiAlici(SiparisSorgusu sorgu) {
        return rows(call(FarmaBorsaOperation.SIPARIS_LISTESI_ALICI, orderQuery(sorgu)), ORDER_LIST_KEY,
                SiparisBilgi.class);
    }

    // --- any operation ---

    /**
     * {@code op} with the caller's own request {@code fields}; the credentials are the connection's (any the caller
     * put in {@code fields} are dropped). The whole answer, once it is a success; a write is sent once.
     */
    public JsonNode raw(FarmaBorsaOperation op, ObjectNode fields) {
        ObjectNode own = fields.deepCopy();
        List<String> credentials = new ArrayList<>();
        own.fieldNames().forEachRemaining(name -> {
            if (List.of("nick", "parola", "apikey").contains(name.toLowerCase(java.util.Locale.ROOT))) {
                credentials.add(name);
            }
        });
        own.remove(credentials);
        return call(op, own);
    }

    // --- helpers ---

    /**
     * Sends {@code op} with {@code fields} (the request's own fields; {@link #signed} adds the credentials) and
     * returns the whole JSON answer once it is a success. An operation whose documented path has no route (HTTP 404
     * without an envelope: nothing was written) is sent to its fallback path.
     */
    private JsonNode call(FarmaBorsaOperation op, ObjectNode fields) {
        FarmaBorsaEnvelope envelope = new FarmaBorsaEnvelope(json, config.clock(), config.rateLimit().period(),
                fieldNames(fields));
        try {
            return http.call(op, VendorRequest.post(op.path(), fields), envelope);
        } catch (FarmaBorsaEnvelope.NoRoute noRoute) {
            if (op.fallbackPath().isEmpty()) {
                throw Redaction.scrub(noRoute.failure(), http.secrets());
            }
            try {
                return http.call(op, VendorRequest.post(op.fallbackPath().get(), fields), envelope);
            } catch (FarmaBorsaEnvelope.NoRoute again) {
                throw Redaction.scrub(again.failure(), http.secrets());
            }
        }
    }

    /** The body as FarmaBorsa wants it: {@code nick}, {@code parola} and {@code apiKey} first, then the fields. */
    private VendorRequest signed(VendorOperation op, VendorRequest request) {
        ObjectNode body = json.createObjectNode();
        body.put("nick", config.nick());
        body.put("parola", config.parola());
        body.put("apiKey", config.apiKey());
        if (request.body() instanceof VendorRequest.Body.Json given && given.document() instanceof ObjectNode fields) {
            body.setAll(fields);
        }
        return request.withBody(new VendorRequest.Body.Json(body));
    }

    private static List<String> fieldNames(ObjectNode fields) {
        List<String> names = new ArrayList<>();
        fields.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private ObjectNode orderQuery(SiparisSorgusu sorgu) {
        ObjectNode fields = json.createObjectNode().put("satisDurum", sorgu.satisDurumKodu())
                .put("satisKod", sorgu.satisKod());
        if (sorgu.baslama() != null) {
            fields.put("baslama", FarmaBorsaDates.filter(sorgu.baslama()))
                    .put("bitis", FarmaBorsaDates.filter(sorgu.bitis()));
        }
        return fields;
    }

    /**
     * The rows under {@code key} (any case); when the answer has no such key, the first array in it, so that the
     * invented list names of the order lists stay a guess in one place. {@code null} lists are empty.
     */
    private <T> List<T> rows(JsonNode answer, String key, Class<T> type) {
        return pageRows(answer, key, type, "").readable(key);
    }

    /** The same rows one by one: a row that does not parse is kept as unreadable, keyed by {@code keyField}. */
    private <T> PageRows<T> pageRows(JsonNode answer, String key, Class<T> type, String keyField) {
        JsonNode array = VendorJson.member(answer, key);
        if (array.isMissingNode()) {
            for (var member : answer.properties()) {
                if (member.getValue().isArray()) {
                    array = member.getValue();
                    break;
                }
            }
        }
        return PageRows.parse(json, array, type, keyField);
    }

    private static int integer(JsonNode answer, String name) {
        JsonNode value = VendorJson.member(answer, name);
        return value.isNumber() ? value.asInt() : value.isTextual() ? parseOrZero(value.asText()) : 0;
    }

    private static int parseOrZero(String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String text(JsonNode answer, String name) {
        JsonNode value = VendorJson.member(answer, name);
        return value.isNull() || value.isMissingNode() ? null : value.asText();
    }

    private static void requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "required");
        }
    }

    @Override
    public String toString() {
        return "FarmaBorsaClient{" + config + "}";
    }
}
