package dev.kopru.mikro.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** The database side of {@link EDocumentOperations}. */
final class EDocuments {

    private static final int SALES_INVOICE = 63;

    private EDocuments() {
    }

    static ObjectNode send(Records records, ObjectNode evrak) throws SQLException {
        String series = Fields.text(evrak, "cha_evrakno_seri").orElse("");
        long number = Fields.whole(evrak, "cha_evrakno_sira").orElseThrow(() -> MikroError.required("cha_evrakno_sira"));
        long type = Fields.whole(evrak, "cha_evrak_tip").orElse((long) SALES_INVOICE);
        long action = Fields.whole(evrak, "IslemTipi").orElse(1L);
        if (action != 1 && action != 2) {
            throw MikroError.invalid("IslemTipi", "1 (gönder) veya 2 (bağla) olmalıdır: " + action);
        }
        Connection connection = records.connection();
        UUID invoice;
        boolean efaturaCustomer;
        try (PreparedStatement statement = connection.prepareStatement("SELECT cha_Guid, cari_efatura_fl FROM "
                + "CARI_HESAP_HAREKETLERI LEFT JOIN CARI_HESAPLAR ON cari_kod = cha_kod "
                + "WHERE cha_evrak_tip = ? AND cha_evrakno_seri = ? AND cha_evrakno_sira = ?")) {
            statement.setLong(1, type);
            statement.setString(2, series);
            statement.setLong(3, number);
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    throw new MikroError(MikroError.NOT_FOUND, "Fatura bulunamadı: " + series + "-" + number);
                }
                invoice = (UUID) rs.getObject(1);
                efaturaCustomer = rs.getInt(2) == 1;
            }
        }
        Optional<ObjectNode> sent = sentDocument(connection, invoice);
        if (action == 1 && sent.isPresent()) {
            throw MikroError.badInput("Fatura zaten e-belge olarak gönderilmiş: " + series + "-" + number);
        }
        if (action == 2 && sent.isEmpty()) {
            throw MikroError.badInput("Bağlanacak gönderilmiş e-belge bulunamadı: " + series + "-" + number);
        }
        if (sent.isPresent()) {
            return sent.get().put("cha_evrakno_seri", series).put("cha_evrakno_sira", number);
        }
        UUID uuid = UUID.randomUUID();
        int kind = efaturaCustomer ? 0 : 1;
        Row row = new Row(records.table("E_BELGELER"));
        records.stampNew(row);
        row.set("eb_UUID", uuid).set("eb_cha_Guid", invoice).set("eb_evrakno_seri", series)
                .set("eb_evrakno_sira", number).set("eb_EFaturaTipi", 0L).set("eb_EBelgeTipi", (long) kind)
                .set("eb_DurumKodu", (long) EDocumentOperations.DONE).set("eb_Durum", EDocumentOperations.DONE_TEXT);
        row.insert(connection);
        return Bodies.object().put("cha_evrakno_seri", series).put("cha_evrakno_sira", number)
                .put("UUID", uuid.toString().toUpperCase(java.util.Locale.ROOT)).put("EBelgeTipi", kind);
    }

    private static Optional<ObjectNode> sentDocument(Connection connection, UUID invoice) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT eb_UUID, eb_EBelgeTipi FROM E_BELGELER WHERE eb_cha_Guid = ?")) {
            statement.setObject(1, invoice);
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(Bodies.object()
                        .put("UUID", rs.getObject(1).toString().toUpperCase(java.util.Locale.ROOT))
                        .put("EBelgeTipi", rs.getInt(2)));
            }
        }
    }

    static ArrayNode incoming(Connection connection, Call call) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT gef_UUID AS UUID, gef_GIBFaturaNo AS GIBFaturaNo, "
                + "gef_VKNo AS VKNo, gef_Unvan AS Unvan, gef_FaturaTarihi AS FaturaTarihi, "
                + "gef_MalHizmetToplam AS MalHizmetToplam, gef_VergiToplam AS VergiToplam, "
                + "gef_OdenecekTutar AS OdenecekTutar, gef_ParaBirimi AS ParaBirimi, gef_Durum AS Durum "
                + "FROM GELEN_E_FATURALAR WHERE 1 = 1");
        java.util.List<Object> params = new java.util.ArrayList<>();
        Optional<LocalDate> from = Fields.date(call.scope("IlkTarih"), "IlkTarih");
        Optional<LocalDate> to = Fields.date(call.scope("SonTarih"), "SonTarih");
        from.ifPresent(day -> {
            sql.append(" AND gef_FaturaTarihi >= ?");
            params.add(day.atStartOfDay());
        });
        to.ifPresent(day -> {
            sql.append(" AND gef_FaturaTarihi < ?");
            params.add(day.plusDays(1).atStartOfDay());
        });
        Fields.text(call.scope("GIBFaturaNo"), "GIBFaturaNo").ifPresent(no -> {
            sql.append(" AND gef_GIBFaturaNo = ?");
            params.add(no);
        });
        Fields.text(call.scope("VKNo"), "VKNo").ifPresent(no -> {
            sql.append(" AND gef_VKNo = ?");
            params.add(no);
        });
        long size = Fields.whole(call.scope("Size"), "Size").filter(s -> s > 0).orElse(100L);
        long index = Math.max(0, Fields.whole(call.scope("Index"), "Index").orElse(0L));
        sql.append(" ORDER BY gef_FaturaTarihi, gef_RECno OFFSET ? ROWS FETCH NEXT ? ROWS ONLY");
        params.add(index * size);
        params.add(Math.min(size, Listing.MAX_SIZE));
        try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < params.size(); i++) {
                statement.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = statement.executeQuery()) {
                ArrayNode rows = JsonRows.read(rs, Listing.MAX_SIZE);
                rows.forEach(row -> ((ObjectNode) row).put("UUID",
                        row.get("UUID").asText().toUpperCase(java.util.Locale.ROOT)));
                return rows;
            }
        }
    }

    /** A customer of the company answers from its card; any other number from its digits, the same every time. */
    static ObjectNode taxpayer(Connection connection, String number) throws SQLException {
        ObjectNode data = Bodies.object().put("VKN_TCKN", number);
        try (PreparedStatement statement = connection.prepareStatement("SELECT cari_unvan1, cari_efatura_fl FROM "
                + "CARI_HESAPLAR WHERE cari_vdaire_no = ? OR cari_VergiKimlikNo = ? ORDER BY cari_RECno")) {
            statement.setString(1, number);
            statement.setString(2, number);
            try (ResultSet rs = statement.executeQuery()) {
                boolean registered;
                if (rs.next()) {
                    data.put("Unvan", rs.getString(1));
                    registered = rs.getInt(2) == 1;
                } else {
                    data.put("Unvan", "");
                    registered = number.chars().map(c -> c - '0').sum() % 2 == 0;
                }
                data.put("EFaturaMukellefi", registered);
                data.put("EArsivMukellefi", !registered);
                data.put("PostaKutusu", registered ? "urn:mail:defaultpk@" + number + ".kopru.test" : "");
            }
        }
        return data;
    }

    static ObjectNode status(Connection connection, UUID uuid) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT eb_UUID, eb_EFaturaTipi, "
                + "eb_EBelgeTipi, eb_DurumKodu, eb_Durum, eb_evrakno_seri, eb_evrakno_sira FROM E_BELGELER "
                + "WHERE eb_UUID = ?")) {
            statement.setObject(1, uuid);
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    throw new MikroError(MikroError.NOT_FOUND, "E-belge bulunamadı: "
                            + uuid.toString().toUpperCase(java.util.Locale.ROOT));
                }
                return Bodies.object()
                        .put("UUID", rs.getObject(1).toString().toUpperCase(java.util.Locale.ROOT))
                        .put("EFaturaTipi", rs.getInt(2)).put("EBelgeTipi", rs.getInt(3))
                        .put("DurumKodu", rs.getInt(4)).put("Durum", rs.getString(5))
                        .put("EvrakSeri", rs.getString(6)).put("EvrakSira", rs.getLong(7));
            }
        }
    }
}
