package vn.election.system;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.election.testing.PackagedSuite;

/**
 * The results page (README, Results page) in headless Chromium, against the packaged suite: what the page shows
 * is what was posted through the API, and it follows the tally's stream without a reload.
 *
 * <p>Each test has its own {@link SmallElection} (turnout and results are per election), with these
 * figures, checkable by hand (M-8: two decimals; vi-VN writes a decimal comma):
 * <ul>
 *   <li>Bắc Kạn: 4 of 4 voters at CLOSE; minutes 4 valid, Đinh Thị Hà 3 (75,00%), Lý Văn Thành 1 (25,00%):
 *       4 &gt; 4/2 took part (W-1) and 3 &gt; 4/2 (W-2), so Hà fills the one seat (W-3): VALID.
 *   <li>Cao Bằng: 1 of 4 voters at 09:00, no minutes yet.
 *   <li>National turnout: 5 of 8 = 62,50%; 1 of 2 polling areas counted.
 * </ul>
 */
class ResultsPageIT {

    /** The page refreshes the overview at most every 5 s, then once more past the gateway's 2 s cache. */
    private static final double LIVE_UPDATE_MS = 20_000;

    private static PackagedSuite suite;
    private static HeadlessChromium chromium;
    private static Browser browser;
    private BrowserContext context;

    @BeforeAll
    static void startTheSuiteAndTheBrowser() {
        suite = PackagedSuite.shared();
        SmallElection.defineAdministrativeUnits(suite.gateway());
        chromium = HeadlessChromium.launch();
        browser = chromium.browser;
        PlaywrightAssertions.setDefaultAssertionTimeout(LIVE_UPDATE_MS);
    }

    @AfterAll
    static void stopEverything() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @AfterEach
    void closeTheBrowserWindow() {
        if (context != null) {
            context.close();
        }
    }

    /** The election with the morning's turnout and Bắc Kạn's minutes, as in the class comment. */
    private static SmallElection electionWithBacKanCounted(String name) {
        SmallElection election = SmallElection.define(suite.gateway(), name);
        election.reportTurnout(election.bacKan, "CLOSE", 4);
        election.reportTurnout(election.caoBang, "09:00", 1);
        election.submitMinutes(election.bacKan, 4, "Đinh Thị Hà", 3, "Lý Văn Thành", 1);
        return election;
    }

    private Page open(Browser.NewContextOptions window, SmallElection election, String query) {
        context = browser.newContext(window.setLocale("vi-VN").setTimezoneId("Asia/Ho_Chi_Minh"));
        Page page = context.newPage();
        page.navigate(suite.gateway() + "/results/?election=" + election.id + query);
        return page;
    }

    @Test
    void showsTurnoutProgressAndAUnitsWinnerAsPosted() {
        SmallElection election = electionWithBacKanCounted("Bầu cử thử: trang kết quả");
        // the units are listed by province code, Cao Bằng (04) first: Bắc Kạn's is chosen in the address
        Page page = open(HeadlessChromium.desktop(), election, "&unit=" + election.bacKan.id());

        assertThat(page.getByTestId("election-name")).containsText("Bầu cử thử: trang kết quả");
        // D-28: the election is a drill, and the page says so above everything
        assertThat(page.getByTestId("drill-banner")).isVisible();
        assertThat(page.getByTestId("drill-banner")).containsText("DIỄN TẬP");
        // 5 of the 8 listed voters have voted; both areas have reported turnout
        assertThat(page.getByTestId("national-turnout")).hasText("62,50%");
        assertThat(page.getByTestId("national-voters")).containsText("5 / 8");
        assertThat(page.getByTestId("national-turnout-areas")).containsText("2 / 2");
        // progress: Bắc Kạn's area counted, Cao Bằng's not; 1 of 2 units decided, 1 of 2 seats filled
        assertThat(page.getByTestId("progress-PROVINCIAL_COUNCIL-areas")).hasText("1 / 2");
        assertThat(page.getByTestId("progress-PROVINCIAL_COUNCIL-units")).containsText("1 / 2");
        assertThat(page.getByTestId("progress-PROVINCIAL_COUNCIL-seats")).containsText("1 / 2");
        // per province: Bắc Kạn 4 of 4 = 100,00%, counted; Cao Bằng 1 of 4 = 25,00%, not counted
        assertThat(page.getByTestId("province-06")).containsText("Tỉnh Bắc Kạn");
        assertThat(page.getByTestId("province-06-turnout")).containsText("100,00%");
        assertThat(page.getByTestId("province-06-areas")).hasText("1 / 1");
        assertThat(page.getByTestId("province-04-turnout")).containsText("25,00%");
        assertThat(page.getByTestId("province-04-areas")).hasText("0 / 1");
        // Bắc Kạn's unit: W-1..W-3 elect Hà with 3 of 4 valid votes; provisional until certified (W-8)
        assertThat(page.getByTestId("unit-name")).containsText("Đơn vị bầu cử số 1");
        assertThat(page.getByTestId("unit-status")).containsText("Hợp lệ");
        assertThat(page.getByTestId("unit-reason")).containsText("W-2");
        assertThat(page.getByTestId("unit-certification")).containsText("Tạm thời");
        assertThat(page.getByTestId("unit-progress")).containsText("1 / 1");
        assertCandidate(page, election.bacKan.candidate("Đinh Thị Hà"), "Đinh Thị Hà", "3", "75,00%", true);
        assertCandidate(page, election.bacKan.candidate("Lý Văn Thành"), "Lý Văn Thành", "1", "25,00%", false);
    }

    @Test
    void anotherMinuteReachesTheOpenPageOverTheStream() {
        SmallElection election = electionWithBacKanCounted("Bầu cử thử: cập nhật trực tiếp");
        // poll=0: the page never re-reads on a timer, so whatever changes below came through the stream
        Page page = open(HeadlessChromium.desktop(), election, "&poll=0");
        assertThat(page.getByTestId("stream-state")).hasAttribute("data-state", "live");
        page.getByTestId("unit").selectOption(election.caoBang.id().toString());
        assertThat(page.getByTestId("unit-name")).containsText("Đơn vị bầu cử số 2");
        assertThat(page.getByTestId("unit-status")).containsText("Đang kiểm phiếu");
        assertThat(page.getByTestId("unit-progress")).containsText("0 / 1");
        String before = page.getByTestId("last-update").textContent();

        // Cao Bằng closes with 3 of 4 voted and counts: Nga 2 of 3 valid (66,67%) > 3/2 (W-2), Dũng 1 (33,33%)
        election.reportTurnout(election.caoBang, "CLOSE", 3);
        election.submitMinutes(election.caoBang, 3, "Hoàng Thị Nga", 2, "Nông Văn Dũng", 1);

        assertThat(page.getByTestId("unit-status")).containsText("Hợp lệ");
        assertThat(page.getByTestId("unit-progress")).containsText("1 / 1");
        assertCandidate(page, election.caoBang.candidate("Hoàng Thị Nga"), "Hoàng Thị Nga", "2", "66,67%", true);
        assertCandidate(page, election.caoBang.candidate("Nông Văn Dũng"), "Nông Văn Dũng", "1", "33,33%", false);
        // the overview follows: 2 of 2 areas counted, 2 of 2 seats; turnout 7 of 8 = 87,50%, Cao Bằng 3 of 4
        assertThat(page.getByTestId("progress-PROVINCIAL_COUNCIL-areas")).hasText("2 / 2");
        assertThat(page.getByTestId("progress-PROVINCIAL_COUNCIL-seats")).containsText("2 / 2");
        assertThat(page.getByTestId("province-04-areas")).hasText("1 / 1");
        assertThat(page.getByTestId("national-turnout")).hasText("87,50%");
        assertThat(page.getByTestId("province-04-turnout")).containsText("75,00%");
        assertThat(page.getByTestId("last-update")).not().hasText(before);
        HeadlessChromium.screenshot(page, "results-page.png");
    }

    @Test
    void onAPhoneThePageIsOneColumnAndTurnoutKeepsUpdating() {
        SmallElection election = electionWithBacKanCounted("Bầu cử thử: điện thoại");
        // turnout is not in the results stream: the page reads it again on a timer (here every 2 s)
        Page page = open(HeadlessChromium.phone(), election, "&poll=2&unit=" + election.bacKan.id());
        assertThat(page.getByTestId("national-turnout")).hasText("62,50%");
        assertThat(page.getByTestId("unit-status")).containsText("Hợp lệ");
        // the provinces arrive by their own reads: measure the layout once they are drawn
        assertThat(page.getByTestId("province-04-turnout")).containsText("25,00%");

        Object pageWidth = page.evaluate("document.documentElement.scrollWidth");
        assertTrue(((Number) pageWidth).intValue() <= 390, "nothing wider than the phone: " + pageWidth + " px");
        BoundingBox provinces = box(page.getByTestId("provinces"));
        BoundingBox unit = box(page.getByTestId("unit-result"));
        assertTrue(unit.y >= provinces.y + provinces.height, "the unit comes below the provinces, one column");

        // Cao Bằng at 11:00: 2 of 4; nationally 6 of 8 = 75,00%
        election.reportTurnout(election.caoBang, "11:00", 2);
        assertThat(page.getByTestId("national-turnout")).hasText("75,00%");
        assertThat(page.getByTestId("province-04-turnout")).containsText("50,00%");
        HeadlessChromium.screenshot(page, "results-page-phone.png");
    }

    private static void assertCandidate(
            Page page, Object candidateId, String name, String votes, String percent, boolean elected) {
        Locator row = page.getByTestId("candidate-" + candidateId);
        Locator cells = row.locator("td");
        assertThat(cells.nth(0)).hasText(name);
        assertThat(cells.nth(1)).hasText(votes);
        assertThat(cells.nth(2)).hasText(percent);
        if (elected) {
            assertThat(cells.nth(3)).containsText("Trúng cử");
        } else {
            assertThat(cells.nth(3)).hasText("");
        }
    }

    private static BoundingBox box(Locator locator) {
        locator.waitFor();
        BoundingBox box = locator.boundingBox();
        assertTrue(box != null, locator + " is not on screen");
        return box;
    }
}
