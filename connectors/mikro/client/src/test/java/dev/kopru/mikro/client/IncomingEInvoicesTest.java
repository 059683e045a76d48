package dev.kopru.mikro.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.kopru.core.connector.ConnectorException;
import dev.kopru.mikro.sandbox.MikroSandbox;
import dev.kopru.mikro.sandbox.MikroSandboxOptions;
import dev.kopru.testkit.sandbox.Sandbox;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** An incoming e-invoice's UBL-TR XML (EBelgeXmlV2) and PDF (GelenFaturaPdfV2), as real clients read them (§12.5). */
class IncomingEInvoicesTest {

    @Test
    void reads_the_xml_and_the_pdf_of_an_incoming_e_invoice_by_its_uuid() {
        try (Sandbox sandbox = Sandbox.start(new MikroSandbox(MikroSandboxOptions.goldenExamples().build()), 0)) {
            MikroClient client = new MikroClient(GoldenExchangesTest.config(
                    GoldenExchangesTest.load("G03-customer-list-v3.json"), sandbox.baseUri().toString()));
            String uuid = client.sqlVeriOkuV2("SELECT gef_UUID FROM GELEN_E_FATURALAR WHERE gef_GIBFaturaNo ="
                    + " 'GLD2025000000101'").getFirst().text("gef_UUID");

            String xml = client.eBelgeXmlV2(uuid);
            assertThat(xml).startsWith("<?xml").contains("<cbc:CustomizationID>TR1.2</cbc:CustomizationID>",
                    "<cbc:ID>GLD2025000000101</cbc:ID>", "Körfez Yakıt A.Ş.",
                    "<cbc:PayableAmount currencyID=\"TRY\">15000.00</cbc:PayableAmount>");
            byte[] pdf = client.gelenFaturaPdfV2(uuid);
            assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

            ConnectorException.NotFound missing = catchThrowableOfType(ConnectorException.NotFound.class,
                    () -> client.gelenFaturaPdfV2("00000000-0000-0000-0000-000000000001"));
            assertThat(missing).isNotNull();
        }
    }
}
