package vn.lamtheobac.initiative.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.lamtheobac.document.Files;
import vn.lamtheobac.document.StoredFile;
import vn.lamtheobac.initiative.InitiativeDetail;
import vn.lamtheobac.initiative.InitiativeView;
import vn.lamtheobac.initiative.ProgressUpdateView;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.people.PersonManagement;
import vn.lamtheobac.programme.ProgrammeManagement;
import vn.lamtheobac.programme.ThemeView;

/** Fills in the names of organisations, people, themes and files, one query per kind for a whole page. */
@Component
class InitiativeNames {

    private final OrganizationManagement organizations;
    private final PersonManagement people;
    private final ProgrammeManagement programmes;
    private final Files files;

    InitiativeNames(
            OrganizationManagement organizations,
            PersonManagement people,
            ProgrammeManagement programmes,
            Files files) {
        this.organizations = organizations;
        this.people = people;
        this.programmes = programmes;
        this.files = files;
    }

    List<InitiativeView> views(List<InitiativeView> rows) {
        var organizationNames = organizations.names(
                rows.stream().map(InitiativeView::organizationId).toList());
        var personNames = people.names(rows.stream()
                .map(InitiativeView::personId)
                .filter(Objects::nonNull)
                .toList());
        return rows.stream()
                .map(r -> named(r, organizationNames::get, personNames::get))
                .toList();
    }

    private static InitiativeView named(
            InitiativeView r, Function<Long, String> organizationName, Function<Long, String> personName) {
        return new InitiativeView(
                r.id(),
                r.kind(),
                r.organizationId(),
                organizationName.apply(r.organizationId()),
                r.personId(),
                r.personId() == null ? null : personName.apply(r.personId()),
                r.field(),
                r.year(),
                r.title(),
                r.status(),
                r.evaluation(),
                r.startsOn(),
                r.endsOn(),
                r.progressPercent(),
                r.recognisedAsGoodModel(),
                r.replicatedFromId(),
                r.replications(),
                r.published());
    }

    InitiativeDetail detail(InitiativeDetail i, List<ProgressUpdateView> progress) {
        var organizationIds = new ArrayList<Long>();
        organizationIds.add(i.organizationId());
        if (i.evaluatedByOrganizationId() != null) {
            organizationIds.add(i.evaluatedByOrganizationId());
        }
        if (i.recognisedByOrganizationId() != null) {
            organizationIds.add(i.recognisedByOrganizationId());
        }
        var organizationNames = organizations.names(organizationIds);
        String personName = i.personId() == null
                ? null
                : people.names(List.of(i.personId())).get(i.personId());
        String themeTitle = i.themeId() == null
                ? null
                : programmes.theme(i.themeId()).map(ThemeView::title).orElse(null);
        var photoIds = progress.stream()
                .flatMap(u -> u.photos().stream())
                .map(ProgressUpdateView.Photo::fileId)
                .toList();
        var fileNames =
                files.describe(photoIds).stream().collect(Collectors.toMap(StoredFile::id, StoredFile::fileName));
        var history = progress.stream()
                .map(u -> new ProgressUpdateView(
                        u.id(),
                        u.reportedOn(),
                        u.narrative(),
                        u.values(),
                        u.photos().stream()
                                .map(p -> new ProgressUpdateView.Photo(p.fileId(), fileNames.get(p.fileId())))
                                .toList(),
                        u.recordedBy()))
                .toList();
        return new InitiativeDetail(
                i.id(),
                i.kind(),
                i.organizationId(),
                organizationNames.get(i.organizationId()),
                i.personId(),
                personName,
                i.field(),
                i.themeId(),
                themeTitle,
                i.year(),
                i.title(),
                i.description(),
                i.startsOn(),
                i.endsOn(),
                i.status(),
                i.completedOn(),
                i.evaluation(),
                i.evaluationRemarks(),
                i.evaluatedOn(),
                i.evaluatedByOrganizationId(),
                i.evaluatedByOrganizationId() == null ? null : organizationNames.get(i.evaluatedByOrganizationId()),
                i.recognisedAsGoodModel(),
                i.recognisedByOrganizationId(),
                i.recognisedByOrganizationId() == null ? null : organizationNames.get(i.recognisedByOrganizationId()),
                i.recognisedOn(),
                i.replicatedFromId(),
                i.replicatedFromTitle(),
                i.replications(),
                i.consentRecordedOn(),
                i.consentNote(),
                i.published(),
                i.indicators(),
                history,
                i.progressPercent(),
                i.version());
    }
}
