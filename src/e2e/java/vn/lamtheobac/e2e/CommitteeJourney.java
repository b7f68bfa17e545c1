package vn.lamtheobac.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import vn.lamtheobac.e2e.Browser.Size;

/**
 * Journey 8: the ward's office finds its committee from the ward's page, is told at the field what is missing, seats
 * a member as Ủy viên, and the city's leader sees the ward's committee with the new member beside its secretary.
 */
class CommitteeJourney {

    static final String WARD = "Đảng bộ phường Ninh Kiều";
    static final String SECRETARY = "Vũ Văn Hậu";
    static final String NEW_MEMBER = "Nguyễn Thị Trinh";

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void theWardsOfficeSeatsACommitteeMember() {
        browser.signIn("phuong.vp", Size.DESKTOP).open("/app/organizations").sees(WARD);
        browser.click(By.linkText(WARD)).sees("Đơn vị trực thuộc");
        browser.click(By.id("organization-committee")).sees("Đang giữ chức vụ").sees(SECRETARY);
        assertThat(browser.text(By.id("committee-sitting"))).contains("Bí thư").doesNotContain(NEW_MEMBER);
        browser.shot("the-wards-committee").accessible();

        // nobody chosen: the page says so at the field and keeps the rest
        browser.choose(By.id("position"), "Ủy viên");
        browser.click(By.id("seat-member")).sees("Đề nghị chọn đồng chí cấp ủy viên.");
        browser.shot("person-missing");

        browser.type(By.id("candidate-search"), "nguyen thi trinh").sees(NEW_MEMBER);
        browser.click(By.xpath("//label[starts-with(normalize-space(.), '" + NEW_MEMBER + "')]"));
        browser.click(By.id("seat-member")).sees("Đã bổ sung cấp ủy viên.");
        assertThat(browser.text(By.id("committee-sitting")))
                .contains(NEW_MEMBER)
                .contains("Ủy viên");
        browser.shot("member-seated").accessible();

        // the city's leader reads the ward's committee, without the means to change it
        browser.signIn("thanhuy.xem", Size.DESKTOP).open("/app/organizations").sees(WARD);
        browser.click(By.linkText(WARD))
                .click(By.id("organization-committee"))
                .sees(NEW_MEMBER)
                .sees(SECRETARY);
        assertThat(browser.all(By.id("seat-member"))).isEmpty();
        browser.shot("seen-by-the-city");
    }
}
