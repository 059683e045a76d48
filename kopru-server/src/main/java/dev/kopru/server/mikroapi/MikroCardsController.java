package dev.kopru.server.mikroapi;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kopru.core.connector.ConnectorException;
import dev.kopru.core.connector.Entity;
import dev.kopru.core.input.InvalidInputException;
import dev.kopru.core.model.Balance;
import dev.kopru.core.model.Money;
import dev.kopru.core.model.Party;
import dev.kopru.core.model.PartyRole;
import dev.kopru.core.tax.TaxIds;
import dev.kopru.mikro.MikroDescriptor;
import dev.kopru.mikro.client.CariListesiV3Sorgusu;
import dev.kopru.mikro.client.StokListesiSorgusu;
import dev.kopru.server.entities.ApiCreates;
import dev.kopru.server.problems.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Seed 000's connection test, cari and stok endpoints, served on a Mikro connection: {@code /api/...} paths through
 * Mikro's list and save methods, the others through SQL (SqlVeriOkuV2), as the guide's layer did.
 */
@RestController
@RequestMapping("/api/mikro")
@Tag(name = "Mikro drop-in", description = "The API of a hand-written Mikro layer (seed 000), served by Köprü")
class MikroCardsController {

    static final String CONNECTION_HEADER = "X-Kopru-Connection";
    private static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");

    record NewCari(@JsonProperty("CariKod") String cariKod, @JsonProperty("CariIsim") String cariIsim,
                   @JsonProperty("VKN_TCKN") String vknTckn, @JsonProperty("CariGrupKodu") String cariGrupKodu) {
    }

    private final MikroConnections connections;
    private final ApiCreates creates;

    MikroCardsController(MikroConnections connections, ApiCreates creates) {
        this.connections = connections;
        this.creates = creates;
    }

    @GetMapping("/test-connection")
    @Operation(summary = "Check the Mikro connection (HealthCheck2 and an authenticated query); success false with"
            + " Mikro's reason when it fails")
    Map<String, Object> testConnection(@RequestParam(required = false) String connection,
                                       @RequestHeader(name = CONNECTION_HEADER, required = false) String header) {
        MikroTarget target = connections.resolve(connection, header);
        Map<String, Object> answer = Answers.success();
        try {
            target.connector().check();
            answer.put("message", "Mikro Jump API bağlantısı başarılı");
        } catch (ConnectorException e) {
            answer.put("success", false);
            answer.put("message", e.vendorMessage().orElse(e.getMessage()));
        }
        answer.put("api_url", target.setting(MikroDescriptor.BASE_URL, null));
        answer.put("firma_no", target.setting(MikroDescriptor.FIRMA_NO, target.setting(MikroDescriptor.FIRMA_KODU, null)));
        answer.put("donem", target.setting(MikroDescriptor.CALISMA_YILI, null));
        answer.put("connection", target.connection().name());
        return answer;
    }

    @GetMapping("/api/cari/list")
    @Operation(summary = "The cari card whose code is filtre (CariListesiV3 matches the code exactly), or all cards")
    Map<String, Object> cariListApi(@RequestParam(required = false) String filtre,
                                    @RequestParam(required = false) Integer limit,
                                    @RequestParam(required = false) String connection,
                                    @RequestHeader(name = CONNECTION_HEADER, required = false) String header) {
        MikroTarget target = connections.resolve(connection, header);
        return Answers.list(target.lists().cariListesiV3(new CariListesiV3Sorgusu(filtre, "", 2,
                CariListesiV3Sorgusu.BEGINNING, tomorrow(), "cari_kod", Answers.limit(limit), 0)));
    }

    @GetMapping("/cari/list")
    @Operation(summary = "Cari cards whose code starts with kod, read from CARI_HESAPLAR with SQL")
    Map<String, Object> cariListSql(@RequestParam(required = false) String kod,
                                    @RequestParam(required = false) Integer limit,
                                    @RequestParam(required = false) String connection,
                                    @RequestHeader(name = CONNECTION_HEADER, required = false) String header) {
        MikroTarget target = connections.resolve(connection, header);
        String where = kod == null || kod.isBlank() ? "" : " AND " + LikePrefix.condition("cari_kod", "kod", kod);
        return Answers.list(target.rows("SELECT cari_kod, cari_unvan1, cari_unvan2, cari_vdaire_adi, cari_vdaire_no,"
                + " cari_EMail, cari_CepTel, cari_lastup_date FROM CARI_HESAPLAR WHERE cari_iptal = 0" + where
                + " ORDER BY cari_kod", Answers.limit(limit)));
    }

    @PostMapping("/api/cari/create")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a cari card through CariKaydetV2, after checking its VKN (10 digits) or TCKN (11)")
    Map<String, Object> cariCreate(@RequestBody NewCari body, @RequestParam(required = false) String connection,
                                   @RequestHeader(name = CONNECTION_HEADER, required = false) String header) {
        require("CariKod", body.cariKod());
        require("CariIsim", body.cariIsim());
        TaxIds.require("VKN_TCKN", body.vknTckn());
        MikroTarget target = connections.resolve(connection, header);
        Party party = Party.builder().code(body.cariKod().strip()).name(body.cariIsim().strip())
                .role(PartyRole.CUSTOMER).taxId(body.vknTckn().strip()).currency(Money.TRY).active(true).build();
        String key = creates.create(target.connection(), target.connector(), Entity.PARTY, party).key();
        Map<String, Object> answer = Answers.success();
        answer.put("message", "Cari kaydedildi");
        answer.put("CariKod", key);
        List<String> warnings = new ArrayList<>();
        if (body.cariGrupKodu() != null && !body.cariGrupKodu().isBlank()) {
            warnings.add("CariGrupKodu: not sent; Köprü's Mikro connector does not map cari groups yet");
        }
        answer.put("warnings", warnings);
        return answer;
    }

    @GetMapping("/cari/{cariKod}/bakiye")
    @Operation(summary = "A cari's debit, credit and balance from CARI_HESAP_HAREKETLERI (404 for an unknown cari)")
    Map<String, Object> bakiye(@PathVariable String cariKod, @RequestParam(required = false) String connection,
                               @RequestHeader(name = CONNECTION_HEADER, required = false) String header) {
        MikroTarget target = connections.resolve(connection, header);
        if (target.connector().get(Entity.PARTY, cariKod).isEmpty()) {
            throw new NotFoundException("cari_kod '" + cariKod + "': no such cari in Mikro");
        }
        Balance balance = target.connector().get(Entity.BALANCE, cariKod).orElse(null);
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        Map<String, Object> answer = Answers.success();
        answer.put("cari_kod", cariKod);
        answer.put("borc", balance == null ? zero : balance.debit().amount());
        answer.put("alacak", balance == null ? zero : balance.credit().amount());
        answer.put("bakiye", balance == null ? zero : balance.balance().amount());
        answer.put("para_birimi", balance == null ? Money.TRY : balance.balance().currency());
        return answer;
    }

    @GetMapping("/api/stok/list")
    @Operation(summary = "Stock cards whose code starts with filtre, through StokListesiV2")
    Map<String, Object> stokListApi(@RequestParam(required = false) String filtre,
                                    @RequestParam(required = false) Integer limit,
                                    @RequestParam(required = false) String connection,
                                    @RequestHeader(name = CONNECTION_HEADER, required = false) String header) {
        MikroTarget target = connections.resolve(connection, header);
        return Answers.list(target.lists().stokListesiV2(new StokListesiSorgusu(filtre, 2,
                CariListesiV3Sorgusu.BEGINNING, tomorrow(), "sto_kod", Answers.limit(limit), 0)));
    }

    @GetMapping("/stok/list")
    @Operation(summary = "Stock cards whose code starts with kod, read from STOKLAR with SQL")
    Map<String, Object> stokListSql(@RequestParam(required = false) String kod,
                                    @RequestParam(required = false) Integer limit,
                                    @RequestParam(required = false) String connection,
                                    @RequestHeader(name = CONNECTION_HEADER, required = false) String header) {
        MikroTarget target = connections.resolve(connection, header);
        String where = kod == null || kod.isBlank() ? "" : " AND " + LikePrefix.condition("sto_kod", "kod", kod);
        return Answers.list(target.rows("SELECT sto_kod, sto_isim, sto_kisa_ismi, sto_birim1_ad, sto_toptan_vergi,"
                + " sto_perakende_vergi, sto_kategori_kodu, sto_pasif_fl, sto_lastup_date FROM STOKLAR"
                + " WHERE sto_iptal = 0" + where + " ORDER BY sto_kod", Answers.limit(limit)));
    }

    static void require(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "required");
        }
    }

    private static LocalDate tomorrow() {
        return LocalDate.now(ISTANBUL).plusDays(1);
    }
}
