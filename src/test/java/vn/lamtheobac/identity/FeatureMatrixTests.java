package vn.lamtheobac.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.lamtheobac.identity.AuthorizationMatrix.NONE;
import static vn.lamtheobac.identity.AuthorizationMatrix.check;
import static vn.lamtheobac.identity.AuthorizationMatrix.data;
import static vn.lamtheobac.identity.AuthorizationMatrix.export;
import static vn.lamtheobac.identity.AuthorizationMatrix.organizations;
import static vn.lamtheobac.identity.AuthorizationMatrix.reads;
import static vn.lamtheobac.identity.AuthorizationMatrix.signedIn;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.lamtheobac.IntegrationTest;
import vn.lamtheobac.TestClock;
import vn.lamtheobac.identity.AuthorizationMatrix.Case;
import vn.lamtheobac.identity.AuthorizationMatrix.Route;
import vn.lamtheobac.identity.AuthorizationMatrix.Rule;
import vn.lamtheobac.identity.AuthorizationMatrix.Target;
import vn.lamtheobac.shared.Capability;

/**
 * The feature modules' routes (the register, directives, commitments, models and actions, programmes, evaluation,
 * recognition) and every export × every role × own / sibling / ancestor targets, answered as the grants say
 * ({@link AuthorizationMatrix}). Every export is refused to whoever does not hold its own capability.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeatureMatrixTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    MatrixFixtures fixtures;

    @BeforeAll
    void buildFixtures() {
        fixtures = MatrixFixtures.get(context);
    }

    static MockHttpServletRequestBuilder hx(MockHttpServletRequestBuilder request) {
        return request.header("HX-Request", "true");
    }

    static String year() {
        return String.valueOf(TestClock.TODAY.getYear());
    }

    /** Anyone who holds the capability somewhere gets the page (it offers only what they hold); others 403. */
    static Rule anywhere(Capability capability) {
        return (a, t) -> a.holdsAnywhere(capability) ? 200 : 403;
    }

    /** A member's nomination or commendation: its readers, and the member themself (the tree's "member"). */
    static Rule nominee() {
        return (a, t) -> a.name().equals("member") ? 200 : reads().expected(a, t);
    }

    /** The cap of excellent ratings is counted per grassroots organisation: a cell of it, the school, the ward B cell. */
    static final List<Target> GRASSROOTS =
            List.of(Target.organization("cellA1"), Target.organization("schoolA"), Target.organization("cellB1"));

    static List<Route> routes() {
        var orgs = organizations();
        var initiatives = MatrixFixtures.INITIATIVES;
        var drafts = MatrixFixtures.DRAFT_DIRECTIVES;
        return List.of(
                // the register of issued documents: read with READ, exported with EXPORT_REGISTER
                new Route(
                        "GET",
                        "/app/documents",
                        reads(),
                        orgs,
                        (f, t) -> get("/app/documents").param("organization", f.orgParam(t))),
                new Route(
                        "GET",
                        "/app/documents/export",
                        export(Capability.EXPORT_REGISTER),
                        orgs,
                        (f, t) -> get("/app/documents/export").param("organization", f.orgParam(t))),
                new Route(
                        "POST",
                        "/app/documents/manual",
                        data(Capability.ISSUE_DOCUMENTS, 302),
                        List.of(
                                Target.organization("wardA"),
                                Target.organization("wardB"),
                                Target.organization("city")),
                        (f, t) -> post("/app/documents/manual")
                                .with(csrf())
                                .param("organization", f.orgParam(t))
                                .param("typeCode", "TB")
                                .param("issuedOn", "01/12/" + year())
                                .param("title", "Thông báo ghi sổ của ma trận phân quyền")
                                .param("signer", "Trần Văn Bình")
                                .param("earlierDateConfirmed", "true")),
                // directives
                new Route("GET", "/app/directives", signedIn(200), NONE, (f, t) -> get("/app/directives")),
                new Route("GET", "/app/inbox", signedIn(200), NONE, (f, t) -> get("/app/inbox")),
                new Route("GET", "/api/v1/inbox", signedIn(200), NONE, (f, t) -> get("/api/v1/inbox")),
                new Route(
                        "GET", "/app/directives/{id}", reads(), drafts, (f, t) -> get("/app/directives/{id}", f.id(t))),
                new Route(
                        "GET",
                        "/api/v1/directives/{id}",
                        reads(),
                        drafts,
                        (f, t) -> get("/api/v1/directives/{id}", f.id(t))),
                new Route(
                        "GET",
                        "/app/directives/{id}/edit",
                        data(Capability.ISSUE_DOCUMENTS, 200),
                        drafts,
                        (f, t) -> get("/app/directives/{id}/edit", f.id(t))),
                new Route(
                        "GET",
                        "/app/directives/{id}/cover.docx",
                        reads(),
                        drafts,
                        (f, t) -> get("/app/directives/{id}/cover.docx", f.id(t))),
                new Route(
                        "GET",
                        "/app/directives/{id}/attachments/{fileId}",
                        reads(),
                        drafts,
                        (f, t) -> get("/app/directives/{id}/attachments/{fileId}", f.id(t), f.fileId(t))),
                new Route(
                        "GET",
                        "/app/directives/target-roots",
                        data(Capability.ISSUE_DOCUMENTS, 200),
                        orgs,
                        (f, t) ->
                                hx(get("/app/directives/target-roots").param("issuingOrganizationId", f.orgParam(t)))),
                new Route(
                        "GET",
                        "/app/directives/target-options",
                        data(Capability.ISSUE_DOCUMENTS, 200),
                        orgs,
                        (f, t) -> hx(get("/app/directives/target-options")
                                .param("issuingOrganizationId", f.orgParam(t))
                                .param("q", "Chi bộ"))),
                // commitments
                new Route(
                        "GET",
                        "/app/commitments",
                        reads(),
                        orgs,
                        (f, t) -> get("/app/commitments")
                                .param("organization", f.orgParam(t))
                                .param("year", year())),
                new Route(
                        "GET",
                        "/api/v1/commitments",
                        reads(),
                        orgs,
                        (f, t) -> get("/api/v1/commitments")
                                .param("organization", f.orgParam(t))
                                .param("year", year())),
                new Route(
                        "POST",
                        "/app/commitments/remind",
                        data(Capability.KEEP_RECORDS, 302),
                        orgs,
                        (f, t) -> post("/app/commitments/remind")
                                .with(csrf())
                                .param("organization", f.orgParam(t))
                                .param("year", year())),
                new Route(
                        "GET",
                        "/app/commitments/print",
                        export(Capability.EXPORT_COMMITMENTS),
                        orgs,
                        (f, t) -> get("/app/commitments/print")
                                .param("organization", f.orgParam(t))
                                .param("year", year())),
                // models and actions
                new Route(
                        "GET",
                        "/app/initiatives",
                        reads(),
                        orgs,
                        (f, t) -> get("/app/initiatives").param("organization", f.orgParam(t))),
                new Route(
                        "GET",
                        "/app/initiatives",
                        reads(),
                        orgs,
                        (f, t) -> hx(get("/app/initiatives").param("organization", f.orgParam(t)))
                                .header("HX-Target", "results")),
                new Route(
                        "GET",
                        "/api/v1/initiatives",
                        reads(),
                        orgs,
                        (f, t) -> get("/api/v1/initiatives").param("organization", f.orgParam(t))),
                new Route(
                        "GET",
                        "/app/initiatives/export",
                        export(Capability.EXPORT_MODELS),
                        orgs,
                        (f, t) -> get("/app/initiatives/export").param("organization", f.orgParam(t))),
                new Route(
                        "GET",
                        "/app/initiatives/{id}",
                        reads(),
                        initiatives,
                        (f, t) -> get("/app/initiatives/{id}", f.id(t))),
                new Route(
                        "GET",
                        "/api/v1/initiatives/{id}",
                        reads(),
                        initiatives,
                        (f, t) -> get("/api/v1/initiatives/{id}", f.id(t))),
                new Route(
                        "GET",
                        "/app/initiatives/{id}/edit",
                        data(Capability.KEEP_RECORDS, 200),
                        initiatives,
                        (f, t) -> get("/app/initiatives/{id}/edit", f.id(t))),
                new Route(
                        "GET",
                        "/app/initiatives/{id}/photos/{fileId}",
                        reads(),
                        MatrixFixtures.REPORTED_INITIATIVES,
                        (f, t) -> get("/app/initiatives/{id}/photos/{fileId}", f.id(t), f.fileId(t))),
                // programmes, evaluation and recognition: the pages every signed-in user opens
                new Route("GET", "/app/programmes", signedIn(200), NONE, (f, t) -> get("/app/programmes")),
                new Route("GET", "/api/v1/programmes", signedIn(200), NONE, (f, t) -> get("/api/v1/programmes")),
                new Route(
                        "GET",
                        "/api/v1/themes",
                        reads(),
                        orgs,
                        (f, t) -> get("/api/v1/themes")
                                .param("organization", f.orgParam(t))
                                .param("year", year())),
                new Route("GET", "/app/evaluations", signedIn(200), NONE, (f, t) -> get("/app/evaluations")),
                new Route(
                        "GET",
                        "/app/evaluations/{roundId}",
                        reads(),
                        orgs,
                        (f, t) -> get("/app/evaluations/{roundId}", f.round).param("organization", f.orgParam(t))),
                new Route(
                        "GET",
                        "/app/evaluations/{roundId}/quota",
                        reads(),
                        GRASSROOTS,
                        (f, t) -> hx(
                                get("/app/evaluations/{roundId}/quota", f.round).param("organization", f.orgParam(t)))),
                new Route(
                        "GET",
                        "/api/v1/evaluation-rounds/{id}/members",
                        reads(),
                        orgs,
                        (f, t) -> get("/api/v1/evaluation-rounds/{id}/members", f.round)
                                .param("organization", f.orgParam(t))),
                new Route(
                        "GET",
                        "/api/v1/evaluation-rounds/{id}/quota",
                        reads(),
                        GRASSROOTS,
                        (f, t) -> get("/api/v1/evaluation-rounds/{id}/quota", f.round)
                                .param("organization", f.orgParam(t))),
                new Route(
                        "GET",
                        "/app/evaluations/{roundId}/export",
                        export(Capability.EXPORT_RATINGS),
                        orgs,
                        (f, t) -> get("/app/evaluations/{roundId}/export", f.round)
                                .param("organization", f.orgParam(t))),
                new Route(
                        "GET",
                        "/app/evaluations/{roundId}/print",
                        export(Capability.EXPORT_RATINGS),
                        orgs,
                        (f, t) ->
                                get("/app/evaluations/{roundId}/print", f.round).param("organization", f.orgParam(t))),
                new Route("GET", "/app/recognition", signedIn(200), NONE, (f, t) -> get("/app/recognition")),
                new Route(
                        "GET",
                        "/app/recognition/nominations/{id}",
                        nominee(),
                        List.of(MatrixFixtures.NOMINATION),
                        (f, t) -> get("/app/recognition/nominations/{id}", f.id(t))),
                new Route(
                        "GET",
                        "/app/recognition/commendations/{id}/certificate",
                        nominee(),
                        List.of(MatrixFixtures.COMMENDATION),
                        (f, t) -> get("/app/recognition/commendations/{id}/certificate", f.id(t))),
                new Route(
                        "GET",
                        "/app/recognition/decisions/{id}/document",
                        reads(),
                        List.of(MatrixFixtures.DECISION),
                        (f, t) -> get("/app/recognition/decisions/{id}/document", f.id(t))),
                new Route("GET", "/api/v1/movements", signedIn(200), NONE, (f, t) -> get("/api/v1/movements")),
                new Route(
                        "GET",
                        "/app/recognition/honour-roll",
                        reads(),
                        orgs,
                        (f, t) -> get("/app/recognition/honour-roll").param("organization", f.orgParam(t))),
                new Route(
                        "GET",
                        "/api/v1/commendations",
                        reads(),
                        orgs,
                        (f, t) -> get("/api/v1/commendations").param("organization", f.orgParam(t))));
    }

    Stream<Arguments> cases() {
        return AuthorizationMatrix.cases(routes());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void answersAsTheGrantsSay(Case c) throws Exception {
        check(mvc, fixtures, c);
    }
}
