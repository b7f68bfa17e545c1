package vn.lamtheobac.people.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.people.CommitteeMembers;
import vn.lamtheobac.people.CommitteeMembers.EndSeat;
import vn.lamtheobac.people.CommitteeMembers.SeatMember;
import vn.lamtheobac.people.CommitteePosition;
import vn.lamtheobac.people.PeopleQuery;
import vn.lamtheobac.people.PersonCategory;
import vn.lamtheobac.people.PersonManagement;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.InvalidInputException;
import vn.lamtheobac.shared.PageRequest;
import vn.lamtheobac.shared.Scope;
import vn.lamtheobac.shared.VietnamTime;
import vn.lamtheobac.shared.web.FormActions;
import vn.lamtheobac.shared.web.FormErrors;

/** An organisation's committee (cấp ủy): who sits on it now, who sat before, and seating or releasing a member. */
@Controller
@RequestMapping("/app/organizations/{id}/committee")
class CommitteeController {

    static class SeatForm {
        @NotNull(message = "{committee.error.person}")
        private Long personId;

        @NotNull(message = "{committee.error.position}")
        private CommitteePosition position;

        private Long termId;

        @NotNull(message = "{committee.error.startsOn}")
        private LocalDate startsOn;

        SeatMember toCommand(long organizationId) {
            return new SeatMember(organizationId, personId, position, termId, startsOn);
        }

        public Long getPersonId() {
            return personId;
        }

        public void setPersonId(Long personId) {
            this.personId = personId;
        }

        public CommitteePosition getPosition() {
            return position;
        }

        public void setPosition(CommitteePosition position) {
            this.position = position;
        }

        public Long getTermId() {
            return termId;
        }

        public void setTermId(Long termId) {
            this.termId = termId;
        }

        public LocalDate getStartsOn() {
            return startsOn;
        }

        public void setStartsOn(LocalDate startsOn) {
            this.startsOn = startsOn;
        }
    }

    static class EndForm {
        @NotNull(message = "{committee.error.endsOn}")
        private LocalDate endsOn;

        private int version;

        public LocalDate getEndsOn() {
            return endsOn;
        }

        public void setEndsOn(LocalDate endsOn) {
            this.endsOn = endsOn;
        }

        public int getVersion() {
            return version;
        }

        public void setVersion(int version) {
            this.version = version;
        }
    }

    private final CommitteeMembers committees;
    private final OrganizationManagement organizations;
    private final PersonManagement people;
    private final Clock clock;

    CommitteeController(
            CommitteeMembers committees, OrganizationManagement organizations, PersonManagement people, Clock clock) {
        this.committees = committees;
        this.organizations = organizations;
        this.people = people;
        this.clock = clock;
    }

    @GetMapping
    String page(@PathVariable long id, Scope scope, Model model) {
        var form = new SeatForm();
        form.setStartsOn(VietnamTime.today(clock));
        organizations.termOn(id, form.getStartsOn()).ifPresent(t -> form.setTermId(t.id()));
        return page(id, form, scope, model);
    }

    @PostMapping
    String seat(
            @PathVariable long id,
            @Valid @ModelAttribute("form") SeatForm form,
            BindingResult errors,
            Scope scope,
            Model model,
            RedirectAttributes redirect) {
        return FormActions.run(
                errors,
                redirect,
                "committee.flash.seated",
                "/app/organizations/" + id + "/committee",
                () -> committees.seat(form.toCommand(id), scope),
                () -> page(id, form, scope, model));
    }

    @PostMapping("/{seat}/end")
    String end(
            @PathVariable long id,
            @PathVariable long seat,
            @Valid @ModelAttribute("endForm") EndForm form,
            BindingResult errors,
            Scope scope,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            FormErrors.flash(BusinessRuleException.atField("endsOn", "committee.error.endsOn"), redirect);
        } else {
            try {
                committees.end(new EndSeat(seat, form.getEndsOn(), form.getVersion()), scope);
                redirect.addFlashAttribute("flash", "committee.flash.ended");
            } catch (InvalidInputException e) {
                FormErrors.flash(
                        BusinessRuleException.atField(
                                null, e.violations().get(0).messageKey()),
                        redirect);
            }
        }
        return "redirect:/app/organizations/" + id + "/committee";
    }

    /** Official members of the organisation's subtree whose name matches, to choose from. */
    @HxRequest
    @GetMapping("/candidates")
    String candidates(@PathVariable long id, @RequestParam(defaultValue = "") String q, Scope scope, Model model) {
        people.requireRecordKeeper(id, scope);
        model.addAttribute(
                "candidates",
                q.isBlank()
                        ? java.util.List.of()
                        : people.list(
                                        new PeopleQuery(
                                                q, id, PersonCategory.PARTY_MEMBER_OFFICIAL, new PageRequest(0, 15)),
                                        scope)
                                .content());
        return "people/committee :: candidates";
    }

    private String page(long id, SeatForm form, Scope scope, Model model) {
        var organization = organizations.get(id, scope);
        var today = VietnamTime.today(clock);
        var seats = committees.history(id, scope);
        model.addAttribute("organization", organization);
        model.addAttribute("path", organizations.breadcrumb(id, scope));
        model.addAttribute(
                "sitting", seats.stream().filter(s -> s.sittingOn(today)).toList());
        model.addAttribute(
                "past", seats.stream().filter(s -> !s.sittingOn(today)).toList());
        model.addAttribute("terms", organizations.terms(id, scope));
        model.addAttribute("positions", CommitteePosition.values());
        model.addAttribute("canChange", committees.canChange(id, scope));
        model.addAttribute("form", form);
        model.addAttribute("today", today);
        return "people/committee";
    }
}
