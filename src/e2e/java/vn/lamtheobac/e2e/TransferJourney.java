package vn.lamtheobac.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.lamtheobac.e2e.Browser.Size;

/**
 * Journey: the ward's office (Ninh Kiều) records a person whose CCCD belongs to a member of another ward (Cái Khế) and
 * gets the ordinary answer, as for any new person; the city's office — the nearest committee over both wards — is
 * notified, opens the membership transfer and approves it; the ward's office is told and finds the member in its
 * ward, with their history in Cái Khế.
 */
class TransferJourney {

    static final String OTHER_WARD = "Đảng bộ phường Cái Khế";
    static final String HOME_CELL = "Chi bộ Ủy ban nhân dân phường Ninh Kiều";

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void aMemberOfAnotherWardIsRecordedAndTheCityApprovesTheTransfer() {
        // the member of Cái Khế: the first official member of the ward's list (sorted, fixed demo) with a CCCD
        browser.signIn("thanhuy.vp", Size.DESKTOP).open("/app/organizations").sees(OTHER_WARD);
        browser.click(By.linkText(OTHER_WARD)).sees("Đơn vị trực thuộc");
        String otherWard = browser.url().replaceAll(".*/organizations/(\\d+).*", "$1");
        browser.open("/app/people?organization=" + otherWard + "&category=PARTY_MEMBER_OFFICIAL&size=20");
        var profiles = new ArrayList<String>();
        for (WebElement link : browser.all(By.cssSelector("#results tbody a"))) {
            profiles.add(link.getAttribute("href"));
        }
        String name = null;
        String nationalId = null;
        String otherCell = null;
        for (String profile : profiles) {
            browser.driver().get(profile);
            browser.settle();
            String shown = browser.text(By.id("person-national-id"));
            if (shown.matches("\\d{12}")) {
                name = browser.text(By.cssSelector("h1.page-title"));
                nationalId = shown;
                otherCell = browser.text(By.id("person-organization"));
                break;
            }
        }
        assertThat(nationalId).as("a member of Cái Khế with a CCCD").isNotNull();

        // the ward's office records the person in one of its cells, with that CCCD: the ordinary answer
        browser.signIn("phuong.vp", Size.DESKTOP).open("/app/people/new");
        browser.type(By.id("fullName"), name);
        browser.choose(By.id("gender"), "Nam");
        browser.type(By.id("dateOfBirth"), "15/08/1985");
        browser.type(By.id("nationalId"), nationalId);
        browser.type(By.id("org-search"), "uy ban nhan dan phuong ninh kieu");
        String option = "//select[@id='organizationId']/option[starts-with(normalize-space(.), '" + HOME_CELL + "')]";
        browser.until(
                "the cell among the choices",
                d -> !d.findElements(By.xpath(option)).isEmpty());
        browser.click(By.xpath(option));
        browser.shot("the-ward-records-the-person").accessible();
        browser.click(By.xpath("//form[@method='post']//button[@type='submit' and normalize-space()='Lưu']"))
                .sees("Đã thêm người vào danh sách.")
                .sees(nationalId)
                .doesNotSee("Cái Khế")
                .doesNotSee("Số CCCD này đã có trong hệ thống");
        assertThat(browser.all(By.id("person-transfer"))).isEmpty();
        browser.shot("the-ordinary-answer");

        // the city's office is notified, opens the transfer and approves it
        browser.signIn("thanhuy.vp", Size.DESKTOP)
                .open("/app")
                .sees("Đề nghị chuyển sinh hoạt đảng chờ cấp ủy quyết định");
        browser.shot("the-citys-to-do");
        browser.open("/app/notifications").sees("Đề nghị chuyển sinh hoạt đảng của đồng chí " + name);
        browser.click(notification("Đề nghị chuyển sinh hoạt đảng của đồng chí " + name))
                .sees("Chuyển sinh hoạt đảng của đồng chí " + name)
                .sees("Chờ quyết định");
        browser.shot("the-transfer").accessible();
        browser.click(By.cssSelector("button[id^='transfer-'][id$='-approve']"))
                .sees("Đã chấp thuận chuyển sinh hoạt đảng");
        assertThat(browser.text(By.id("transfer-status"))).isEqualTo("Đã chấp thuận");
        browser.open("/app/transfers");
        assertThat(browser.text(By.id("transfer-list"))).contains(name).contains("Đã chấp thuận");
        browser.shot("approved");

        // the ward's office is told, and finds the member in its ward with their history in Cái Khế
        browser.signIn("phuong.vp", Size.DESKTOP)
                .open("/app/notifications")
                .sees("đã chấp thuận chuyển sinh hoạt đảng");
        browser.click(notification("đã chấp thuận chuyển sinh hoạt đảng"))
                .sees(name)
                .sees(nationalId);
        assertThat(browser.text(By.id("person-memberships")))
                .contains(HOME_CELL)
                .contains(otherCell);
        browser.shot("the-member-in-the-ward").accessible();
        browser.open("/app/people");
        browser.type(By.id("q"), nationalId);
        browser.until(
                "the search by CCCD narrows the list to one person",
                d -> d.findElements(By.xpath("//div[@id='results']//tbody/tr")).size() == 1);
        assertThat(browser.all(By.xpath("//div[@id='results']//a[normalize-space()='" + name + "']")))
                .as("the member is listed once")
                .hasSize(1);
        browser.shot("found-in-the-ward");
    }

    /** The notification whose text contains {@code text}: opening it is a button that marks it read (a POST). */
    private static By notification(String text) {
        return By.xpath(
                "//form[starts-with(@id, 'notification-')]//button[contains(normalize-space(.), '" + text + "')]");
    }
}
