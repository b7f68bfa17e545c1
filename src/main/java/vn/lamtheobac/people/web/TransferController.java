package vn.lamtheobac.people.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.lamtheobac.people.TransferManagement;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.InvalidInputException;
import vn.lamtheobac.shared.Scope;

/** The membership transfers (chuyển sinh hoạt đảng) a committee decides: its list, one transfer, the decision. */
@Controller
@RequestMapping("/app/transfers")
class TransferController {

    private final TransferManagement transfers;

    TransferController(TransferManagement transfers) {
        this.transfers = transfers;
    }

    @GetMapping
    String list(Scope scope, Model model) {
        model.addAttribute("transfers", transfers.list(scope));
        return "people/transfers";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Scope scope, Model model) {
        model.addAttribute("transfer", transfers.get(id, scope));
        return "people/transfer";
    }

    @PostMapping("/{id}/approve")
    String approve(
            @PathVariable long id,
            @RequestParam int version,
            Scope scope,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return decide(
                id,
                new Outcome(scope, model, redirect, response),
                "transfer.flash.approved",
                () -> transfers.approve(id, version, scope));
    }

    @PostMapping("/{id}/refuse")
    String refuse(
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam(required = false) String reason,
            Scope scope,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        model.addAttribute("reason", reason);
        return decide(
                id,
                new Outcome(scope, model, redirect, response),
                "transfer.flash.refused",
                () -> transfers.refuse(id, reason, version, scope));
    }

    private record Outcome(Scope scope, Model model, RedirectAttributes redirect, HttpServletResponse response) {}

    private String decide(long id, Outcome outcome, String flash, Runnable decision) {
        var model = outcome.model();
        try {
            decision.run();
            outcome.redirect().addFlashAttribute("flash", flash);
            return "redirect:/app/transfers/" + id;
        } catch (InvalidInputException e) {
            e.violations().stream()
                    .filter(v -> "reason".equals(v.field()))
                    .findFirst()
                    .ifPresent(v -> model.addAttribute("reasonError", v));
            e.violations().stream()
                    .filter(v -> v.field() == null)
                    .findFirst()
                    .ifPresent(v -> model.addAttribute("decisionError", v));
        } catch (BusinessRuleException e) {
            model.addAttribute("decisionError", new InvalidInputException.Violation(null, e.messageKey(), e.args()));
        } catch (OptimisticLockingFailureException e) {
            outcome.response().setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("decisionError", new InvalidInputException.Violation(null, "transfer.error.conflict"));
        }
        return detail(id, outcome.scope(), model);
    }
}
