package org.poliin.vouchers.internal.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.poliin.vouchers.internal.FundDTO;
import org.poliin.vouchers.internal.VoucherDTO;

/**
 * The printable voucher (A5, landscape), in Romanian and English. The standard PDF fonts have no
 * ș, ț, ă: the text is set in DejaVu Sans, embedded (as a subset) from the bundle's
 * {@code fonts/DejaVuSans.ttf} (licence in {@code fonts/DejaVuSans-LICENSE.txt}).
 */
public final class VoucherPdf {

    static final String FONT = "/fonts/DejaVuSans.ttf";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private VoucherPdf() {
    }

    public static byte[] render(VoucherDTO voucher, FundDTO fund, String holder) {
        try (PDDocument document = new PDDocument(); InputStream font = VoucherPdf.class.getResourceAsStream(FONT)) {
            if (font == null) {
                throw new IllegalStateException("The voucher font " + FONT + " is missing from the bundle");
            }
            PDType0Font text = PDType0Font.load(document, font, true);
            PDRectangle a5 = new PDRectangle(PDRectangle.A5.getHeight(), PDRectangle.A5.getWidth());
            PDPage page = new PDPage(a5);
            document.addPage(page);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Voucher cultural / Cultural voucher " + voucher.code);
            info.setCreator("POLI_IN Platform");
            float left = 40;
            float top = a5.getHeight() - 50;
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.setLineWidth(2f);
                content.addRect(20, 20, a5.getWidth() - 40, a5.getHeight() - 40);
                content.stroke();
                line(content, text, 22, left, top, "Voucher cultural – POLI_IN");
                line(content, text, 12, left, top - 20, "Cultural voucher");
                line(content, text, 11, left, top - 50, fund.name);
                line(content, text, 13, left, top - 80, "Beneficiar / Beneficiary: " + holder);
                line(content, text, 13, left, top - 102, "Valoare / Value: " + voucher.value.toPlainString() + " lei (RON)");
                line(content, text, 13, left, top - 124, "Categorie / Category: " + voucher.category.label.ro + " / "
                        + voucher.category.label.en);
                line(content, text, 13, left, top - 146, "Valabil până la / Valid until: " + DAY.format(voucher.expiresOn));
                line(content, text, 24, left, top - 190, voucher.code);
                line(content, text, 9, left, top - 215,
                        "Se prezintă la locațiile partenere; se poate folosi în tranșe, până la valoarea înscrisă.");
                line(content, text, 9, left, top - 228,
                        "Show it at the partner venues; it can be spent in parts, up to its value.");
                line(content, text, 8, left, 32, "Emis / Issued: " + DAY.format(voucher.issuedOn)
                        + " · Finanțat prin programul POLI_IN — bursă pentru consum cultural");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void line(PDPageContentStream content, PDType0Font font, float size, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }
}
