package vn.lamtheobac.evaluation.internal;

import java.text.Normalizer;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.lamtheobac.evaluation.CollectiveFacts;
import vn.lamtheobac.evaluation.EvaluationView;
import vn.lamtheobac.evaluation.MemberFacts;
import vn.lamtheobac.organization.OrganizationDiscipline;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.people.DisciplineForm;
import vn.lamtheobac.people.PersonCategory;
import vn.lamtheobac.people.PersonManagement;
import vn.lamtheobac.shared.Scope;

/**
 * The facts the rating rules read, from the records: a member's discipline in the year, and for an organisation its
 * leadership's discipline, its active subordinate units counted from the tree and those disciplined from the
 * organisations' discipline records (never typed by the unit being rated).
 */
@Component
public class RatingFacts {

    static final Set<PersonCategory> PARTY_MEMBERS =
            EnumSet.of(PersonCategory.PARTY_MEMBER_OFFICIAL, PersonCategory.PARTY_MEMBER_PROBATIONARY);

    private final PersonManagement people;
    private final OrganizationManagement organizations;
    private final OrganizationDiscipline organizationDiscipline;

    RatingFacts(
            PersonManagement people,
            OrganizationManagement organizations,
            OrganizationDiscipline organizationDiscipline) {
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
        var leaders = leadership(e.organizationId());
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
     * The leadership of an organisation, until the committee membership is recorded: its members whose position names
     * a committee office (bí thư, phó bí thư, chi ủy viên, đảng ủy viên, ủy viên ban thường vụ…).
     */
    private List<Long> leadership(long organizationId) {
        return people.directlyIn(organizationId, PARTY_MEMBERS, Scope.system(List.of(organizationId))).stream()
                .filter(m -> isLeadership(m.position()))
                .map(m -> m.id())
                .toList();
    }

    static boolean isLeadership(String position) {
        if (position == null) {
            return false;
        }
        String folded = Normalizer.normalize(position.toLowerCase(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replace('đ', 'd');
        return folded.contains("bi thu")
                || folded.contains("chi uy vien")
                || folded.contains("dang uy vien")
                || folded.contains("uy vien ban thuong vu")
                || folded.contains("cap uy vien");
    }
}
