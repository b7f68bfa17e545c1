package vn.lamtheobac.identity.web;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.lamtheobac.identity.AccountCommands.CreateAccount;
import vn.lamtheobac.identity.AccountCommands.GrantRole;
import vn.lamtheobac.identity.AccountManagement;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.PageRequest;
import vn.lamtheobac.shared.Role;
import vn.lamtheobac.shared.Scope;
import vn.lamtheobac.shared.web.FormErrors;

/**
 * Administrators' account screens: create, grant and revoke roles, reset passwords, clear the sign-in limit, disable.
 */
@Controller
@RequestMapping("/app/admin/accounts")
class AccountsController {

    private final AccountManagement accounts;

    AccountsController(AccountManagement accounts) {
        this.accounts = accounts;
    }

    static class AccountForm {
        @NotBlank(message = "{account.error.username}")
        private String username;

        @NotBlank(message = "{account.error.displayName}")
        private String displayName;

        private Long personId;

        @NotBlank(message = "{account.error.passwordRequired}")
        private String password;

        CreateAccount toCommand() {
            return new CreateAccount(username, displayName, personId, password);
        }

        public String getUsername() {
            return username;
        }

        public void setUsername(String username) {
            this.username = username;
        }

        public String getDisplayName() {
            return displayName;
        }

        public void setDisplayName(String displayName) {
            this.displayName = displayName;
        }

        public Long getPersonId() {
            return personId;
        }

        public void setPersonId(Long personId) {
            this.personId = personId;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }
    }

    static class GrantForm {
        @NotNull(message = "{account.error.role}")
        private Role role;

        @NotNull(message = "{account.error.organizationUnknown}")
        private Long organizationId;

        GrantRole toCommand(long accountId) {
            return new GrantRole(accountId, role, organizationId);
        }

        public Role getRole() {
            return role;
        }

        public void setRole(Role role) {
            this.role = role;
        }

        public Long getOrganizationId() {
            return organizationId;
        }

        public void setOrganizationId(Long organizationId) {
            this.organizationId = organizationId;
        }
    }

    static class PasswordResetForm {
        @NotBlank(message = "{account.error.passwordRequired}")
        private String password;

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            Scope scope,
            Model model) {
        model.addAttribute("result", accounts.list(q, new PageRequest(page, 30), scope));
        model.addAttribute("q", q);
        return "admin/accounts";
    }

    @GetMapping("/new")
    String createForm(Scope scope, Model model) {
        model.addAttribute("form", new AccountForm());
        return "admin/account-form";
    }

    @PostMapping
    String create(
            @Validated @ModelAttribute("form") AccountForm form,
            BindingResult errors,
            Scope scope,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                long id = accounts.create(form.toCommand(), scope);
                redirect.addFlashAttribute("flash", "account.flash.created");
                return "redirect:/app/admin/accounts/" + id;
            } catch (BusinessRuleException e) {
                FormErrors.show(e, errors);
            }
        }
        return "admin/account-form";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Scope scope, Model model) {
        model.addAttribute("account", accounts.get(id, scope));
        model.addAttribute("roles", Role.values());
        if (!model.containsAttribute("grantForm")) {
            model.addAttribute("grantForm", new GrantForm());
        }
        if (!model.containsAttribute("resetForm")) {
            model.addAttribute("resetForm", new PasswordResetForm());
        }
        return "admin/account";
    }

    @PostMapping("/{id}/grants")
    String grant(
            @PathVariable long id,
            @Validated @ModelAttribute("grantForm") GrantForm form,
            BindingResult errors,
            Scope scope,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                accounts.grant(form.toCommand(id), scope);
                return done(id, "account.flash.granted", redirect);
            } catch (BusinessRuleException e) {
                FormErrors.show(e, errors);
            }
        }
        return detail(id, scope, model);
    }

    @PostMapping("/{id}/grants/{grantId}/revoke")
    String revoke(@PathVariable long id, @PathVariable long grantId, Scope scope, RedirectAttributes redirect) {
        accounts.revoke(grantId, scope);
        return done(id, "account.flash.revoked", redirect);
    }

    @PostMapping("/{id}/password")
    String resetPassword(
            @PathVariable long id,
            @Validated @ModelAttribute("resetForm") PasswordResetForm form,
            BindingResult errors,
            Scope scope,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                accounts.resetPassword(id, form.getPassword(), scope);
                return done(id, "account.flash.passwordReset", redirect);
            } catch (BusinessRuleException e) {
                FormErrors.show(e, errors);
            }
        }
        return detail(id, scope, model);
    }

    @PostMapping("/{id}/sign-in-failures/clear")
    String clearSignInFailures(@PathVariable long id, Scope scope, RedirectAttributes redirect) {
        accounts.clearSignInFailures(id, scope);
        return done(id, "account.flash.signInFailuresCleared", redirect);
    }

    @PostMapping("/{id}/enabled")
    String setEnabled(
            @PathVariable long id,
            @RequestParam boolean enabled,
            @RequestParam int version,
            Scope scope,
            RedirectAttributes redirect) {
        accounts.setEnabled(id, enabled, version, scope);
        return done(id, enabled ? "account.flash.enabled" : "account.flash.disabled", redirect);
    }

    private static String done(long id, String flash, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flash", flash);
        return "redirect:/app/admin/accounts/" + id;
    }
}
