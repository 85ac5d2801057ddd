package vn.election.system;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.election.testing.PackagedSuite;

/**
 * The voter look-up page ({@code /vote/}, README) in headless Chromium at a phone's size, against the packaged
 * suite: a citizen of the {@link SmallElection}'s Bắc Kạn area (citizen id 006090000001, born 11/4/1990) asks
 * where and when they vote and for whom (V-6, ED-2, C-3); a wrong date of birth gets the not-found message and
 * nothing else.
 */
class VoterPageIT {

    private static PackagedSuite suite;
    private static HeadlessChromium chromium;

    @BeforeAll
    static void startTheSuiteAndTheBrowser() {
        suite = PackagedSuite.shared();
        SmallElection.defineAdministrativeUnits(suite.gateway());
        chromium = HeadlessChromium.launch();
    }

    @AfterAll
    static void stopEverything() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void aCitizenLearnsOnAPhoneWhereWhenAndForWhomTheyVote() {
        SmallElection election = SmallElection.define(suite.gateway(), "Bầu cử thử: tra cứu cử tri");
        try (BrowserContext context = chromium.browser.newContext(
                HeadlessChromium.phone().setLocale("vi-VN").setTimezoneId("Asia/Ho_Chi_Minh"))) {
            Page page = context.newPage();
            page.navigate(suite.gateway() + "/vote?election=" + election.id);

            ask(page, "006090000001", "1990-04-12");
            assertThat(page.getByTestId("problem")).containsText("Không tìm thấy cử tri");
            assertThat(page.locator("#answer")).isHidden();

            ask(page, "006090000001", "1990-04-11");
            assertThat(page.getByTestId("area-name")).hasText("Khu vực bỏ phiếu số 1");
            assertThat(page.getByTestId("station")).hasText("Nhà văn hóa tổ 1");
            // the small election's day, and the hours of an area that decided none of its own (ED-2)
            assertThat(page.getByTestId("voting-day")).hasText("25/05/2031");
            assertThat(page.getByTestId("voting-hours")).hasText("Từ 07:00 đến 19:00");
            // one ballot, the provincial council's (the election elects no other body), with its official list
            Locator ballot = page.getByTestId("ballot-PROVINCIAL_COUNCIL");
            assertThat(ballot).containsText("Đơn vị bầu cử số 1");
            assertThat(ballot.getByTestId("candidate-name")).hasText(new String[] {"Đinh Thị Hà", "Lý Văn Thành"});
            assertThat(ballot).containsText("Tiểu sử tóm tắt: Sinh tại Bắc Kạn.");
            assertThat(page.getByTestId("problem")).isHidden();

            Object pageWidth = page.evaluate("document.scrollingElement.scrollWidth");
            assertTrue(((Number) pageWidth).intValue() <= 390, "nothing wider than the phone: " + pageWidth + " px");
            var first = ballot.getByTestId("candidate").nth(0).boundingBox();
            var second = ballot.getByTestId("candidate").nth(1).boundingBox();
            assertTrue(second.y >= first.y + first.height, "the candidates come one below the other, one column");
            HeadlessChromium.screenshot(page, "voter-page-phone.png");
        }
    }

    private static void ask(Page page, String citizenId, String birthDate) {
        page.getByLabel("Số định danh cá nhân (12 chữ số)").fill(citizenId);
        page.getByLabel("Ngày sinh").fill(birthDate);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tra cứu"))
                .click();
    }
}
