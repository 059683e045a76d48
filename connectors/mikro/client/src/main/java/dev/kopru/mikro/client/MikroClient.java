package dev.kopru.mikro.client;

import dev.kopru.connector.kit.json.VendorJson;
import com.fasterxml.jackson.databind.JsonNode;
import dev.kopru.connector.kit.paging.PageRows;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kopru.connector.kit.http.VendorHttp;
import dev.kopru.connector.kit.http.VendorRequest;
import dev.kopru.core.connector.ConnectorException;
import dev.kopru.core.input.InvalidInputException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * A typed client of the Mikro Desktop API (Jump / Fly, mikro.md). There is no session: every V2/V3 call carries
 * the {@code Mikro} credential block with the daily hash, rebuilt per request from the configured clock.
 *
 * <p>Failure semantics, for every method: a {@link ConnectorException}. Every call is sent once (only a request
 * that never left this machine is sent again); retries belong to the caller's chain. A write whose outcome is
 * unknown (timeout, lost connection, 5xx without a refusal) throws {@link ConnectorException.InDoubt}. A refusal of
 * the daily hash is renewed once with the adjacent day's hash. Messages name the operation and never a secret.
 */
public final class MikroClient {

    private final MikroConfig config;
    private final ObjectMapper json = VendorJson.mapper();
    private final VendorHttp http;
    private final MikroEnvelope envelope;
    private final Answers answers = new Answers(json);

    public MikroClient(MikroConfig config) {
        this.config = config;
        this.http = VendorHttp.builder("Mikro", config.baseUrl()).settings(config.http()).json(json)
                .authentication(new MikroSigning(config)).build();
        this.envelope = new MikroEnvelope(json, new MikroFailures(config.clock()));
    }

    /** A client for another working year of the same company, to read a past year (mikro.md §12.5). */
    public MikroClient inYear(int year) {
        return new MikroClient(config.inYear(year));
    }

    // --- session and health ---

    /** {@code HealthCheck}: the server's status text (contains "200" when up). */
    public String healthCheck() {
        JsonNode answer = call(MikroOperation.HEALTH_CHECK, null);
        JsonNode result = answer.path("result");
        return result.isValueNode() ? result.asText() : answer.toString();
    }

    /** {@code HealthCheck2}: {@code ApiStatus} and {@code StatusCode}; needs no credentials. */
    public HealthStatus healthCheck2() {
        return json.convertValue(call(MikroOperation.HEALTH_CHECK_2, null), HealthStatus.class);
    }

    /** {@code APILogin}: authorises the legacy V1 methods for a while; V2/V3 methods do not need it. */
    public void apiLogin() {
        call(MikroOperation.API_LOGIN, block -> block);
    }

    /** {@code APILogoff}: ends a V1 login. */
    public void apiLogoff() {
        call(MikroOperation.API_LOGOFF, null);
    }

    /** {@code APILogoffV2}: optional, V2/V3 calls log out by themselves. */
    public void apiLogoffV2() {
        call(MikroOperation.API_LOGOFF_V2,
                block -> wrap(block).put("KullaniciKodu", config.kullaniciKodu()));
    }

    // --- cari ---

    /** {@code CariListesiV2}: one page of cards selected by a raw WHERE fragment. */
    public List<CariKaydi> cariListesiV2(CariListesiV2Sorgusu q) {
        JsonNode data = answers.data(call(MikroOperation.CARI_LISTESI_V2, block -> wrap(block)
                .put("FieldName", q.FieldName()).put("WhereStr", q.WhereStr()).put("Sort", q.Sort())
                .put("Size", Integer.toString(q.Size())).put("Index", q.Index())));
        return answers.rows(data, "CariListesi", CariKaydi.class);
    }

    /** {@code CariListesiV3}: one page of cards, filtered by code, tax number and a date range. */
    public List<CariKaydi> cariListesiV3(CariListesiV3Sorgusu q) {
        return cariListesiV3Rows(q).readable("CariListesiV3");
    }

    /** The same page row by row: a card that does not parse is kept as unreadable (keyed by its cari_kod). */
    public PageRows<CariKaydi> cariListesiV3Rows(CariListesiV3Sorgusu q) {
        JsonNode data = answers.data(call(MikroOperation.CARI_LISTESI_V3, block -> wrap(block)
                .put("CariKod", q.CariKod()).put("CariVKNTCNo", q.CariVKNTCNo()).put("TarihTipi", q.TarihTipi())
                .put("IlkTarih", MikroDates.filter(q.IlkTarih())).put("SonTarih", MikroDates.filter(q.SonTarih()))
                .put("Sort", q.Sort()).put("Size", Integer.toString(q.Size())).put("Index", q.Index())));
        return answers.pageRows(data, "CariListesi", CariKaydi.class, "cari_kod");
    }

    /** {@code CariKaydetV2}: creates cards (with addresses and contacts). */
    public List<KayitSonucu> cariKaydetV2(List<CariKaydi> cariler) {
        return save(MikroOperation.CARI_KAYDET_V2, "cariler", cariler);
    }

    /** {@code CariGuncelleV2}: updates cards identified by {@code cari_Guid}. */
    public List<KayitSonucu> cariGuncelleV2(List<CariKaydi> cariler) {
        return save(MikroOperation.CARI_GUNCELLE_V2, "cariler", cariler);
    }

    // --- stok ---

    /** {@code StokListesiV2}: one page of stock cards. */
    public List<StokKaydi> stokListesiV2(StokListesiSorgusu q) {
        return stokListesiV2Rows(q).readable("StokListesiV2");
    }

    /** The same page row by row: a card that does not parse is kept as unreadable (keyed by its sto_kod). */
    public PageRows<StokKaydi> stokListesiV2Rows(StokListesiSorgusu q) {
        JsonNode data = answers.data(call(MikroOperation.STOK_LISTESI_V2, block -> wrap(block)
                .put("StokKod", q.StokKod()).put("TarihTipi", q.TarihTipi())
                .put("IlkTarih", MikroDates.filter(q.IlkTarih())).put("SonTarih", MikroDates.filter(q.SonTarih()))
                .put("Sort", q.Sort()).put("Size", Integer.toString(q.Size())).put("Index", q.Index())));
        return answers.pageRows(data, "StokListesi", StokKaydi.class, "sto_kod");
    }

    /** {@code StokKaydetV2}: creates stock cards with barcodes and sale prices. */
    public List<KayitSonucu> stokKaydetV2(List<StokKaydi> stoklar) {
        return save(MikroOperation.STOK_KAYDET_V2, "stoklar", stoklar);
    }

    // --- documents ---

    /** {@code FaturaKaydetV2}: invoices with {@code detay[]} stock lines (the documented way to send lines). */
    public List<KayitSonucu> faturaKaydetV2(List<FaturaEvragi> evraklar) {
        return save(MikroOperation.FATURA_KAYDET_V2, "evraklar", evraklar);
    }

    /** {@code FaturaKaydetV3}: the same header; its page documents no {@code detay[]}. */
    public List<KayitSonucu> faturaKaydetV3(List<FaturaEvragi> evraklar) {
        return save(MikroOperation.FATURA_KAYDET_V3, "evraklar", evraklar);
    }

    /** {@code AlimSatimEvragiKaydetV2}: stock, service and expense lines in one purchase or sales document. */
    public List<KayitSonucu> alimSatimEvragiKaydetV2(List<FaturaEvragi> evraklar) {
        return save(MikroOperation.ALIM_SATIM_EVRAGI_KAYDET_V2, "evraklar", evraklar);
    }

    /** {@code AlimSatimEvragiSilV2}: deletes documents by type, series and sequence (refused once e-invoiced). */
    public void alimSatimEvragiSilV2(List<EvrakNo> evraklar) {
        save(MikroOperation.ALIM_SATIM_EVRAGI_SIL_V2, "evraklar", evraklar);
    }

    /** {@code SiparisKaydetV2}: orders. */
    public List<KayitSonucu> siparisKaydetV2(List<SiparisEvragi> evraklar) {
        return save(MikroOperation.SIPARIS_KAYDET_V2, "evraklar", evraklar);
    }

    /** {@code IrsaliyeKaydetV2}: dispatch notes. */
    public List<KayitSonucu> irsaliyeKaydetV2(List<IrsaliyeEvragi> evraklar) {
        return save(MikroOperation.IRSALIYE_KAYDET_V2, "evraklar", evraklar);
    }

    /** {@code TahsilatTediyeKaydetV2}: receipts and payments ({@code FirmaNo}/{@code SubeNo} in the block). */
    public List<KayitSonucu> tahsilatTediyeKaydetV2(List<TahsilatTediyeEvragi> evraklar) {
        return save(MikroOperation.TAHSILAT_TEDIYE_KAYDET_V2, "evraklar", evraklar);
    }

    /** {@code TahsilatTediyeKaydetV3}: receipts and payments, V3 layout. */
    public List<KayitSonucu> tahsilatTediyeKaydetV3(List<TahsilatTediyeEvragi> evraklar) {
        return save(MikroOperation.TAHSILAT_TEDIYE_KAYDET_V3, "evraklar", evraklar);
    }

    // --- e-documents ---

    /** {@code FaturaPdfV2}: the invoice's PDF, decoded from Mikro's BASE64. */
    public byte[] faturaPdfV2(String faturaGuid) {
        return document(MikroOperation.FATURA_PDF_V2, "Fatura_Guid", faturaGuid);
    }

    /** {@code GelenFaturaPdfV2}: the PDF of an incoming e-invoice, named by its UUID (ETTN). */
    public byte[] gelenFaturaPdfV2(String uuid) {
        return document(MikroOperation.GELEN_FATURA_PDF_V2, "UUID", uuid);
    }

    /** {@code EBelgeXmlV2}: the UBL-TR XML of an incoming e-invoice, named by its UUID (ETTN). */
    public String eBelgeXmlV2(String uuid) {
        return new String(document(MikroOperation.EBELGE_XML_V2, "UUID", uuid),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A document Mikro answers as BASE64 in {@code Data}, for the one {@code field} names. */
    private byte[] document(MikroOperation op, String field, String value) {
        JsonNode data = answers.data(call(op, block -> wrap(block.put(field, value))));
        String base64 = Answers.firstText(data);
        if (base64 == null) {
            throw new ConnectorException.NotFound(op.methodName(), op.methodName() + ": Mikro returned no document",
                    null);
        }
        try {
            return Base64.getMimeDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new ConnectorException.Transient(op.methodName(), op.methodName() + ": the document is not BASE64",
                    null, e);
        }
    }

    /** {@code FaturaToEFaturaV2}: sends (IslemTipi 1) or links (2) invoices as e-invoices; Data as Mikro gave it. */
    public JsonNode faturaToEFaturaV2(List<EFaturaIslemi> evraklar) {
        return answers.data(call(MikroOperation.FATURA_TO_EFATURA_V2,
                block -> wrap(block.set("evraklar", json.valueToTree(evraklar)))));
    }

    /** {@code GelenFaturalarV2}: received e-invoices (rows undocumented, returned as Mikro gave them). */
    public JsonNode gelenFaturalarV2(GelenFaturaSorgusu q) {
        return answers.data(call(MikroOperation.GELEN_FATURALAR_V2, block -> {
            block.put("IlkTarih", MikroDates.filter(q.IlkTarih()))
                    .put("SonTarih", MikroDates.filter(q.SonTarih()));
            putIfSet(block, "GIBFaturaNo", q.GIBFaturaNo());
            putIfSet(block, "VKNo", q.VKNo());
            return wrap(block.put("Size", q.Size()).put("Index", q.Index()));
        }));
    }

    /** {@code EMukellefSorgulamaV2}: whether a VKN/TCKN is an e-Fatura / e-Arşiv taxpayer. */
    public JsonNode eMukellefSorgulamaV2(String vknTckn) {
        return answers.data(call(MikroOperation.EMUKELLEF_SORGULAMA_V2, block -> {
            block.putObject("EMukellef").put("VKN_TCKN", vknTckn);
            return wrap(block);
        }));
    }

    /** {@code EBelgeDurumSorgulamaV2}: an e-document's status ({@code data} of its own envelope). */
    public JsonNode eBelgeDurumSorgulamaV2(EBelgeSorgusu ebelge) {
        JsonNode answer = call(MikroOperation.EBELGE_DURUM_SORGULAMA_V2,
                block -> wrap(block.set("EBelge", json.valueToTree(ebelge))));
        return Answers.ownEnvelope(answer);
    }

    // --- lists and SQL ---

    /** {@code VergiListesiV2}: the company's VAT table, behind every {@code *_vergi_pntr}. */
    public JsonNode vergiListesiV2() {
        return answers.data(call(MikroOperation.VERGI_LISTESI_V2, this::wrap));
    }

    /** {@code SqlVeriOkuV2}: the rows of the first result set ({@code SQLResult1}) of a read-only query. */
    public List<SqlRow> sqlVeriOkuV2(String sqlSorgu) {
        JsonNode data = answers.data(call(MikroOperation.SQL_VERI_OKU_V2,
                block -> wrap(block).put("SQLSorgu", sqlSorgu)));
        JsonNode set = data;
        if (data.isArray() && !data.isEmpty() && data.get(0).has("SQLResult1")) {
            set = data.get(0).get("SQLResult1");
        } else if (data.isObject() && data.has("SQLResult1")) {
            set = data.get("SQLResult1");
        }
        List<SqlRow> rows = new ArrayList<>();
        if (set.isArray()) {
            set.forEach(row -> {
                if (row.isObject()) {
                    rows.add(new SqlRow((ObjectNode) row));
                }
            });
        }
        return rows;
    }

    /** {@code KayıtOkuV2}: one page of a table's change log ({@code data} of its own envelope). */
    public List<JsonNode> kayitOkuV2(KayitOkuSorgusu q) {
        JsonNode answer = call(MikroOperation.KAYIT_OKU_V2, block -> wrap(block
                .put("TableNo", q.TableNo()).put("ChangeStartDate", MikroDates.filter(q.ChangeStartDate()))
                .put("ChangeEndDate", MikroDates.filter(q.ChangeEndDate())).put("Size", q.Size())
                .put("Index", q.Index())));
        JsonNode data = Answers.ownEnvelope(answer);
        List<JsonNode> rows = new ArrayList<>();
        data.forEach(rows::add);
        return rows;
    }

    // --- any operation ---

    /**
     * {@code op} with the caller's own request {@code body}: its {@code Mikro} block (created when absent) gets the
     * connection's block, replacing any the caller put there. The whole answer, once it is a success.
     */
    public JsonNode raw(MikroOperation op, ObjectNode body) {
        return call(op, op.get() ? null : block -> body.deepCopy());
    }

    // --- helpers ---

    /**
     * Sends {@code op}; {@code body} builds the request around an empty {@code Mikro} block (null: no body), and
     * {@link MikroSigning} fills the block's block.
     */
    private JsonNode call(MikroOperation op, Function<ObjectNode, JsonNode> body) {
        VendorRequest request = op.get() ? VendorRequest.get(op.encodedPath())
                : VendorRequest.of("POST", op.encodedPath(), body == null ? null : body.apply(json.createObjectNode()));
        return http.call(op, request, envelope);
    }

    /** The secrets this client puts on the wire now (the daily hashes included), for callers that pass text on. */
    public List<String> secrets() {
        return http.secrets();
    }

    private ObjectNode wrap(ObjectNode block) {
        ObjectNode root = json.createObjectNode();
        root.set("Mikro", block);
        return root;
    }

    private List<KayitSonucu> save(MikroOperation op, String arrayName, List<?> records) {
        if (records == null || records.isEmpty()) {
            throw new InvalidInputException(arrayName, "at least one record is required for " + op.methodName());
        }
        JsonNode array = json.valueToTree(records);
        return KayitSonucu.from(answers.data(call(op, block -> wrap(block.set(arrayName, array)))));
    }

    private static void putIfSet(ObjectNode node, String name, String value) {
        if (value != null && !value.isBlank()) {
            node.put(name, value);
        }
    }

    @Override
    public String toString() {
        return "MikroClient{" + config + "}";
    }
}
