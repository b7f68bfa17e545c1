package vn.lamtheobac.notification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.lamtheobac.identity.AccountManagement;
import vn.lamtheobac.identity.AccountManagement.Recipient;
import vn.lamtheobac.initiative.InitiativeEvents.InitiativeEvaluated;
import vn.lamtheobac.initiative.InitiativeEvents.InitiativeReplicated;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.people.PersonManagement;
import vn.lamtheobac.recognition.RecognitionEvents.CommendationDecided;
import vn.lamtheobac.recognition.RecognitionEvents.NominationReviewed;
import vn.lamtheobac.recognition.RecognitionEvents.NominationSubmitted;
import vn.lamtheobac.shared.Role;
import vn.lamtheobac.shared.Scope;

/**
 * Notifications of models and commendations:
 *
 * <ul>
 *   <li>a model evaluated, or a good model replicated elsewhere → its owner: the secretaries and officers of the owning
 *       organisation, and for an individual's model the person themself;
 *   <li>a nomination submitted or approved upward → the secretaries and officers of the committee where it now waits
 *       (the next reviewer, or the entitled committee that decides); returned or rejected → the proposing unit; in
 *       both cases, if that organisation has no such account, those of its nearest ancestor that has;
 *   <li>a commendation decided → the nominee (an individual with an account) and their unit.
 * </ul>
 */
@Component
class ModelAndCommendationNotifications {

    private static final Role[] RECIPIENT_ROLES = {Role.SECRETARY, Role.OFFICER};

    private final NotificationCenter center;
    private final AccountManagement accounts;
    private final PersonManagement people;
    private final OrganizationManagement organizations;

    ModelAndCommendationNotifications(
            NotificationCenter center,
            AccountManagement accounts,
            PersonManagement people,
            OrganizationManagement organizations) {
        this.center = center;
        this.accounts = accounts;
        this.people = people;
        this.organizations = organizations;
    }

    @ApplicationModuleListener
    void on(InitiativeEvaluated evaluated) {
        center.notify(
                recipients(evaluated.organizationId(), evaluated.personId()),
                "notification.initiativeEvaluated." + (evaluated.effective() ? "EFFECTIVE" : "NOT_EFFECTIVE"),
                List.of(text(evaluated.title())),
                "/app/initiatives/" + evaluated.id());
    }

    @ApplicationModuleListener
    void on(InitiativeReplicated replicated) {
        center.notify(
                recipients(replicated.sourceOrganizationId(), replicated.sourcePersonId()),
                "notification.initiativeReplicated",
                List.of(text(replicated.title()), organizationName(replicated.organizationId())),
                "/app/initiatives/" + replicated.sourceId());
    }

    @ApplicationModuleListener
    void on(NominationSubmitted submitted) {
        center.notify(
                nearestHolders(submitted.currentLevelOrganizationId()),
                "notification.nominationSubmitted",
                List.of(nominee(submitted.organizationId(), submitted.personId())),
                "/app/recognition/nominations/" + submitted.id());
    }

    @ApplicationModuleListener
    void on(NominationReviewed reviewed) {
        // approved upward: the committee where it now waits; returned or rejected: the proposing unit
        long to = switch (reviewed.status()) {
            case UNDER_REVIEW, AWAITING_DECISION -> reviewed.currentLevelOrganizationId();
            default -> reviewed.organizationId();
        };
        center.notify(
                nearestHolders(to),
                "notification.nominationReviewed." + reviewed.status(),
                List.of(nominee(reviewed.organizationId(), reviewed.personId())),
                "/app/recognition/nominations/" + reviewed.id());
    }

    @ApplicationModuleListener
    void on(CommendationDecided decided) {
        center.notify(
                recipients(decided.organizationId(), decided.personId()),
                "notification.commendationDecided",
                List.of(
                        decided.symbol(),
                        NotificationCenter.date(decided.decidedOn()),
                        nominee(decided.organizationId(), decided.personId())),
                "/app/recognition/nominations/" + decided.nominationId());
    }

    /** The person's own account (if they have one), then the unit's secretaries and officers, each once. */
    private List<Recipient> recipients(long organizationId, Long personId) {
        var recipients = new LinkedHashMap<Long, Recipient>();
        if (personId != null) {
            accounts.accountOf(personId).ifPresent(a -> recipients.put(a.accountId(), a));
        }
        accounts.holders(organizationId, RECIPIENT_ROLES).forEach(a -> recipients.putIfAbsent(a.accountId(), a));
        return new ArrayList<>(recipients.values());
    }

    /**
     * The secretaries and officers of {@code organizationId}, or, when it has none, of its nearest ancestor that has:
     * those whose grant covers it and who act for it (a grassroots committee without an account of its own is
     * reviewed by the ward's secretary).
     */
    private List<Recipient> nearestHolders(long organizationId) {
        var path = organizations.path(organizationId, Scope.system(List.of(organizationId)));
        for (int i = path.size() - 1; i >= 0; i--) {
            var holders = accounts.holders(path.get(i).id(), RECIPIENT_ROLES);
            if (!holders.isEmpty()) {
                return holders;
            }
        }
        return List.of();
    }

    private String nominee(long organizationId, Long personId) {
        return personId != null
                ? text(people.names(List.of(personId)).get(personId))
                : organizationName(organizationId);
    }

    private String organizationName(long organizationId) {
        return text(organizations.names(List.of(organizationId)).get(organizationId));
    }

    private static String text(String value) {
        return value == null ? "—" : value;
    }
}
