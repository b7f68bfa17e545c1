package vn.lamtheobac.notification;

import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.lamtheobac.identity.AccountManagement;
import vn.lamtheobac.identity.AccountManagement.Recipient;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.people.PersonManagement;
import vn.lamtheobac.people.TransferEvents.TransferDecided;
import vn.lamtheobac.people.TransferEvents.TransferRequested;
import vn.lamtheobac.people.TransferStatus;
import vn.lamtheobac.shared.Role;
import vn.lamtheobac.shared.Scope;

/**
 * Notifications of membership transfers (chuyển sinh hoạt đảng): a request reaches the secretaries and officers of the
 * deciding committee (or, when it has none, of its nearest ancestor that has); the decision reaches the account that
 * recorded the person, with the reason of a refusal. The requesting office learns of the other record only then,
 * from the committee's decision.
 */
@Component
class TransferNotifications {

    private static final Role[] RECIPIENT_ROLES = {Role.SECRETARY, Role.OFFICER};

    private final NotificationCenter center;
    private final AccountManagement accounts;
    private final PersonManagement people;
    private final OrganizationManagement organizations;

    TransferNotifications(
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
    void on(TransferRequested requested) {
        var names = organizations.names(List.of(requested.fromOrganizationId(), requested.toOrganizationId()));
        center.notify(
                deciders(requested.committeeId()),
                "notification.transferRequested",
                List.of(
                        String.valueOf(
                                people.names(List.of(requested.personId())).get(requested.personId())),
                        String.valueOf(names.get(requested.fromOrganizationId())),
                        String.valueOf(names.get(requested.toOrganizationId()))),
                "/app/transfers/" + requested.transferId());
    }

    @ApplicationModuleListener
    void on(TransferDecided decided) {
        if (decided.status() != TransferStatus.APPROVED && decided.status() != TransferStatus.REFUSED) {
            return;
        }
        String to = String.valueOf(
                organizations.names(List.of(decided.toOrganizationId())).get(decided.toOrganizationId()));
        boolean approved = decided.status() == TransferStatus.APPROVED;
        center.notify(
                List.of(new Recipient(decided.requestedBy(), null, null)),
                approved ? "notification.transferApproved" : "notification.transferRefused",
                approved
                        ? List.of(decided.provisionalName(), to)
                        : List.of(decided.provisionalName(), to, String.valueOf(decided.reason())),
                approved
                        ? "/app/people/" + decided.personId()
                        : "/app/people?organization=" + decided.toOrganizationId());
    }

    /** The committee's secretaries and officers, or those of its nearest ancestor that has any. */
    private List<Recipient> deciders(long committeeId) {
        var path = organizations.path(committeeId, Scope.system(List.of(committeeId)));
        for (int i = path.size() - 1; i >= 0; i--) {
            var holders = accounts.holders(path.get(i).id(), RECIPIENT_ROLES);
            if (!holders.isEmpty()) {
                return holders;
            }
        }
        return List.of();
    }
}
