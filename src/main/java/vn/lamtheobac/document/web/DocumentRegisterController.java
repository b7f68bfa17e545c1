package vn.lamtheobac.document.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.lamtheobac.document.DocumentRegister;
import vn.lamtheobac.document.RegisterQuery;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.shared.PageRequest;
import vn.lamtheobac.shared.Scope;
import vn.lamtheobac.shared.web.Downloads;

/** The register of issued documents (sổ đăng ký văn bản đi) of a committee, filtered and exported. */
@Controller
class DocumentRegisterController {

    private final DocumentRegister register;
    private final OrganizationManagement organizations;

    DocumentRegisterController(DocumentRegister register, OrganizationManagement organizations) {
        this.register = register;
        this.organizations = organizations;
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
        var committees = organizations.children(null, scope);
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
        organizations.get(organization, scope);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment("so-dang-ky-van-ban-di.xlsx"));
        register.exportXlsx(query, scope, response.getOutputStream());
    }
}
