package vn.lamtheobac.evaluation.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.lamtheobac.evaluation.CollectiveFacts;
import vn.lamtheobac.evaluation.EvaluationView;
import vn.lamtheobac.evaluation.MemberFacts;
import vn.lamtheobac.organization.OrganizationDiscipline;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.people.CommitteeMembers;
import vn.lamtheobac.people.DisciplineForm;
import vn.lamtheobac.people.PersonCategory;
import vn.lamtheobac.people.PersonManagement;
import vn.lamtheobac.shared.Scope;

/**
 * The facts the rating rules read, from the records: a member's discipline in the year, and for an organisation the
 * discipline of the members of its own committee in the year ({@link CommitteeMembers#leadershipDuring}), its active subordinate units counted from the tree and those disciplined from the
 * organisations' discipline records (never typed by the unit being rated).
 */
@Component
public class RatingFacts {

    static final Set<PersonCategory> PARTY_MEMBERS =
            EnumSet.of(PersonCategory.PARTY_MEMBER_OFFICIAL, PersonCategory.PARTY_MEMBER_PROBATIONARY);

    private final PersonManagement people;
    private final OrganizationManagement organizations;
    private final OrganizationDiscipline organizationDiscipline;
    private final CommitteeMembers committees;

    RatingFacts(
            PersonManagement people,
            OrganizationManagement organizations,
            OrganizationDiscipline organizationDiscipline,
            CommitteeMembers committees) {
        this.committees = committees;
        this.people = people;
        this.organizations = organizations;
        this.organizationDiscipline = organizationDiscipline;
    }

    public MemberFacts member(EvaluationView e, int year) {
        boolean disciplined = !people.disciplinedIn(List.of(e.personId()), year).isEmpty();
        return new MemberFacts(
                disciplined, e.tasksCompletedPercent(), e.commonScore(), e.taskScore(), e.tasksExceedingPercent());
    }

    public CollectiveFacts collective(EvaluationView e, int year) {
        var leaders = leadership(e.organizationId(), year);
        var disciplines = people.disciplinedIn(leaders, year).values().stream()
                .flatMap(List::stream)
                .toList();
        var units = subordinateUnits(e.organizationId());
        int disciplinedUnits = organizationDiscipline.disciplinedIn(units, year).size();
        return new CollectiveFacts(
                !disciplines.isEmpty(),
                disciplines.stream().anyMatch(d -> d.form().atLeast(DisciplineForm.WARNING)),
                units.size(),
                disciplinedUnits,
                e.tasksCompletedPercent(),
                e.commonScore(),
                e.taskScore(),
                e.tasksExceedingPercent(),
                e.tasksLatePercent());
    }

    /** The active units directly under an organisation, from the tree. */
    public List<Long> subordinateUnits(long organizationId) {
        return organizations.children(organizationId, Scope.system(List.of(organizationId))).stream()
                .filter(c -> c.active())
                .map(c -> c.id())
                .toList();
    }

    /**
     * The leadership of an organisation: who sat on its committee (Ban Chấp hành, Ban Thường vụ, Chi ủy) at any time
     * in the year, from the committee membership, never guessed from position text.
     */
    private List<Long> leadership(long organizationId, int year) {
        return List.copyOf(
                committees.leadershipDuring(List.of(organizationId), year).getOrDefault(organizationId, Set.of()));
    }
}
