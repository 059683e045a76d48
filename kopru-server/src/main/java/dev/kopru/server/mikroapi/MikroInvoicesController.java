package dev.kopru.server.mikroapi;

import static dev.kopru.server.mikroapi.MikroCardsController.CONNECTION_HEADER;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kopru.core.connector.Entity;
import dev.kopru.core.input.ConflictException;
import dev.kopru.core.input.InvalidInputException;
import dev.kopru.core.model.DocumentDirection;
import dev.kopru.core.model.DocumentLine;
import dev.kopru.core.model.Invoice;
import dev.kopru.core.model.LineKind;
import dev.kopru.core.model.Money;
import dev.kopru.core.model.PriceBasis;
import dev.kopru.core.money.DocumentTotals;
import dev.kopru.mikro.mapping.DocumentKey;
import dev.kopru.mikro.mapping.MikroSql;
import dev.kopru.server.entities.ApiCreates;
import dev.kopru.server.problems.NotFoundException;
import dev.kopru.sync.write.KeyedCreates;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Seed 000's invoice endpoints: create through the canonical {@link Invoice} (totals by Köprü's money code, the
 * caller's BelgeNo as the natural key under the engine's intent protocol, so the same BelgeNo twice, even at once,
 * is one invoice), list and lines through SQL.
 */
@RestController
@RequestMapping("/api/mikro")
@Tag(name = "Mikro drop-in")
class MikroInvoicesController {

    /** Mikro's {@code cha_evrak_tip} and {@code sth_evraktip} of a sales invoice (mikro.md; MikroCodes). */
    private static final int CHA_SALES_INVOICE = 63;
    private static final int STH_SALES_INVOICE = 4;

    record Satir(@JsonProperty("StokKod") String stokKod, @JsonProperty("Miktar") BigDecimal miktar,
                 @JsonProperty("BirimFiyat") BigDecimal birimFiyat, @JsonProperty("KDVOrani") BigDecimal kdvOrani) {
    }

    record NewFatura(@JsonProperty("BelgeTuru") Integer belgeTuru, @JsonProperty("BelgeNo") String belgeNo,
                     @JsonProperty("Tarih") String tarih, @JsonProperty("CariKod") String cariKod,
                     @JsonProperty("Satirlar") List<Satir> satirlar) {
    }

    private final MikroConnections connections;
    private final ApiCreates creates;

    MikroInvoicesController(MikroConnections connections, ApiCreates creates) {
        this.connections = connections;
        this.creates = creates;
    }

    @PostMapping("/api/fatura/create")
    @Operation(summary = "Create a sales invoice (BelgeTuru 0) with FaturaKaydetV2; BelgeNo is its natural key: sent"
            + " again, it returns the invoice already there (created false) instead of a second one")
    ResponseEntity<Map<String, Object>> create(@RequestBody NewFatura body,
                                               @RequestParam(required = false) String connection,
                                               @RequestHeader(name = CONNECTION_HEADER, required = false) String header) {
        MikroTarget target = connections.resolve(connection, header);
        Invoice invoice = toInvoice(body, target);
        DocumentTotals totals = DocumentTotals.of(invoice);
        KeyedCreates.Outcome outcome = creates.create(target.connection(), target.connector(), Entity.INVOICE, invoice);
        boolean created = outcome.created();
        String key = outcome.key();
        if (!created) {
            Optional<Invoice> existing = target.connector().get(Entity.INVOICE, key);
            if (existing.isPresent() && !existing.get().partyCode().equals(invoice.partyCode())) {
                throw new ConflictException("BelgeNo", "'" + invoice.number() + "' is already invoice " + key
                        + " of cari '" + existing.get().partyCode() + "'");
            }
        }
        DocumentKey documentKey = DocumentKey.parse(key).orElseThrow();
        Map<String, Object> answer = Answers.success();
        answer.put("created", created);
        answer.put("message", created ? "Fatura kaydedildi" : "Bu BelgeNo ile fatura zaten var; yeniden yazılmadı");
        answer.put("BelgeNo", invoice.number());
        answer.put("evrak_seri", documentKey.seri());
        answer.put("evrak_no", documentKey.sira());
        answer.put("ara_toplam", totals.net());
        answer.put("kdv_toplam", totals.vat());
        answer.put("genel_toplam", totals.gross());
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(answer);
    }

    @GetMapping("/fatura/list")
    @Operation(summary = "Sales invoices from CARI_HESAP_HAREKETLERI, by cari and date range (inclusive)")
    Map<String, Object> list(@RequestParam(name = "cari_kod", required = false) String cariKod,
                             @RequestParam(name = "baslangic_tarih", required = false) String from,
                             @RequestParam(name = "bitis_tarih", required = false) String until,
                             @RequestParam(required = false) Integer limit,
                             @RequestParam(required = false) String connection,
                             @RequestHeader(name = CONNECTION_HEADER, required = false) String header) {
        MikroTarget target = connections.resolve(connection, header);
        StringBuilder where = new StringBuilder(" WHERE cha_iptal = 0 AND cha_evrak_tip = " + CHA_SALES_INVOICE);
        if (cariKod != null && !cariKod.isBlank()) {
            where.append(" AND cha_kod = ").append(MikroSql.text("cari_kod", cariKod.strip()));
        }
        if (from != null && !from.isBlank()) {
            where.append(" AND cha_tarihi >= ").append(MikroSql.text("baslangic_tarih", date("baslangic_tarih", from)
                    .toString()));
        }
        if (until != null && !until.isBlank()) {
            where.append(" AND cha_tarihi < ").append(MikroSql.text("bitis_tarih", date("bitis_tarih", until)
                    .plusDays(1).toString()));
        }
        String number = MikroSql.column("naturalKeyColumn", target.numberColumn());
        return Answers.list(Answers.money(target.rows("SELECT cha_evrakno_seri AS evrak_seri, cha_evrakno_sira AS"
                + " evrak_no, " + number + " AS belge_no, cha_tarihi AS tarih, cha_kod AS cari_kod, cha_meblag AS"
                + " genel_toplam, cha_aciklama AS aciklama FROM CARI_HESAP_HAREKETLERI" + where
                + " ORDER BY cha_tarihi, cha_evrakno_seri, cha_evrakno_sira", Answers.limit(limit)), "genel_toplam"));
    }

    @GetMapping("/fatura/{evrakSeri}/{evrakNo}/satirlar")
    @Operation(summary = "The stock lines of a sales invoice from STOK_HAREKETLERI (404 when there is no such invoice)")
    Map<String, Object> lines(@PathVariable String evrakSeri, @PathVariable String evrakNo,
                              @RequestParam(required = false) String connection,
                              @RequestHeader(name = CONNECTION_HEADER, required = false) String header) {
        MikroTarget target = connections.resolve(connection, header);
        if (!evrakNo.matches("\\d{1,9}")) {
            throw new InvalidInputException("evrak_no", "a whole number, was '" + evrakNo + "'");
        }
        List<Map<String, Object>> rows = target.rows("SELECT sth_satirno AS satir_no, sth_stok_kod AS stok_kod,"
                + " sth_miktar AS miktar, sth_tutar AS tutar, sth_vergi AS kdv, sth_iskonto1 AS iskonto,"
                + " sth_aciklama AS aciklama FROM STOK_HAREKETLERI WHERE sth_iptal = 0 AND sth_evraktip = "
                + STH_SALES_INVOICE + " AND sth_evrakno_seri = " + MikroSql.text("evrak_seri", evrakSeri)
                + " AND sth_evrakno_sira = " + MikroSql.number(Integer.parseInt(evrakNo)) + " ORDER BY sth_satirno",
                1000);
        if (rows.isEmpty()) {
            throw new NotFoundException("fatura " + evrakSeri + "-" + evrakNo + ": no such sales invoice in Mikro");
        }
        return Answers.list(Answers.money(rows, "tutar", "kdv", "iskonto"));
    }

    private static Invoice toInvoice(NewFatura body, MikroTarget target) {
        if (body.belgeTuru() == null || body.belgeTuru() != 0) {
            throw new InvalidInputException("BelgeTuru",
                    "only 0 (sales invoice) is supported, was " + body.belgeTuru());
        }
        MikroCardsController.require("BelgeNo", body.belgeNo());
        MikroCardsController.require("CariKod", body.cariKod());
        MikroCardsController.require("Tarih", body.tarih());
        if (body.satirlar() == null || body.satirlar().isEmpty()) {
            throw new InvalidInputException("Satirlar", "at least one line is required");
        }
        List<DocumentLine> lines = new ArrayList<>();
        for (int i = 0; i < body.satirlar().size(); i++) {
            Satir satir = body.satirlar().get(i);
            String at = "Satirlar[" + i + "].";
            MikroCardsController.require(at + "StokKod", satir.stokKod());
            BigDecimal rate = satir.kdvOrani() != null ? satir.kdvOrani() : itemVatRate(target, at, satir.stokKod());
            lines.add(new DocumentLine(i + 1, LineKind.ITEM, satir.stokKod().strip(), null, null, satir.miktar(),
                    null, satir.birimFiyat(), PriceBasis.VAT_EXCLUDED, rate, null, null));
        }
        DocumentTotals.of(lines); // refuses a missing or out-of-range quantity, price or rate, naming the line
        return Invoice.builder().number(body.belgeNo().strip()).direction(DocumentDirection.SALES)
                .date(date("Tarih", body.tarih())).partyCode(body.cariKod().strip()).currency(Money.TRY).lines(lines)
                .build();
    }

    /** The guide's Python example leaves KDVOrani out: the stock card's rate applies then. */
    private static BigDecimal itemVatRate(MikroTarget target, String at, String stokKod) {
        return target.connector().get(Entity.ITEM, stokKod.strip())
                .orElseThrow(() -> new InvalidInputException(at + "StokKod", "no stock card '" + stokKod + "'"))
                .vatRate();
    }

    private static LocalDate date(String field, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "a date as yyyy-MM-dd, was '" + text + "'");
        }
    }
}
