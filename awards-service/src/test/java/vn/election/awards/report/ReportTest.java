package vn.election.awards.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.election.awards.Fixtures.act;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.election.awards.Fixtures;
import vn.election.awards.Tokens;
import vn.election.events.Ruleset;

/**
 * Reports with the figures of the Thái Nguyên 2021 summary conference: 64 collectives
 * and 98 individuals got the provincial chairman's Bằng khen, 3 collectives and 3 individuals were proposed
 * for the Prime Minister's (K-7).
 */
@QuarkusTest
class ReportTest {

    private static final String PROVINCIAL = "PROVINCIAL_CERTIFICATE_OF_MERIT";
    private static final String PM = "PM_CERTIFICATE_OF_MERIT";

    @Inject
    ObjectMapper json;

    Fixtures fx;
    UUID election;

    @BeforeEach
    void setUp() {
        fx = new Fixtures(json);
        election = fx.election(Ruleset.R2021);
    }

    @Test
    void theSummaryConferenceCountsByFormKindAndIssuer_K7() throws IOException {
        UUID province = fx.campaign(
                election,
                "PROVINCIAL_CHAIRMAN",
                Fixtures.provinceOfItsOwn(),
                List.of(Fixtures.quota(PM, "COLLECTIVE", 3), Fixtures.quota(PM, "INDIVIDUAL", 3)));
        UUID pm = fx.campaign(election, "PRIME_MINISTER", "", List.of());
        fx.decide(province, "2021-06-20", reviewed(province, "COLLECTIVE", "Tổ bầu cử số ", 64, PROVINCIAL))
                .statusCode(201);
        fx.decide(province, "2021-06-20", reviewed(province, "INDIVIDUAL", "Cán bộ ", 98, PROVINCIAL))
                .statusCode(201);
        Map<String, Object> forward = new HashMap<>(act("FORWARD"));
        forward.put("targetCampaignId", pm);
        for (String kind : List.of("COLLECTIVE", "INDIVIDUAL")) {
            reviewed(province, kind, "Đề nghị Thủ tướng ", 3, PM)
                    .forEach(n -> fx.transition(n, Tokens.APPROVER, forward).statusCode(200));
        }

        given().header(Tokens.OFFICER)
                .accept(ContentType.JSON)
                .get("/api/v1/reports/campaigns/" + province)
                .then()
                .statusCode(200)
                .body("rows.size()", equalTo(4))
                .body(
                        "rows.find { it.form == '%s' && it.recipientKind == 'COLLECTIVE' }.count".formatted(PROVINCIAL),
                        equalTo(64))
                .body(
                        "rows.find { it.form == '%s' && it.recipientKind == 'INDIVIDUAL' }.count".formatted(PROVINCIAL),
                        equalTo(98))
                .body(
                        "rows.find { it.form == '%s' && it.recipientKind == 'COLLECTIVE' }.outcome".formatted(PM),
                        equalTo("PROPOSED_TO_HIGHER"))
                .body(
                        "rows.find { it.form == '%s' && it.recipientKind == 'COLLECTIVE' }.count".formatted(PM),
                        equalTo(3))
                .body(
                        "rows.find { it.form == '%s' && it.recipientKind == 'INDIVIDUAL' }.issuer".formatted(PM),
                        equalTo("Thủ tướng Chính phủ"));

        byte[] csv = given().header(Tokens.OFFICER)
                .accept("text/csv")
                .get("/api/v1/reports/campaigns/" + province)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        List<CSVRecord> records = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(new String(csv, StandardCharsets.UTF_8)))
                .getRecords();
        assertEquals(
                List.of(
                        List.of(
                                "Bằng khen của Bộ, ban, ngành, tỉnh",
                                "Tập thể",
                                "Đã khen thưởng",
                                "Chủ tịch Ủy ban nhân dân tỉnh Thái Nguyên",
                                "64"),
                        List.of(
                                "Bằng khen của Bộ, ban, ngành, tỉnh",
                                "Cá nhân",
                                "Đã khen thưởng",
                                "Chủ tịch Ủy ban nhân dân tỉnh Thái Nguyên",
                                "98"),
                        List.of(
                                "Bằng khen của Thủ tướng Chính phủ",
                                "Tập thể",
                                "Đề nghị cấp trên khen thưởng",
                                "Thủ tướng Chính phủ",
                                "3"),
                        List.of(
                                "Bằng khen của Thủ tướng Chính phủ",
                                "Cá nhân",
                                "Đề nghị cấp trên khen thưởng",
                                "Thủ tướng Chính phủ",
                                "3")),
                records.stream().map(CSVRecord::toList).toList());

        byte[] xlsx = given().header(Tokens.OFFICER)
                .accept(Table.XLSX)
                .get("/api/v1/reports/campaigns/" + province)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("Tổng hợp");
            assertEquals("Số lượng", sheet.getRow(0).getCell(4).getStringCellValue());
            assertEquals("Tập thể", sheet.getRow(1).getCell(1).getStringCellValue());
            assertEquals(64.0, sheet.getRow(1).getCell(4).getNumericCellValue());
            assertEquals(98.0, sheet.getRow(2).getCell(4).getNumericCellValue());
            assertEquals(3.0, sheet.getRow(4).getCell(4).getNumericCellValue());
        }
    }

    @Test
    void aDecisionsListAndAConferredAwardsCertificateWithVietnameseText_K10() throws IOException {
        UUID province = fx.campaign(election, "PROVINCIAL_CHAIRMAN", Fixtures.provinceOfItsOwn(), List.of());
        UUID person = given().header(Tokens.OFFICER)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "electionId",
                        election,
                        "kind",
                        "INDIVIDUAL",
                        "name",
                        "Nguyễn Thị Hường",
                        "role",
                        "Tổ trưởng Tổ bầu cử số 3",
                        "workplace",
                        "xã Yên Đĩnh, huyện Chợ Mới"))
                .post("/api/v1/nominees")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getUUID("id");
        UUID nomination = fx.nominate(province, person, PROVINCIAL);
        fx.toCouncilReviewed(nomination, 10);
        UUID team = fx.reviewed(province, election, "COLLECTIVE", "Tổ bầu cử số 3, xã Yên Đĩnh", PROVINCIAL);
        String decision = fx.decide(province, "2021-06-05", List.of(nomination, team))
                .statusCode(201)
                .extract()
                .path("id");

        byte[] csv = given().header(Tokens.OFFICER)
                .accept("text/csv")
                .get("/api/v1/reports/decisions/" + decision)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        assertEquals("""
                STT,"Tên tập thể, cá nhân",Đối tượng,Tiền thưởng (đồng),Trạng thái\r
                1,"Tổ bầu cử số 3, xã Yên Đĩnh",Tập thể,7020000,DECIDED\r
                2,Nguyễn Thị Hường,Cá nhân,3510000,DECIDED\r
                """, new String(csv, StandardCharsets.UTF_8));
        byte[] xlsx = given().header(Tokens.OFFICER)
                .accept(Table.XLSX)
                .get("/api/v1/reports/decisions/" + decision)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals(
                    "Nguyễn Thị Hường",
                    workbook.getSheet("1-QĐ-UBND").getRow(2).getCell(1).getStringCellValue());
        }

        String certificate = "/api/v1/reports/decisions/" + decision + "/certificates/" + person;
        given().header(Tokens.OFFICER).get(certificate).then().statusCode(409);
        given().header(Tokens.APPROVER)
                .contentType(ContentType.JSON)
                .body(Map.of("publishedOn", "2021-06-07"))
                .post("/api/v1/decisions/" + decision + "/publication")
                .then()
                .statusCode(200);
        given().header(Tokens.APPROVER)
                .contentType(ContentType.JSON)
                .body(Map.of("nomineeId", person, "conferredOn", "2021-06-20"))
                .post("/api/v1/decisions/" + decision + "/conferrals")
                .then()
                .statusCode(200);

        byte[] pdf = given().header(Tokens.OFFICER)
                .get(certificate)
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .extract()
                .asByteArray();
        String text;
        try (var document = Loader.loadPDF(pdf)) {
            text = Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFC);
        }
        List<String> lines = new ArrayList<>(text.lines().map(String::strip).toList());
        assertTrue(lines.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), text);
        assertTrue(lines.contains("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN"), text);
        assertTrue(lines.contains("BẰNG KHEN CỦA BỘ, BAN, NGÀNH, TỈNH"), text);
        assertTrue(lines.contains("Nguyễn Thị Hường"), text);
        assertTrue(lines.contains("Tổ trưởng Tổ bầu cử số 3, xã Yên Đĩnh, huyện Chợ Mới"), text);
        assertTrue(lines.contains("Quyết định số 1/QĐ-UBND ngày 05 tháng 6 năm 2021"), text);
        assertTrue(!text.contains("DIỄN TẬP"), "a real election's certificate (D-28): " + text);
    }

    private List<UUID> reviewed(UUID campaign, String kind, String prefix, int count, String form) {
        List<UUID> nominations = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            nominations.add(fx.reviewed(campaign, election, kind, prefix + i, form));
        }
        return nominations;
    }
}
