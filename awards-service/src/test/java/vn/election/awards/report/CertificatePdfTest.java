package vn.election.awards.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.text.Normalizer;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** D-28: a certificate of a drill election says so at its top and its foot; a real one says nothing of it. */
class CertificatePdfTest {

    private final CertificatePdf pdf = new CertificatePdf();

    @Test
    void aDrillsCertificateSaysDienTapAboveAndBelow_D28() throws IOException {
        List<String> lines = lines(pdf.render(certificate(true)));

        assertEquals(2, lines.stream().filter(CertificatePdf.DRILL::equals).count(), String.join("\n", lines));
        assertEquals("DIỄN TẬP - KHÔNG CÓ GIÁ TRỊ KHEN THƯỞNG", lines.get(0));
    }

    @Test
    void aRealCertificateSaysNothingOfADrill_D28() throws IOException {
        List<String> lines = lines(pdf.render(certificate(false)));

        assertFalse(lines.stream().anyMatch(l -> l.contains("DIỄN TẬP")), String.join("\n", lines));
        assertEquals("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", lines.get(0));
    }

    private static CertificatePdf.Certificate certificate(boolean drill) {
        return new CertificatePdf.Certificate(
                "Chủ tịch Ủy ban nhân dân tỉnh Bắc Kạn",
                "Bằng khen của Bộ, ban, ngành, tỉnh",
                "Hoàng Thị Lan",
                "Tổ trưởng Tổ bầu cử số 1",
                "hoàn thành xuất sắc nhiệm vụ diễn tập bầu cử",
                "Quyết định số 1/QĐ-UBND ngày 05 tháng 6 năm 2031",
                drill);
    }

    private static List<String> lines(byte[] document) throws IOException {
        try (var loaded = Loader.loadPDF(document)) {
            var stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = Normalizer.normalize(stripper.getText(loaded), Normalizer.Form.NFC);
            return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        }
    }
}
