package dev.kopru.mikro.sandbox;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * A small, valid one-page PDF (PDF 1.4, Helvetica, a few text lines) standing in for Mikro's invoice print-out, so
 * FaturaPdfV2 answers something a PDF reader opens. Turkish letters are written without their marks: the standard
 * fonts have no Turkish encoding and the point is a valid file, not typography.
 */
final class InvoicePdf {

    private InvoicePdf() {
    }

    static byte[] render(List<String> lines) {
        StringBuilder content = new StringBuilder("BT /F1 12 Tf 14 TL 56 780 Td\n");
        for (String line : lines) {
            content.append('(').append(escape(ascii(line))).append(") Tj T*\n");
        }
        content.append("ET\n");
        List<String> objects = new ArrayList<>();
        objects.add("<< /Type /Catalog /Pages 2 0 R >>");
        objects.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        objects.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                + "/Resources << /Font << /F1 5 0 R >> >> >>");
        objects.add("<< /Length " + content.length() + " >>\nstream\n" + content + "endstream");
        objects.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");

        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static String ascii(String text) {
        String plain = text.replace('ı', 'i').replace('İ', 'I');
        return Normalizer.normalize(plain, Normalizer.Form.NFD).replaceAll("[^\\x20-\\x7E]", "");
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)");
    }
}
