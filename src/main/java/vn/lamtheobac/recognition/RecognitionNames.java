package vn.lamtheobac.recognition;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;
import vn.lamtheobac.commitment.CommitmentManagement;
import vn.lamtheobac.initiative.InitiativeManagement;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.people.DisciplineRecord;
import vn.lamtheobac.people.PersonManagement;
import vn.lamtheobac.recognition.Evidence.LinkedInitiative;
import vn.lamtheobac.recognition.internal.CommendationRules;
import vn.lamtheobac.recognition.internal.Nomination;
import vn.lamtheobac.shared.NotFoundException;
import vn.lamtheobac.shared.Scope;

/** Fills in the names of organisations, people and forms, one query per kind of name, and a nomination's evidence. */
@Component
class RecognitionNames {

    private final Movements movements;
    private final Nominations nominations;
    private final Commendations commendations;
    private final AwardForms awardForms;
    private final Ratings ratings;
    private final OrganizationManagement organizations;
    private final PersonManagement people;
    private final CommitmentManagement commitments;
    private final InitiativeManagement initiatives;

    RecognitionNames(
            Movements movements,
            Nominations nominations,
            Commendations commendations,
            AwardForms awardForms,
            Ratings ratings,
            OrganizationManagement organizations,
            PersonManagement people,
            CommitmentManagement commitments,
            InitiativeManagement initiatives) {
        this.movements = movements;
        this.nominations = nominations;
        this.commendations = commendations;
        this.awardForms = awardForms;
        this.ratings = ratings;
        this.organizations = organizations;
        this.people = people;
        this.commitments = commitments;
        this.initiatives = initiatives;
    }

    /** One nomination with its evidence, its timeline and, once decided, its commendation. */
    public NominationDetail detail(Nomination n, Scope scope) {
        var movement = movements.findById(n.movementId()).orElseThrow();
        var timeline = nominations.timeline(n.id());
        var commendation = commendations
                .findByNomination(n.id())
                .map(c -> commendations(List.of(c)).get(0));
        var organizationIds = new ArrayList<Long>();
        organizationIds.add(n.organizationId());
        organizationIds.add(n.currentLevelOrganizationId());
        timeline.forEach(r -> organizationIds.add(r.organizationId()));
        var organizationNames = organizations.names(organizationIds);
        String personName = n.personId() == null
                ? null
                : people.names(List.of(n.personId())).get(n.personId());
        var form = awardForms.find(n.proposedFormCode());
        return new NominationDetail(
                n.id(),
                n.movementId(),
                movement.title(),
                n.kind(),
                n.organizationId(),
                organizationNames.get(n.organizationId()),
                n.personId(),
                personName,
                n.year(),
                n.achievements(),
                n.proposedFormCode(),
                form.map(AwardFormView::nameVi).orElse(null),
                n.initiativeIds(),
                n.status(),
                n.currentLevelOrganizationId(),
                organizationNames.get(n.currentLevelOrganizationId()),
                evidence(n, movement, form.orElse(null), scope),
                timeline.stream()
                        .map(r -> r.withOrganizationName(organizationNames.get(r.organizationId())))
                        .toList(),
                commendation.orElse(null),
                n.version());
    }

    /** What the system knows of the nominee's year; the rating is measured against the form's and movement's minimum. */
    private Evidence evidence(Nomination n, MovementView movement, AwardFormView form, Scope scope) {
        boolean individual = n.kind() == NomineeKind.INDIVIDUAL;
        var rating = (individual
                        ? ratings.find(n.year(), vn.lamtheobac.evaluation.Subject.MEMBER, n.personId())
                        : ratings.find(n.year(), vn.lamtheobac.evaluation.Subject.COLLECTIVE, n.organizationId()))
                .orElse(null);
        var minimum = form == null
                ? movement.minimumRating()
                : CommendationRules.effectiveMinimum(form, movement.minimumRating());
        var outcome = individual
                ? commitments.outcomes(List.of(n.personId()), n.year()).get(n.personId())
                : null;
        var disciplines = individual
                ? people.disciplinedIn(List.of(n.personId()), n.year()).getOrDefault(n.personId(), List.of())
                : List.<DisciplineRecord>of();
        var linked = new ArrayList<LinkedInitiative>();
        for (long id : n.initiativeIds()) {
            try {
                var i = initiatives.get(id, scope);
                linked.add(new LinkedInitiative(
                        i.id(),
                        i.title(),
                        i.year(),
                        i.status(),
                        i.effective(),
                        i.recognisedAsGoodModel(),
                        i.progressPercent()));
            } catch (NotFoundException e) {
                // not visible to this reader: left out
            }
        }
        return new Evidence(
                rating, rating != null && rating.ordinal() <= minimum.ordinal(), outcome, disciplines, linked);
    }

    public MovementView movement(MovementView m) {
        return movements(List.of(m)).get(0);
    }

    public List<MovementView> movements(List<MovementView> rows) {
        var names = organizations.names(
                rows.stream().map(MovementView::organizationId).toList());
        return rows.stream()
                .map(m -> m.withOrganizationName(names.get(m.organizationId())))
                .toList();
    }

    public List<NominationView> nominations(List<NominationView> rows) {
        var organizationIds = new ArrayList<Long>();
        rows.forEach(r -> {
            organizationIds.add(r.organizationId());
            organizationIds.add(r.currentLevelOrganizationId());
        });
        var organizationNames = organizations.names(organizationIds);
        var personNames = people.names(rows.stream()
                .map(NominationView::personId)
                .filter(Objects::nonNull)
                .toList());
        return rows.stream()
                .map(r -> r.withNames(
                        organizationNames.get(r.organizationId()),
                        r.personId() == null ? null : personNames.get(r.personId()),
                        organizationNames.get(r.currentLevelOrganizationId())))
                .toList();
    }

    public List<CommendationView> commendations(List<CommendationView> rows) {
        var organizationIds = new ArrayList<Long>();
        rows.forEach(r -> {
            organizationIds.add(r.organizationId());
            organizationIds.add(r.decidingOrganizationId());
        });
        var organizationNames = organizations.names(organizationIds);
        var personNames = people.names(rows.stream()
                .map(CommendationView::personId)
                .filter(Objects::nonNull)
                .toList());
        return rows.stream()
                .map(c -> c.withNames(
                        organizationNames.get(c.organizationId()),
                        c.personId() == null ? null : personNames.get(c.personId()),
                        organizationNames.get(c.decidingOrganizationId())))
                .toList();
    }
}
