package dev.kopru.mikro.sandbox;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The documents of an incoming e-invoice (mikro.md §12.5: real clients read both): {@code GelenFaturaPdfV2} answers
 * its PDF and {@code EBelgeXmlV2} its UBL-TR XML, each as BASE64 in {@code Data} like FaturaPdfV2, for the invoice
 * named by {@code Mikro.UUID} (the request field of GelenFaturaPdfV2; EBelgeXmlV2's is [inference]).
 */
final class IncomingDocuments {

    /** One incoming invoice as GELEN_E_FATURALAR holds it. */
    private record Incoming(UUID uuid, String number, String vkn, String name, LocalDateTime date, BigDecimal net,
                            BigDecimal vat, BigDecimal total) {
    }

    private IncomingDocuments() {
    }

    static List<Operation> all() {
        return List.of(Operation.read("GelenFaturaPdfV2", IncomingDocuments::pdf),
                Operation.read("EBelgeXmlV2", IncomingDocuments::xml));
    }

    static Reply pdf(Call call) throws SQLException {
        Incoming invoice = find(call);
        byte[] pdf = InvoicePdf.render(List.of("GELEN E-FATURA " + invoice.number(), "ETTN: " + invoice.uuid(),
                "Tarih: " + invoice.date().toLocalDate(), "Satıcı: " + invoice.name() + " (VKN " + invoice.vkn() + ")",
                "Mal/hizmet toplamı: " + invoice.net().toPlainString() + " TL",
                "KDV: " + invoice.vat().toPlainString() + " TL",
                "Ödenecek tutar: " + invoice.total().toPlainString() + " TL"));
        return Reply.data(Bodies.object().textNode(Base64.getEncoder().encodeToString(pdf)));
    }

    static Reply xml(Call call) throws SQLException {
        Incoming invoice = find(call);
        byte[] xml = ubl(invoice).getBytes(StandardCharsets.UTF_8);
        return Reply.data(Bodies.object().textNode(Base64.getEncoder().encodeToString(xml)));
    }

    private static Incoming find(Call call) throws SQLException {
        UUID uuid = Values.uuid(Fields.get(call.scope("UUID"), "UUID"), "UUID")
                .orElseThrow(() -> MikroError.required("UUID"));
        return call.db().read(connection -> read(connection, uuid))
                .orElseThrow(() -> new MikroError(MikroError.NOT_FOUND, "Gelen e-fatura bulunamadı: " + uuid));
    }

    private static Optional<Incoming> read(Connection connection, UUID uuid) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT gef_GIBFaturaNo, gef_VKNo, gef_Unvan,"
                + " gef_FaturaTarihi, gef_MalHizmetToplam, gef_VergiToplam, gef_OdenecekTutar FROM GELEN_E_FATURALAR"
                + " WHERE gef_UUID = ?")) {
            statement.setObject(1, uuid);
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Incoming(uuid, rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDateTime.class), rs.getBigDecimal(5), rs.getBigDecimal(6),
                        rs.getBigDecimal(7)));
            }
        }
    }

    /** A UBL-TR 1.2 invoice (GİB's profile of UBL 2.1) with the parts reports read: parties, taxes, totals. */
    private static String ubl(Incoming i) {
        String money = "currencyID=\"TRY\"";
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\""
                + " xmlns:cac=\"urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2\""
                + " xmlns:cbc=\"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2\">\n"
                + "  <cbc:UBLVersionID>2.1</cbc:UBLVersionID>\n"
                + "  <cbc:CustomizationID>TR1.2</cbc:CustomizationID>\n"
                + "  <cbc:ProfileID>TEMELFATURA</cbc:ProfileID>\n"
                + "  <cbc:ID>" + escape(i.number()) + "</cbc:ID>\n"
                + "  <cbc:CopyIndicator>false</cbc:CopyIndicator>\n"
                + "  <cbc:UUID>" + i.uuid().toString().toUpperCase(java.util.Locale.ROOT) + "</cbc:UUID>\n"
                + "  <cbc:IssueDate>" + i.date().toLocalDate() + "</cbc:IssueDate>\n"
                + "  <cbc:InvoiceTypeCode>SATIS</cbc:InvoiceTypeCode>\n"
                + "  <cbc:DocumentCurrencyCode>TRY</cbc:DocumentCurrencyCode>\n"
                + "  <cbc:LineCountNumeric>1</cbc:LineCountNumeric>\n"
                + "  <cac:AccountingSupplierParty><cac:Party><cac:PartyIdentification><cbc:ID schemeID=\"VKN\">"
                + escape(i.vkn()) + "</cbc:ID></cac:PartyIdentification><cac:PartyName><cbc:Name>" + escape(i.name())
                + "</cbc:Name></cac:PartyName></cac:Party></cac:AccountingSupplierParty>\n"
                + "  <cac:AccountingCustomerParty><cac:Party><cac:PartyIdentification><cbc:ID schemeID=\"VKN\">"
                + "1112223334</cbc:ID></cac:PartyIdentification><cac:PartyName><cbc:Name>Köprü Demo Ticaret A.Ş."
                + "</cbc:Name></cac:PartyName></cac:Party></cac:AccountingCustomerParty>\n"
                + "  <cac:TaxTotal><cbc:TaxAmount " + money + ">" + i.vat().toPlainString() + "</cbc:TaxAmount>"
                + "<cac:TaxSubtotal><cbc:TaxableAmount " + money + ">" + i.net().toPlainString() + "</cbc:TaxableAmount>"
                + "<cbc:TaxAmount " + money + ">" + i.vat().toPlainString() + "</cbc:TaxAmount><cac:TaxCategory>"
                + "<cac:TaxScheme><cbc:Name>KDV</cbc:Name><cbc:TaxTypeCode>0015</cbc:TaxTypeCode></cac:TaxScheme>"
                + "</cac:TaxCategory></cac:TaxSubtotal></cac:TaxTotal>\n"
                + "  <cac:LegalMonetaryTotal><cbc:LineExtensionAmount " + money + ">" + i.net().toPlainString()
                + "</cbc:LineExtensionAmount><cbc:TaxExclusiveAmount " + money + ">" + i.net().toPlainString()
                + "</cbc:TaxExclusiveAmount><cbc:TaxInclusiveAmount " + money + ">" + i.total().toPlainString()
                + "</cbc:TaxInclusiveAmount><cbc:PayableAmount " + money + ">" + i.total().toPlainString()
                + "</cbc:PayableAmount></cac:LegalMonetaryTotal>\n"
                + "</Invoice>\n";
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
