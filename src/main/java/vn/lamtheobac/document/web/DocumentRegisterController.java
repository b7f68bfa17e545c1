package vn.lamtheobac.document.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.lamtheobac.document.DocumentRegister;
import vn.lamtheobac.document.RecordManualEntry;
import vn.lamtheobac.document.RegisterQuery;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.shared.Capability;
import vn.lamtheobac.shared.PageRequest;
import vn.lamtheobac.shared.Scope;
import vn.lamtheobac.shared.TextLimits;
import vn.lamtheobac.shared.VietnamTime;
import vn.lamtheobac.shared.web.Downloads;
import vn.lamtheobac.shared.web.FormActions;

/**
 * The register of issued documents (sổ đăng ký văn bản đi) of a committee, filtered and exported; the officer who
 * issues the committee's documents also enters those drafted elsewhere.
 */
@Controller
class DocumentRegisterController {

    /** A document drafted outside the system, entered by hand. */
    static class ManualEntryForm {
        @NotBlank(message = "{document.error.type}")
        @Size(max = TextLimits.CODE, message = "{validation.size}")
        private String typeCode;

        @NotNull(message = "{document.error.issuedOn}")
        private LocalDate issuedOn;

        @NotBlank(message = "{document.error.title}")
        @Size(max = 500, message = "{document.error.title}")
        private String title;

        @NotBlank(message = "{document.error.signer}")
        @Size(max = 200, message = "{document.error.signer}")
        private String signer;

        private boolean earlierDateConfirmed;

        RecordManualEntry toCommand(long organizationId) {
            return new RecordManualEntry(organizationId, typeCode, issuedOn, title, signer, earlierDateConfirmed);
        }

        public boolean isEarlierDateConfirmed() {
            return earlierDateConfirmed;
        }

        public void setEarlierDateConfirmed(boolean earlierDateConfirmed) {
            this.earlierDateConfirmed = earlierDateConfirmed;
        }

        public String getTypeCode() {
            return typeCode;
        }

        public void setTypeCode(String typeCode) {
            this.typeCode = typeCode;
        }

        public LocalDate getIssuedOn() {
            return issuedOn;
        }

        public void setIssuedOn(LocalDate issuedOn) {
            this.issuedOn = issuedOn;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getSigner() {
            return signer;
        }

        public void setSigner(String signer) {
            this.signer = signer;
        }
    }

    private final DocumentRegister register;
    private final OrganizationManagement organizations;
    private final Clock clock;

    DocumentRegisterController(DocumentRegister register, OrganizationManagement organizations, Clock clock) {
        this.register = register;
        this.organizations = organizations;
        this.clock = clock;
    }

    @GetMapping("/app/documents")
    String page(
            @RequestParam(required = false) Long organization,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            Scope scope,
            Model model) {
        var form = new ManualEntryForm();
        form.setIssuedOn(VietnamTime.today(clock));
        return page(organization, type, year, q, page, form, scope, model);
    }

    @PostMapping("/app/documents/manual")
    String record(
            @RequestParam long organization,
            @Valid @ModelAttribute("form") ManualEntryForm form,
            BindingResult errors,
            Scope scope,
            Model model,
            RedirectAttributes redirect) {
        return FormActions.run(
                errors,
                redirect,
                "register.flash.recorded",
                "/app/documents?organization=" + organization,
                () -> register.record(form.toCommand(organization), scope),
                () -> page(organization, null, null, null, 0, form, scope, model));
    }

    private String page(
            Long organization,
            String type,
            Integer year,
            String q,
            int page,
            ManualEntryForm form,
            Scope scope,
            Model model) {
        var committees = organizations.topmost(scope, Capability.READ);
        model.addAttribute("form", form);
        model.addAttribute("committees", committees);
        model.addAttribute("types", register.types());
        model.addAttribute("type", type);
        model.addAttribute("year", year);
        model.addAttribute("q", q);
        Long chosen = organization != null
                ? organization
                : committees.isEmpty() ? null : committees.get(0).id();
        if (chosen != null) {
            model.addAttribute("organization", organizations.get(chosen, scope));
            model.addAttribute("canRecord", register.canRecord(chosen, scope));
            model.addAttribute("canExport", register.canExport(chosen, scope));
            model.addAttribute(
                    "result",
                    register.register(new RegisterQuery(chosen, type, year, q, new PageRequest(page, 50)), scope));
        }
        return "documents/register";
    }

    @GetMapping("/app/documents/export")
    void export(
            @RequestParam long organization,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String q,
            Scope scope,
            HttpServletResponse response)
            throws IOException {
        var query = new RegisterQuery(organization, type, year, q, null);
        register.requireExport(query, scope);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment("so-dang-ky-van-ban-di.xlsx"));
        register.exportXlsx(query, scope, response.getOutputStream());
    }
}
