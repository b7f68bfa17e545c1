package vn.lamtheobac.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.people.People.Holder;
import vn.lamtheobac.shared.InvalidInputException.Violation;
import vn.lamtheobac.shared.Role;
import vn.lamtheobac.shared.Scope;

/**
 * A national ID or party card number names one person. Held by a record the caller can read, it is refused at its
 * field, naming that record. Held only by a record outside the caller's scope, it is not refused: the answer must not
 * tell whether the number exists elsewhere; the record saved becomes provisional and the existing record's
 * organisation and the caller's are asked, through their nearest common committee, to transfer the person
 * ({@link TransferManagement}).
 */
@Component
class IdentityNumbers {

    /** The refusals at the number fields, and the existing record outside the caller's scope that holds a number. */
    record Check(List<Violation> violations, Optional<Long> heldOutsideScope) {}

    private final People people;
    private final OrganizationManagement organizations;

    IdentityNumbers(People people, OrganizationManagement organizations) {
        this.people = people;
        this.organizations = organizations;
    }

    Check check(String nationalId, String partyCardNumber, Long selfId, Scope scope) {
        var readable = scope.rootsWith(Role.READERS);
        var violations = new ArrayList<Violation>();
        var byNationalId = held(
                people.withNationalId(PersonCommandsSupport.trim(nationalId)),
                selfId,
                readable,
                violations,
                "nationalId",
                "person.error.nationalIdTaken");
        var byCard = held(
                people.withPartyCardNumber(PersonCommandsSupport.trim(partyCardNumber)),
                selfId,
                readable,
                violations,
                "partyCardNumber",
                "person.error.partyCardTaken");
        return new Check(violations, byNationalId.or(() -> byCard));
    }

    private Optional<Long> held(
            List<Holder> holders,
            Long selfId,
            Set<Long> readable,
            List<Violation> violations,
            String field,
            String messageKey) {
        var others =
                holders.stream().filter(h -> selfId == null || h.id() != selfId).toList();
        for (var holder : others) {
            if (organizations.isWithin(holder.organizationId(), readable)) {
                violations.add(new Violation(field, messageKey, holder.id()));
                return Optional.empty();
            }
        }
        return others.stream().filter(h -> !h.provisional()).map(Holder::id).findFirst();
    }
}
