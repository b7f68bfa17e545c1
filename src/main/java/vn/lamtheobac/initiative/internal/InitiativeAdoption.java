package vn.lamtheobac.initiative.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lamtheobac.initiative.AdopterOption;
import vn.lamtheobac.initiative.InitiativeCommands.AdoptGoodModel;
import vn.lamtheobac.initiative.InitiativeCommands.IndicatorInput;
import vn.lamtheobac.initiative.InitiativeCommands.InitiativeContent;
import vn.lamtheobac.initiative.InitiativeEvents.InitiativeRegistered;
import vn.lamtheobac.initiative.InitiativeEvents.InitiativeReplicated;
import vn.lamtheobac.initiative.InitiativeKind;
import vn.lamtheobac.initiative.ReplicationView;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.organization.OrganizationView;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.DataChanged;
import vn.lamtheobac.shared.Role;
import vn.lamtheobac.shared.Scope;
import vn.lamtheobac.shared.VietnamTime;

/**
 * Replication (nhân rộng) of good models: another organisation adopts one as its own registered initiative; where a
 * model was taken up; the organisations the caller may still have adopt it. The picker offers exactly what {@link
 * #adopt} accepts: an organisation the caller keeps records of ({@link Role#RECORD_KEEPERS}), anywhere in their
 * subtrees, other than the model's owner and those that adopted it already.
 */
@Service
@Transactional(readOnly = true)
public class InitiativeAdoption {

    /** How many organisations the picker offers at a time. */
    static final int OPTIONS = 20;

    private final Initiatives initiatives;
    private final Replicas replicas;
    private final InitiativeAccess access;
    private final InitiativeRegistration registration;
    private final CommandValidation validation;
    private final OrganizationManagement organizations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InitiativeAdoption(
            Initiatives initiatives,
            Replicas replicas,
            InitiativeAccess access,
            InitiativeRegistration registration,
            CommandValidation validation,
            OrganizationManagement organizations,
            ApplicationEventPublisher events,
            Clock clock) {
        this.initiatives = initiatives;
        this.replicas = replicas;
        this.access = access;
        this.registration = registration;
        this.validation = validation;
        this.organizations = organizations;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A new registered initiative of the adopting organisation with the model's title, field, description and
     * indicators, linked to it; the model counts its replications.
     */
    @Transactional
    public long adopt(AdoptGoodModel command, Scope scope) {
        var model = access.readable(command.sourceId(), scope);
        var source = initiatives.findById(model.id).orElseThrow();
        var today = VietnamTime.today(clock);
        int year = command.year() != null ? command.year() : today.getYear();
        var content = new InitiativeContent(
                source.field(),
                null,
                year,
                source.title(),
                source.description(),
                command.startsOn() != null ? command.startsOn() : today,
                command.endsOn() != null ? command.endsOn() : LocalDate.of(year, 12, 31),
                source.indicators().stream()
                        .map(i -> new IndicatorInput(i.name(), i.target(), i.unit()))
                        .toList());
        model.requireAdoptableBy(command.organizationId(), initiatives.hasReplica(model.id, command.organizationId()));
        access.requireRecordKeeper(command.organizationId(), scope, "organizationId");
        var input = new ArrayList<>(validation.of(command));
        input.addAll(validation.of(content));
        registration.requireValid(command.organizationId(), content, input);
        long id;
        try {
            id = initiatives.insert(
                    InitiativeKind.COLLECTIVE,
                    command.organizationId(),
                    null,
                    content,
                    model.id,
                    InitiativeChanges.actor());
        } catch (DuplicateKeyException e) {
            // another officer adopted it at the same moment
            throw BusinessRuleException.atField("organizationId", "initiative.error.alreadyAdopted");
        }
        events.publishEvent(new InitiativeRegistered(id, command.organizationId(), null, year, source.field()));
        events.publishEvent(new InitiativeReplicated(
                model.id, id, command.organizationId(), model.organizationId, model.personId, source.title()));
        events.publishEvent(DataChanged.created(InitiativeAccess.ENTITY, id, command));
        return id;
    }

    /** Where the model the caller reads was replicated, oldest first; each with a link only where the caller reads it. */
    public List<ReplicationView> of(long sourceId, Scope scope) {
        access.readable(sourceId, scope);
        var rows = replicas.of(sourceId);
        var names = organizations.names(
                rows.stream().map(Replicas.Row::organizationId).toList());
        var readable = initiatives.visible(
                rows.stream().map(Replicas.Row::id).toList(), scope.rootsWith(Role.READERS), scope.personId());
        return rows.stream()
                .map(r -> new ReplicationView(
                        r.id(),
                        r.organizationId(),
                        names.get(r.organizationId()),
                        r.adoptedOn(),
                        r.status(),
                        readable.contains(r.id())))
                .toList();
    }

    /**
     * The organisations matching {@code text} (ignoring case and diacritics) that the caller may have adopt the good
     * model {@code sourceId}, shallowest first, each with its parent's name; none for a blank text or a model that is
     * not a good one.
     */
    public List<AdopterOption> adopters(long sourceId, String text, Scope scope) {
        var source = access.readable(sourceId, scope);
        if (!source.recognised || text == null || text.isBlank()) {
            return List.of();
        }
        var taken = new HashSet<>(replicas.organizations(sourceId));
        taken.add(source.organizationId);
        var found = organizations.search(text, scope, OPTIONS + taken.size(), Role.RECORD_KEEPERS).stream()
                .filter(o -> !taken.contains(o.id()))
                .limit(OPTIONS)
                .toList();
        return options(found);
    }

    /** The organisation {@code organizationId} as the picker shows it, if the caller may choose it (a form re-shown). */
    public List<AdopterOption> chosen(Long organizationId, Scope scope) {
        if (organizationId == null || !organizations.allows(scope, organizationId, Role.RECORD_KEEPERS)) {
            return List.of();
        }
        return options(List.of(organizations.get(organizationId, scope)));
    }

    private List<AdopterOption> options(List<OrganizationView> found) {
        var parents = organizations.names(found.stream()
                .map(OrganizationView::parentId)
                .filter(Objects::nonNull)
                .toList());
        return found.stream()
                .map(o -> new AdopterOption(o.id(), o.name(), o.parentId() == null ? null : parents.get(o.parentId())))
                .toList();
    }
}
