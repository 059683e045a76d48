package dev.kopru.farmaborsa.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The cargo print-out of KargoLinkiOlusturma (farmaborsa.md §5.7) [inference for all of it]: a stable link per
 * order, {@code <base>/kargo/<satisKod>.pdf}, a cargo barcode derived from the order, and a one-page PDF served at
 * that path so that a client can download what it links to.
 */
final class CargoLabel {

    static final String CARRIER = "Yurtiçi Kargo";

    private CargoLabel() {
    }

    static String path(long satisKod) {
        return "/kargo/" + satisKod + ".pdf";
    }

    static String barcode(long satisKod) {
        return String.format(Locale.ROOT, "7%011d", satisKod);
    }

    /** A minimal, valid PDF naming the order and its cargo barcode (ASCII text only: the built-in font has no ş). */
    static byte[] pdf(long satisKod) {
        String text = "FarmaBorsa sandbox - kargo etiketi - satis " + satisKod + " - barkod " + barcode(satisKod);
        String stream = "BT /F1 12 Tf 40 760 Td (" + text + ") Tj ET";
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
                        + " /Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(offset -> pdf.append(String.format(Locale.ROOT, "%010d 00000 n \n", offset)));
        pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
