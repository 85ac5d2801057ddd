package vn.election.awards.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The certificate (Bằng khen, Giấy khen) of one conferred award as a one-page PDF (Apache PDFBox 3).
 * Vietnamese needs a font with its precomposed letters (ư, ơ, ạ, ế, ữ ...): Liberation Sans, which the
 * PDFBox jar ships (SIL Open Font License 1.1), is embedded as a subset, so any reader shows the same
 * glyphs and the text can be extracted back.
 */
@ApplicationScoped
public class CertificatePdf {

    /** Inside {@code org.apache.pdfbox:pdfbox}; it covers Latin Extended Additional, i.e. Vietnamese. */
    static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final float MARGIN = 70;

    /**
     * @param issuer      e.g. Chủ tịch Ủy ban nhân dân tỉnh Thái Nguyên
     * @param form        e.g. Bằng khen của Bộ, ban, ngành, tỉnh
     * @param nominee     the collective's or individual's name
     * @param position    role and workplace, or empty for a collective
     * @param achievement the achievement commended
     * @param decision    e.g. Quyết định số 163/QĐ-UBND ngày 20 tháng 6 năm 2021
     * @param drill       of a drill election (D-28): printed "DIỄN TẬP" above and below, so it is never taken for
     *                    a real award
     */
    public record Certificate(
            String issuer,
            String form,
            String nominee,
            String position,
            String achievement,
            String decision,
            boolean drill) {}

    /** What a drill's certificate says at its top and its foot (D-28). */
    static final String DRILL = "DIỄN TẬP - KHÔNG CÓ GIÁ TRỊ KHEN THƯỞNG";

    public byte[] render(Certificate certificate) {
        try (var document = new PDDocument();
                var out = new ByteArrayOutputStream()) {
            PDType0Font font = loadFont(document);
            var page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
            document.addPage(page);
            float width = page.getMediaBox().getWidth();
            try (var content = new PDPageContentStream(document, page)) {
                var lines = new Lines(content, font, width);
                lines.center("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 13, 540);
                lines.center("Độc lập - Tự do - Hạnh phúc", 12, 522);
                lines.center(certificate.issuer().toUpperCase(VIETNAMESE), 15, 470);
                lines.center("TẶNG", 13, 445);
                lines.center(certificate.form().toUpperCase(VIETNAMESE), 22, 405);
                lines.center(certificate.nominee(), 20, 360);
                if (!certificate.position().isBlank()) {
                    lines.center(certificate.position(), 12, 338);
                }
                float y = 300;
                for (String line :
                        wrap("Đã có thành tích: " + certificate.achievement(), font, 13, width - 2 * MARGIN)) {
                    lines.center(line, 13, y);
                    y -= 18;
                }
                lines.center(certificate.decision(), 12, 140);
                if (certificate.drill()) {
                    lines.center(DRILL, 18, 565);
                    lines.center(DRILL, 18, 90);
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the certificate cannot be drawn", e);
        }
    }

    private static PDType0Font loadFont(PDDocument document) throws IOException {
        try (InputStream in = PDDocument.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IOException(FONT + " is not on the class path");
            }
            return PDType0Font.load(document, in, true);
        }
    }

    private static List<String> wrap(String text, PDType0Font font, float size, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > maxWidth) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** Writes lines centred on the page. */
    private record Lines(PDPageContentStream content, PDType0Font font, float pageWidth) {
        void center(String text, float size, float y) throws IOException {
            float textWidth = font.getStringWidth(text) / 1000 * size;
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset((pageWidth - textWidth) / 2, y);
            content.showText(text);
            content.endText();
        }
    }
}
