package dev.kopru.mikro.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * e-Fatura / e-Arşiv (mikro.md §8.10): the invoice PDF, sending an invoice as an e-document, incoming e-invoices,
 * the taxpayer query and the e-document status. The GİB side is simulated: a sent document is at once in status
 * 1300 ("Başarıyla tamamlandı").
 */
final class EDocumentOperations {

    static final int DONE = 1300;
    static final String DONE_TEXT = "Başarıyla tamamlandı";

    private EDocumentOperations() {
    }

    static List<Operation> all() {
        return List.of(
                Operation.read("FaturaPdfV2", EDocumentOperations::pdf),
                Operation.write("FaturaToEFaturaV2", EDocumentOperations::send),
                Operation.read("GelenFaturalarV2", EDocumentOperations::incoming),
                Operation.read("EMukellefSorgulamaV2", EDocumentOperations::taxpayer),
                Operation.read("EBelgeDurumSorgulamaV2", EDocumentOperations::status)
                        .shaped(Operation.Shape.STATUS_DATA));
    }

    /** {@code Mikro.Fatura_Guid} (a {@code cha_Guid}) → {@code Data}: the PDF as base64 text. */
    static Reply pdf(Call call) throws SQLException {
        UUID guid = Values.uuid(call.param("Fatura_Guid"), "Fatura_Guid")
                .orElseThrow(() -> MikroError.required("Fatura_Guid"));
        List<String> lines = call.db().read(connection -> {
            List<String> text = new ArrayList<>();
            String header = "SELECT cha_evrakno_seri, cha_evrakno_sira, cha_tarihi, cha_kod, cari_unvan1, "
                    + "cha_aratoplam, cha_meblag FROM CARI_HESAP_HAREKETLERI LEFT JOIN CARI_HESAPLAR "
                    + "ON cari_kod = cha_kod WHERE cha_Guid = ?";
            try (PreparedStatement statement = connection.prepareStatement(header)) {
                statement.setObject(1, guid);
                try (ResultSet rs = statement.executeQuery()) {
                    if (!rs.next()) {
                        throw new MikroError(MikroError.NOT_FOUND, "Fatura bulunamadı: " + guid);
                    }
                    text.add("FATURA " + rs.getString(1) + "-" + rs.getLong(2));
                    text.add("Tarih: " + rs.getObject(3, java.time.LocalDateTime.class).toLocalDate());
                    text.add("Cari: " + rs.getString(4) + " " + Optional.ofNullable(rs.getString(5)).orElse(""));
                    text.add("Ara toplam: " + rs.getBigDecimal(6).toPlainString() + " TL");
                    text.add("Genel toplam: " + rs.getBigDecimal(7).toPlainString() + " TL");
                }
            }
            return text;
        });
        String base64 = Base64.getEncoder().encodeToString(InvoicePdf.render(lines));
        return Reply.data(Bodies.object().textNode(base64));
    }

    /**
     * {@code evraklar[]}: {@code cha_evrakno_seri}, {@code cha_evrakno_sira}, {@code IslemTipi} 1 (send) or 2 (link
     * an already sent one). An e-Fatura for customers flagged {@code cari_efatura_fl = 1}, e-Arşiv otherwise.
     */
    static Reply send(Call call) throws SQLException {
        return call.saveEach("evraklar", EDocuments::send);
    }

    /** Inside {@code Mikro}: {@code IlkTarih}, {@code SonTarih}, {@code GIBFaturaNo}, {@code VKNo}, Size, Index. */
    static Reply incoming(Call call) throws SQLException {
        return Reply.data(call.db().read(connection -> EDocuments.incoming(connection, call)));
    }

    /** {@code Mikro.EMukellef.VKN_TCKN} → whether the party is an e-Fatura taxpayer (deterministic per number). */
    static Reply taxpayer(Call call) throws SQLException {
        JsonNode query = call.param("EMukellef");
        String number = Fields.text(query == null ? call.mikro() : query, "VKN_TCKN")
                .orElseThrow(() -> MikroError.required("VKN_TCKN"));
        if (!number.matches("\\d{10}|\\d{11}")) {
            throw MikroError.invalid("VKN_TCKN", "10 haneli VKN veya 11 haneli TCKN olmalıdır: " + number);
        }
        return Reply.data(call.db().read(connection -> EDocuments.taxpayer(connection, number)));
    }

    /** {@code Mikro.EBelge}: {@code EFaturaTipi}, {@code EBelgeTipi}, {@code UUID}, all required (§8.10). */
    static Reply status(Call call) throws SQLException {
        JsonNode query = call.param("EBelge");
        if (query == null) {
            throw MikroError.required("EBelge");
        }
        long sentOrReceived = Fields.whole(query, "EFaturaTipi").orElseThrow(() -> MikroError.required("EFaturaTipi"));
        long kind = Fields.whole(query, "EBelgeTipi").orElseThrow(() -> MikroError.required("EBelgeTipi"));
        UUID uuid = Values.uuid(Fields.get(query, "UUID"), "UUID").orElseThrow(() -> MikroError.required("UUID"));
        if (sentOrReceived != 0 && sentOrReceived != 1) {
            throw MikroError.invalid("EFaturaTipi", "0 (giden) veya 1 (gelen) olmalıdır: " + sentOrReceived);
        }
        if (kind < 0 || kind > 2) {
            throw MikroError.invalid("EBelgeTipi", "0 (e-Fatura), 1 (e-Arşiv) veya 2 (e-İrsaliye) olmalıdır: " + kind);
        }
        ObjectNode data = call.db().read(connection -> EDocuments.status(connection, uuid));
        return Reply.raw(Bodies.object().put("status", "success").set("data", data));
    }
}
