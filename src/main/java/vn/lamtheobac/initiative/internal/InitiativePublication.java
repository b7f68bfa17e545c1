package vn.lamtheobac.initiative.internal;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lamtheobac.initiative.InitiativeCommands.PublishInitiative;
import vn.lamtheobac.initiative.InitiativeCommands.RecordConsent;
import vn.lamtheobac.initiative.InitiativeCommands.UnpublishInitiative;
import vn.lamtheobac.initiative.InitiativeCommands.WithdrawConsent;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.shared.Capability;
import vn.lamtheobac.shared.ForbiddenException;
import vn.lamtheobac.shared.Role;
import vn.lamtheobac.shared.Scope;
import vn.lamtheobac.shared.VietnamTime;

/**
 * The individual's consent (Nghị định 13/2023/NĐ-CP), recorded by their unit and withdrawn by either, and publishing
 * to the portal by the officers over the owning organisation.
 */
@Service
@Transactional(readOnly = true)
public class InitiativePublication {

    private final InitiativeAccess access;
    private final InitiativeChanges changes;
    private final CommandValidation validation;
    private final OrganizationManagement organizations;
    private final Clock clock;

    InitiativePublication(
            InitiativeAccess access,
            InitiativeChanges changes,
            CommandValidation validation,
            OrganizationManagement organizations,
            Clock clock) {
        this.access = access;
        this.changes = changes;
        this.validation = validation;
        this.organizations = organizations;
        this.clock = clock;
    }

    @Transactional
    public void recordConsent(RecordConsent command, Scope scope) {
        var initiative = access.readable(command.id(), scope);
        if (initiative.individual() && !organizations.allows(scope, initiative.organizationId, Role.RECORD_KEEPERS)) {
            throw new ForbiddenException("initiative.error.notRecordKeeper");
        }
        initiative.recordConsent(
                command.consentedOn(),
                command.consentNote() == null ? null : command.consentNote().strip(),
                VietnamTime.today(clock),
                validation.of(command));
        changes.save(initiative, command.version());
    }

    @Transactional
    public void withdrawConsent(WithdrawConsent command, Scope scope) {
        var initiative = access.readable(command.id(), scope);
        boolean self = initiative.personId != null && scope.isOwnPerson(initiative.personId);
        if (initiative.individual()
                && !self
                && !organizations.allows(scope, initiative.organizationId, Role.RECORD_KEEPERS)) {
            throw new ForbiddenException("initiative.error.notOwner");
        }
        initiative.withdrawConsent();
        changes.save(initiative, command.version());
    }

    @Transactional
    public void publish(PublishInitiative command, Scope scope) {
        var initiative = access.readable(command.id(), scope);
        requirePublisher(initiative, scope);
        initiative.publish(VietnamTime.today(clock));
        changes.save(initiative, command.version());
    }

    @Transactional
    public void unpublish(UnpublishInitiative command, Scope scope) {
        var initiative = access.readable(command.id(), scope);
        requirePublisher(initiative, scope);
        initiative.unpublish();
        changes.save(initiative, command.version());
    }

    private void requirePublisher(Initiative initiative, Scope scope) {
        if (!organizations.allows(scope, initiative.organizationId, Capability.EVALUATE_MODELS)) {
            throw new ForbiddenException("initiative.error.notPublisher");
        }
    }
}
