package vn.lamtheobac.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.lamtheobac.identity.AccountCommands.ChangePassword;
import vn.lamtheobac.identity.AccountCommands.CreateAccessToken;
import vn.lamtheobac.identity.AccountManagement;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.Scope;
import vn.lamtheobac.shared.web.FormErrors;

/** A user's own account: password, personal access tokens, other sessions. */
@Controller
@RequestMapping("/app/profile")
class ProfileController {

    private final AccountManagement accounts;

    ProfileController(AccountManagement accounts) {
        this.accounts = accounts;
    }

    static class PasswordForm {
        @NotBlank(message = "{account.error.currentPassword}")
        private String currentPassword;

        private String newPassword;
        private String confirmation;

        ChangePassword toCommand() {
            return new ChangePassword(currentPassword, newPassword, confirmation);
        }

        public String getCurrentPassword() {
            return currentPassword;
        }

        public void setCurrentPassword(String currentPassword) {
            this.currentPassword = currentPassword;
        }

        public String getNewPassword() {
            return newPassword;
        }

        public void setNewPassword(String newPassword) {
            this.newPassword = newPassword;
        }

        public String getConfirmation() {
            return confirmation;
        }

        public void setConfirmation(String confirmation) {
            this.confirmation = confirmation;
        }
    }

    static class TokenForm {
        @NotBlank(message = "{token.error.name}")
        private String name;

        // the upper bound is the configured maximum lifetime, checked by the service with the figure in the message
        @NotNull(message = "{token.error.validDays}")
        @Min(value = 1, message = "{token.error.validDays}")
        private Integer validDays = 30;

        private boolean readOnly = true;

        CreateAccessToken toCommand() {
            return new CreateAccessToken(name, validDays, readOnly);
        }

        public boolean isReadOnly() {
            return readOnly;
        }

        public void setReadOnly(boolean readOnly) {
            this.readOnly = readOnly;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public Integer getValidDays() {
            return validDays;
        }

        public void setValidDays(Integer validDays) {
            this.validDays = validDays;
        }
    }

    @GetMapping
    String page(Scope scope, Model model) {
        model.addAttribute("account", accounts.me(scope));
        model.addAttribute("tokens", accounts.tokens(scope));
        model.addAttribute("maxTokenDays", accounts.maxTokenDays());
        if (!model.containsAttribute("passwordForm")) {
            model.addAttribute("passwordForm", new PasswordForm());
        }
        if (!model.containsAttribute("tokenForm")) {
            model.addAttribute("tokenForm", new TokenForm());
        }
        return "profile/profile";
    }

    @PostMapping("/password")
    String changePassword(
            @Validated @ModelAttribute("passwordForm") PasswordForm form,
            BindingResult errors,
            Scope scope,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                accounts.changeOwnPassword(
                        form.toCommand(), scope, request.getSession().getId(), request.getRemoteAddr());
                redirect.addFlashAttribute("flash", "account.flash.passwordChanged");
                return "redirect:/app/profile";
            } catch (BusinessRuleException e) {
                FormErrors.show(e, errors);
            }
        }
        return page(scope, model);
    }

    @PostMapping("/tokens")
    String createToken(
            @Validated @ModelAttribute("tokenForm") TokenForm form,
            BindingResult errors,
            Scope scope,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                redirect.addFlashAttribute("newToken", accounts.createToken(form.toCommand(), scope));
                redirect.addFlashAttribute("flash", "token.flash.created");
                return "redirect:/app/profile";
            } catch (BusinessRuleException e) {
                FormErrors.show(e, errors);
            }
        }
        return page(scope, model);
    }

    @PostMapping("/tokens/{id}/revoke")
    String revokeToken(@PathVariable long id, Scope scope, RedirectAttributes redirect) {
        accounts.revokeToken(id, scope);
        redirect.addFlashAttribute("flash", "token.flash.revoked");
        return "redirect:/app/profile";
    }

    @PostMapping("/sessions/sign-out-others")
    String signOutOthers(Scope scope, HttpServletRequest request, RedirectAttributes redirect) {
        int ended = accounts.signOutOtherSessions(scope, request.getSession().getId());
        redirect.addFlashAttribute("flash", "account.flash.otherSessionsEnded");
        redirect.addFlashAttribute("flashArgs", ended);
        return "redirect:/app/profile";
    }
}
