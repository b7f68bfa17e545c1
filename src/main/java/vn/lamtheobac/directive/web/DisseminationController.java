package vn.lamtheobac.directive.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.lamtheobac.directive.AttendeeCategory;
import vn.lamtheobac.directive.DirectiveManagement;
import vn.lamtheobac.directive.DirectiveStatus;
import vn.lamtheobac.directive.DisseminationForm;
import vn.lamtheobac.directive.DisseminationManagement;
import vn.lamtheobac.directive.web.DirectiveForms.SessionForm;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.InvalidInputException;
import vn.lamtheobac.shared.Scope;
import vn.lamtheobac.shared.VietnamTime;
import vn.lamtheobac.shared.web.Downloads;
import vn.lamtheobac.shared.web.FormErrors;

/**
 * A target's page of a directive: what it must disseminate (content, attachments), where it stands, its sessions, and
 * the forms to record a session or correct one.
 */
@Controller
@RequestMapping("/app/directives/{id}/targets/{organizationId}")
class DisseminationController {

    private final DirectiveManagement directives;
    private final DisseminationManagement disseminations;
    private final OrganizationManagement organizations;
    private final Clock clock;

    DisseminationController(
            DirectiveManagement directives,
            DisseminationManagement disseminations,
            OrganizationManagement organizations,
            Clock clock) {
        this.directives = directives;
        this.disseminations = disseminations;
        this.organizations = organizations;
        this.clock = clock;
    }

    @GetMapping
    String target(@PathVariable long id, @PathVariable long organizationId, Scope scope, Model model) {
        var directive = directives.get(id, scope);
        model.addAttribute("directive", directive);
        model.addAttribute("organization", organizations.get(organizationId, scope));
        model.addAttribute("status", directives.status(id, organizationId, scope));
        model.addAttribute("sessions", directives.sessions(id, organizationId, scope));
        model.addAttribute("attachments", directives.attachments(id, scope));
        model.addAttribute(
                "canRecord",
                directives.canRecord(organizationId, scope) && directive.status() == DirectiveStatus.ISSUED);
        model.addAttribute("categories", AttendeeCategory.values());
        model.addAttribute("forms", DisseminationForm.values());
        if (!model.containsAttribute("sessionForm")) {
            var form = new SessionForm();
            form.setHeldOn(VietnamTime.today(clock));
            model.addAttribute("sessionForm", form);
        }
        return "directives/target";
    }

    @PostMapping("/sessions")
    String record(
            @PathVariable long id,
            @PathVariable long organizationId,
            @ModelAttribute("sessionForm") SessionForm form,
            BindingResult errors,
            Scope scope,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        if (!errors.hasErrors()) {
            try {
                var evidence = form.getEvidence();
                boolean attached = evidence != null && !evidence.isEmpty();
                disseminations.record(
                        form.toCommand(id, organizationId),
                        attached ? evidence.getOriginalFilename() : null,
                        attached ? evidence.getBytes() : null,
                        scope);
                redirect.addFlashAttribute("flash", "dissemination.flash.recorded");
                return "redirect:" + targetUrl(id, organizationId);
            } catch (BusinessRuleException | InvalidInputException e) {
                FormErrors.show(e, errors);
            }
        }
        return target(id, organizationId, scope, model);
    }

    /** The target's page with the correction form of one session, filled with what was recorded. */
    @GetMapping("/sessions/{sessionId}/edit")
    String editSession(
            @PathVariable long id,
            @PathVariable long organizationId,
            @PathVariable long sessionId,
            Scope scope,
            Model model) {
        var session = disseminations.session(id, organizationId, sessionId, scope);
        if (!model.containsAttribute("sessionForm")) {
            model.addAttribute("sessionForm", SessionForm.of(session));
        }
        model.addAttribute("editedSession", session);
        return target(id, organizationId, scope, model);
    }

    @PostMapping("/sessions/{sessionId}")
    String correctSession(
            @PathVariable long id,
            @PathVariable long organizationId,
            @PathVariable long sessionId,
            @ModelAttribute("sessionForm") SessionForm form,
            BindingResult errors,
            Scope scope,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response)
            throws IOException {
        if (!errors.hasErrors()) {
            try {
                var evidence = form.getEvidence();
                boolean attached = evidence != null && !evidence.isEmpty();
                disseminations.correct(
                        form.toCorrection(id, organizationId, sessionId),
                        attached ? evidence.getOriginalFilename() : null,
                        attached ? evidence.getBytes() : null,
                        scope);
                redirect.addFlashAttribute("flash", "dissemination.flash.corrected");
                return "redirect:" + targetUrl(id, organizationId);
            } catch (BusinessRuleException | InvalidInputException e) {
                FormErrors.show(e, errors);
            } catch (OptimisticLockingFailureException e) {
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                errors.reject("error.409.message");
                form.setVersion(disseminations
                        .session(id, organizationId, sessionId, scope)
                        .version());
            }
        }
        return editSession(id, organizationId, sessionId, scope, model);
    }

    @GetMapping("/evidence/{fileId}")
    ResponseEntity<byte[]> evidence(
            @PathVariable long id, @PathVariable long organizationId, @PathVariable long fileId, Scope scope) {
        var file = directives.evidence(id, organizationId, fileId, scope);
        return Downloads.of(file.fileName(), file.contentType(), directives.content(fileId));
    }

    private static String targetUrl(long id, long organizationId) {
        return "/app/directives/" + id + "/targets/" + organizationId;
    }
}
