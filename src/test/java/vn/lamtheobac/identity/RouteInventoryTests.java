package vn.lamtheobac.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockServletContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.lamtheobac.IntegrationTest;
import vn.lamtheobac.identity.AuthorizationMatrix.Actor;
import vn.lamtheobac.identity.AuthorizationMatrix.Route;
import vn.lamtheobac.shared.Capability;
import vn.lamtheobac.shared.Role;

/**
 * Every route the application maps (HTML and API, from {@link RequestMappingHandlerMapping}) has an entry: it is asked
 * by the authorisation matrix ({@link AuthorizationMatrixTests}, {@link FeatureMatrixTests}), or it is public, or it
 * is named below with the reason it is not (yet) asked there. A new route without an entry fails here; a new export
 * or download fails unless the matrix asks it, and every export must be refused to the read-only leader and the
 * portal's editor.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteInventoryTests {

    /** Routes anyone may open without signing in. */
    static final Set<String> PUBLIC = Set.of("GET /", "GET /login", "ANY /error");

    /**
     * Routes not asked by the matrix, each with where its authorisation is proved instead. State-changing routes are
     * represented in the matrix by one write per module area (the DESIGN's bar); reads listed here lack a fixture in
     * {@link MatrixFixtures} so far.
     */
    /** An import job is its uploader's own: anyone else gets 404 on it. */
    private static final String OWNER_ONLY =
            "only the job's uploader, others 404 (PeopleImportTests.onlyTheUploaderFollowsConfirmsOrDownloadsAJob)";

    static final Map<String, String> ELSEWHERE = new TreeMap<>(Map.ofEntries(
            Map.entry(
                    "GET /api/v1/commitments/mine", "a member's own commitment, no target (CommitmentTests: own only)"),
            Map.entry("GET /api/v1/directives/{id}/tracking", "issued directive fixture missing (DirectiveTests)"),
            Map.entry("GET /api/v1/nominations/{id}", "nomination fixture missing (RecognitionTests)"),
            Map.entry("GET /api/v1/programmes/{id}", "programme fixtures missing (ProgrammeTests)"),
            Map.entry(
                    "GET /app/transfers",
                    "membership transfers, merged late: no fixture yet (MembershipTransferTests)"),
            Map.entry(
                    "GET /app/transfers/{id}",
                    "membership transfers, merged late: no fixture yet (MembershipTransferTests)"),
            Map.entry(
                    "POST /app/transfers/{id}/approve",
                    "write not yet represented in the matrix (MembershipTransferTests)"),
            Map.entry(
                    "POST /app/transfers/{id}/refuse",
                    "write not yet represented in the matrix (MembershipTransferTests)"),
            Map.entry("POST /api/v1/people", "write represented by POST /app/people/{id}/discipline"),
            Map.entry("GET /app/commitments/mine", "a member's own commitment, no target (CommitmentTests: own only)"),
            Map.entry("GET /app/commitments/{id}", "no commitment fixture yet (CommitmentTests: sibling cell 404)"),
            Map.entry("GET /app/directives/new", "issuer chosen on the form (DirectiveScreenTests)"),
            Map.entry(
                    "GET /app/directives/target-options/pick",
                    "needs a picked id under the issuer (DirectiveScreenTests)"),
            Map.entry(
                    "GET /app/directives/{id}/targets/{organizationId}",
                    "issued directive fixture missing (DirectiveTests)"),
            Map.entry(
                    "GET /app/directives/{id}/targets/{organizationId}/evidence/{fileId}",
                    "evidence fixture missing (DirectiveTests)"),
            Map.entry(
                    "GET /app/directives/{id}/targets/{organizationId}/sessions/{sessionId}/edit",
                    "session fixture missing (DisseminationCorrectionTests)"),
            Map.entry("GET /app/directives/{id}/tracking", "issued directive fixture missing (DirectiveTests)"),
            Map.entry("GET /app/evaluations/items/{id}", "evaluation item fixture missing (EvaluationTests)"),
            Map.entry("GET /app/initiatives/new", "owner chosen on the form (InitiativeTests)"),
            Map.entry("GET /app/initiatives/person-options", "picker within the caller's scope (InitiativeTests)"),
            Map.entry("GET /app/initiatives/theme-options", "picker within the caller's scope (InitiativeTests)"),
            Map.entry("GET /app/initiatives/{id}/adopter-options", "good-model fixture missing (InitiativeTests)"),
            Map.entry("GET /app/notifications/{id}", "one's own notification (NotificationController: mine only)"),
            Map.entry("GET /app/people/import/{id}", "import job fixture missing (PeopleImportTests)"),
            Map.entry(
                    "POST /app/people/import/{id}/run-again",
                    "only the job's owner, others 404 (ImportInterruptionTests)"),
            Map.entry("POST /app/people/import/{id}/confirm", OWNER_ONLY),
            Map.entry("POST /app/people/import/{id}/cancel", OWNER_ONLY),
            Map.entry("GET /app/people/import/{id}/errors.xlsx", OWNER_ONLY),
            Map.entry("POST /api/v1/people/imports", "write represented by POST /app/people/{id}/discipline"),
            Map.entry("GET /api/v1/people/imports/{id}", OWNER_ONLY),
            Map.entry("POST /api/v1/people/imports/{id}/confirm", OWNER_ONLY),
            Map.entry("GET /api/v1/people/imports/{id}/errors.xlsx", OWNER_ONLY),
            Map.entry("GET /app/programmes/new", "programme fixtures missing (ProgrammeTests)"),
            Map.entry("GET /app/programmes/{id}", "programme fixtures missing (ProgrammeTests)"),
            Map.entry("GET /app/recognition/award-forms", "reference data page (RecognitionTests)"),
            Map.entry("GET /app/recognition/movements/{id}", "movement fixture missing (RecognitionTests)"),
            Map.entry(
                    "GET /app/recognition/nominations/initiative-options",
                    "picker within the caller's scope (RecognitionTests)"),
            Map.entry("GET /app/recognition/nominations/new", "movement fixture missing (RecognitionTests)"),
            Map.entry(
                    "GET /app/recognition/nominations/person-options",
                    "picker within the caller's scope (RecognitionTests)"),
            Map.entry("GET /app/recognition/nominations/{id}/edit", "nomination fixture missing (RecognitionTests)"),
            Map.entry("POST /api/v1/commitments/{id}/assess", "write represented by POST /app/commitments/remind"),
            Map.entry("POST /api/v1/commitments/{id}/submit", "write represented by POST /app/commitments/remind"),
            Map.entry("POST /api/v1/directives", "write not yet represented in the matrix (DirectiveTests)"),
            Map.entry(
                    "POST /api/v1/directives/{id}/disseminations",
                    "write not yet represented in the matrix (DirectiveTests)"),
            Map.entry("POST /api/v1/directives/{id}/issue", "write not yet represented in the matrix (DirectiveTests)"),
            Map.entry("POST /api/v1/evaluation-rounds", "write not yet represented in the matrix (evaluation-rounds)"),
            Map.entry(
                    "POST /api/v1/evaluation-rounds/{id}/close",
                    "write not yet represented in the matrix (evaluation-rounds)"),
            Map.entry("POST /api/v1/initiatives", "write not yet represented in the matrix (InitiativeTests)"),
            Map.entry(
                    "POST /api/v1/initiatives/{id}/progress",
                    "write not yet represented in the matrix (InitiativeTests)"),
            Map.entry("POST /api/v1/movements", "write not yet represented in the matrix (RecognitionTests)"),
            Map.entry("POST /api/v1/nominations", "write not yet represented in the matrix (RecognitionTests)"),
            Map.entry(
                    "POST /api/v1/nominations/decisions", "write not yet represented in the matrix (RecognitionTests)"),
            Map.entry(
                    "POST /api/v1/nominations/{id}/decision",
                    "write not yet represented in the matrix (RecognitionTests)"),
            Map.entry(
                    "POST /api/v1/nominations/{id}/review",
                    "write not yet represented in the matrix (RecognitionTests)"),
            Map.entry("POST /api/v1/programmes", "write not yet represented in the matrix (ProgrammeTests)"),
            Map.entry(
                    "POST /api/v1/programmes/{id}/themes", "write not yet represented in the matrix (ProgrammeTests)"),
            Map.entry(
                    "POST /app/admin/accounts",
                    "write represented by POST /app/admin/accounts/{id}/sign-in-failures/clear"),
            Map.entry(
                    "POST /app/admin/accounts/{id}/enabled",
                    "write represented by POST /app/admin/accounts/{id}/sign-in-failures/clear"),
            Map.entry(
                    "POST /app/admin/accounts/{id}/grants",
                    "write represented by POST /app/admin/accounts/{id}/sign-in-failures/clear"),
            Map.entry(
                    "POST /app/admin/accounts/{id}/grants/{grantId}/revoke",
                    "write represented by POST /app/admin/accounts/{id}/sign-in-failures/clear"),
            Map.entry(
                    "POST /app/admin/accounts/{id}/password",
                    "write represented by POST /app/admin/accounts/{id}/sign-in-failures/clear"),
            Map.entry("POST /app/commitments/acknowledge", "write represented by POST /app/commitments/remind"),
            Map.entry(
                    "POST /app/commitments/mine",
                    "the caller's own account, session or records: signed in, no target (the auth suite)"),
            Map.entry("POST /app/commitments/{id}/assess", "write represented by POST /app/commitments/remind"),
            Map.entry("POST /app/commitments/{id}/close", "write represented by POST /app/commitments/remind"),
            Map.entry("POST /app/commitments/{id}/correct", "write represented by POST /app/commitments/remind"),
            Map.entry("POST /app/commitments/{id}/return", "write represented by POST /app/commitments/remind"),
            Map.entry(
                    "POST /app/commitments/{id}/self-assessment", "write represented by POST /app/commitments/remind"),
            Map.entry("POST /app/directives", "write not yet represented in the matrix (DirectiveTests)"),
            Map.entry("POST /app/directives/{id}", "write not yet represented in the matrix (DirectiveTests)"),
            Map.entry(
                    "POST /app/directives/{id}/attachments",
                    "write not yet represented in the matrix (DirectiveTests)"),
            Map.entry(
                    "POST /app/directives/{id}/attachments/{fileId}/delete",
                    "write not yet represented in the matrix (DirectiveTests)"),
            Map.entry("POST /app/directives/{id}/correct", "write not yet represented in the matrix (DirectiveTests)"),
            Map.entry("POST /app/directives/{id}/issue", "write not yet represented in the matrix (DirectiveTests)"),
            Map.entry(
                    "POST /app/directives/{id}/supersede", "write not yet represented in the matrix (DirectiveTests)"),
            Map.entry(
                    "POST /app/directives/{id}/targets/{organizationId}/remind",
                    "write not yet represented in the matrix (DirectiveTests)"),
            Map.entry(
                    "POST /app/directives/{id}/targets/{organizationId}/sessions",
                    "write not yet represented in the matrix (DirectiveTests)"),
            Map.entry(
                    "POST /app/directives/{id}/targets/{organizationId}/sessions/{sessionId}",
                    "write not yet represented in the matrix (DirectiveTests)"),
            Map.entry("POST /app/directives/{id}/withdraw", "write not yet represented in the matrix (DirectiveTests)"),
            Map.entry("POST /app/evaluations", "write not yet represented in the matrix (EvaluationTests)"),
            Map.entry(
                    "POST /app/evaluations/items/{id}/correction",
                    "write not yet represented in the matrix (EvaluationTests)"),
            Map.entry(
                    "POST /app/evaluations/items/{id}/decision",
                    "write not yet represented in the matrix (EvaluationTests)"),
            Map.entry(
                    "POST /app/evaluations/items/{id}/proposal",
                    "write not yet represented in the matrix (EvaluationTests)"),
            Map.entry(
                    "POST /app/evaluations/items/{id}/self-assessment",
                    "write not yet represented in the matrix (EvaluationTests)"),
            Map.entry(
                    "POST /app/evaluations/{roundId}/close",
                    "write not yet represented in the matrix (EvaluationTests)"),
            Map.entry(
                    "POST /app/evaluations/{roundId}/decisions",
                    "write not yet represented in the matrix (EvaluationTests)"),
            Map.entry(
                    "POST /app/evaluations/{roundId}/print/issue",
                    "write not yet represented in the matrix (EvaluationTests)"),
            Map.entry(
                    "POST /app/evaluations/{roundId}/proposals",
                    "write not yet represented in the matrix (EvaluationTests)"),
            Map.entry("POST /app/initiatives", "write not yet represented in the matrix (InitiativeTests)"),
            Map.entry("POST /app/initiatives/{id}", "write not yet represented in the matrix (InitiativeTests)"),
            Map.entry("POST /app/initiatives/{id}/adopt", "write not yet represented in the matrix (InitiativeTests)"),
            Map.entry(
                    "POST /app/initiatives/{id}/complete", "write not yet represented in the matrix (InitiativeTests)"),
            Map.entry(
                    "POST /app/initiatives/{id}/consent", "write not yet represented in the matrix (InitiativeTests)"),
            Map.entry(
                    "POST /app/initiatives/{id}/consent/withdraw",
                    "write not yet represented in the matrix (InitiativeTests)"),
            Map.entry(
                    "POST /app/initiatives/{id}/evaluate", "write not yet represented in the matrix (InitiativeTests)"),
            Map.entry(
                    "POST /app/initiatives/{id}/progress", "write not yet represented in the matrix (InitiativeTests)"),
            Map.entry(
                    "POST /app/initiatives/{id}/publish", "write not yet represented in the matrix (InitiativeTests)"),
            Map.entry(
                    "POST /app/initiatives/{id}/recognise",
                    "write not yet represented in the matrix (InitiativeTests)"),
            Map.entry("POST /app/initiatives/{id}/start", "write not yet represented in the matrix (InitiativeTests)"),
            Map.entry(
                    "POST /app/initiatives/{id}/unpublish",
                    "write not yet represented in the matrix (InitiativeTests)"),
            Map.entry(
                    "POST /app/notifications/{id}",
                    "one's own notification marked read (NotificationReadingTests: mine only, CSRF required)"),
            Map.entry(
                    "POST /app/notifications/read",
                    "the caller's own account, session or records: signed in, no target (the auth suite)"),
            Map.entry("POST /app/organizations", "write represented by POST /app/organizations/{id}/rename"),
            Map.entry(
                    "POST /app/organizations/{id}/committee", "write represented by POST /app/people/{id}/discipline"),
            Map.entry(
                    "POST /app/organizations/{id}/committee/{seat}/end",
                    "write represented by POST /app/people/{id}/discipline"),
            Map.entry(
                    "POST /app/organizations/{id}/discipline",
                    "write represented by POST /app/organizations/{id}/rename"),
            Map.entry(
                    "POST /app/organizations/{id}/dissolve",
                    "write represented by POST /app/organizations/{id}/rename"),
            Map.entry("POST /app/organizations/{id}/merge", "write represented by POST /app/organizations/{id}/rename"),
            Map.entry("POST /app/organizations/{id}/move", "write represented by POST /app/organizations/{id}/rename"),
            Map.entry("POST /app/organizations/{id}/terms", "write represented by POST /app/organizations/{id}/rename"),
            Map.entry("POST /app/people", "write represented by POST /app/people/{id}/discipline"),
            Map.entry("POST /app/people/import", "write represented by POST /app/people/{id}/discipline"),
            Map.entry("POST /app/people/{id}", "write represented by POST /app/people/{id}/discipline"),
            Map.entry("POST /app/people/{id}/transfer", "write represented by POST /app/people/{id}/discipline"),
            Map.entry(
                    "POST /app/profile/password",
                    "the caller's own account, session or records: signed in, no target (the auth suite)"),
            Map.entry(
                    "POST /app/profile/sessions/sign-out-others",
                    "the caller's own account, session or records: signed in, no target (the auth suite)"),
            Map.entry(
                    "POST /app/profile/tokens",
                    "the caller's own account, session or records: signed in, no target (the auth suite)"),
            Map.entry(
                    "POST /app/profile/tokens/{id}/revoke",
                    "the caller's own account, session or records: signed in, no target (the auth suite)"),
            Map.entry("POST /app/programmes", "write not yet represented in the matrix (ProgrammeTests)"),
            Map.entry("POST /app/programmes/{id}/themes", "write not yet represented in the matrix (ProgrammeTests)"),
            Map.entry(
                    "POST /app/recognition/award-forms", "write not yet represented in the matrix (RecognitionTests)"),
            Map.entry(
                    "POST /app/recognition/award-forms/{code}",
                    "write not yet represented in the matrix (RecognitionTests)"),
            Map.entry("POST /app/recognition/movements", "write not yet represented in the matrix (RecognitionTests)"),
            Map.entry(
                    "POST /app/recognition/movements/{id}",
                    "write not yet represented in the matrix (RecognitionTests)"),
            Map.entry(
                    "POST /app/recognition/movements/{id}/decision",
                    "write not yet represented in the matrix (RecognitionTests)"),
            Map.entry(
                    "POST /app/recognition/nominations", "write not yet represented in the matrix (RecognitionTests)"),
            Map.entry(
                    "POST /app/recognition/nominations/{id}",
                    "write not yet represented in the matrix (RecognitionTests)"),
            Map.entry(
                    "POST /app/recognition/nominations/{id}/decision",
                    "write not yet represented in the matrix (RecognitionTests)"),
            Map.entry(
                    "POST /app/recognition/nominations/{id}/exemplar",
                    "write not yet represented in the matrix (RecognitionTests)"),
            Map.entry(
                    "POST /app/recognition/nominations/{id}/exemplar/withdraw",
                    "write not yet represented in the matrix (RecognitionTests)"),
            Map.entry(
                    "POST /app/recognition/nominations/{id}/review",
                    "write not yet represented in the matrix (RecognitionTests)"),
            Map.entry(
                    "POST /app/scope",
                    "the caller's own account, session or records: signed in, no target (the auth suite)"),
            Map.entry(
                    "POST /app/session/keep-alive",
                    "the caller's own account, session or records: signed in, no target (the auth suite)"),
            Map.entry(
                    "PUT /api/v1/commitments/mine",
                    "the caller's own account, session or records: signed in, no target (the auth suite)"),
            Map.entry(
                    "PUT /api/v1/directives/{id}/disseminations/{sessionId}",
                    "write not yet represented in the matrix (DirectiveTests)"),
            Map.entry(
                    "PUT /api/v1/evaluations/{id}/decision",
                    "write not yet represented in the matrix (EvaluationTests)"),
            Map.entry(
                    "PUT /api/v1/evaluations/{id}/proposal",
                    "write not yet represented in the matrix (EvaluationTests)"),
            Map.entry(
                    "PUT /api/v1/evaluations/{id}/self-assessment",
                    "write not yet represented in the matrix (EvaluationTests)")));

    @Autowired
    ApplicationContext context;

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    MatrixFixtures fixtures;

    @BeforeAll
    void buildFixtures() {
        fixtures = MatrixFixtures.get(context);
    }

    static java.util.List<Route> matrix() {
        var routes = new ArrayList<Route>(AuthorizationMatrixTests.routes());
        routes.addAll(FeatureMatrixTests.routes());
        return routes;
    }

    /** {@code "GET /app/people/{id}"} for every method and pattern of every mapped handler. */
    Map<String, HandlerMethod> mapped() {
        var routes = new TreeMap<String, HandlerMethod>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e :
                mapping.getHandlerMethods().entrySet()) {
            var methods = e.getKey().getMethodsCondition().getMethods();
            for (String pattern : e.getKey().getPatternValues()) {
                if (methods.isEmpty()) {
                    routes.put("ANY " + pattern, e.getValue());
                }
                methods.forEach(m -> routes.put(m.name() + " " + pattern, e.getValue()));
            }
        }
        return routes;
    }

    @Test
    void everyMappedRouteHasAnEntry() {
        var asked = matrix().stream().map(Route::key).collect(Collectors.toSet());
        var missing = new TreeSet<String>();
        for (String route : mapped().keySet()) {
            if (!asked.contains(route) && !PUBLIC.contains(route) && !ELSEWHERE.containsKey(route)) {
                missing.add(route);
            }
        }
        assertThat(missing)
                .as("routes without an entry in the authorisation matrix")
                .isEmpty();
    }

    @Test
    void everyEntryIsAMappedRouteAndEachRequestReachesItsPattern() throws Exception {
        var mapped = mapped().keySet();
        var stale = new TreeSet<String>(ELSEWHERE.keySet());
        stale.addAll(PUBLIC);
        stale.removeAll(mapped);
        assertThat(stale)
                .as("entries for routes the application no longer maps")
                .isEmpty();
        for (var route : matrix()) {
            assertThat(mapped).as("mapped").contains(route.key());
            var request =
                    route.request().apply(fixtures, route.targets().get(0)).buildRequest(new MockServletContext());
            var chain = mapping.getHandler(request);
            assertThat(chain).as(route.key()).isNotNull();
            assertThat(request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE))
                    .as("the pattern the request of " + route.key() + " reaches")
                    .isEqualTo(route.pattern());
        }
    }

    /**
     * Every route whose path exports or prints a list is asked by the matrix, and a route that answers a file (a body
     * of bytes, or the servlet response written by hand) is asked or named with its reason; each export or print is
     * refused to the read-only leader, the editor and a member, who hold no {@code EXPORT_…} capability, wherever
     * they ask.
     */
    @Test
    void everyDownloadIsAskedAndEveryExportIsRefusedByDefault() {
        var asked = matrix().stream().map(Route::key).collect(Collectors.toSet());
        var unasked = new TreeSet<String>();
        mapped().forEach((route, handler) -> {
            boolean file = handler.getMethod().getReturnType() == ResponseEntity.class
                            && handler.getMethod()
                                    .getGenericReturnType()
                                    .getTypeName()
                                    .contains("byte[]")
                    || java.util.Arrays.stream(handler.getMethod().getParameterTypes())
                            .anyMatch(jakarta.servlet.http.HttpServletResponse.class::isAssignableFrom);
            if (isExport(route) && !asked.contains(route)
                    || file && !asked.contains(route) && !ELSEWHERE.containsKey(route) && !PUBLIC.contains(route)) {
                unasked.add(route + " → " + ELSEWHERE.getOrDefault(route, "no entry"));
            }
        });
        assertThat(unasked).as("downloads the matrix does not ask").isEmpty();
        for (var route : matrix()) {
            if (!isExport(route.key())) {
                continue;
            }
            for (var actor : AuthorizationMatrix.ACTORS) {
                if (actor.role() == Role.VIEWER || actor.role() == Role.EDITOR || actor.role() == null) {
                    for (var target : route.targets()) {
                        assertThat(route.rule().expected(actor, target))
                                .as(actor.name() + " " + route.key() + " @" + target)
                                .isEqualTo(403);
                    }
                }
            }
        }
    }

    static boolean isExport(String route) {
        return route.endsWith("/export") || route.endsWith("/print");
    }

    /** The roles table the matrix derives its answers from is the one the code grants: neither drifts alone. */
    @Test
    void theCapabilitiesAreTheOnesTheReadmeGivesEachRole() {
        for (var capability : Capability.values()) {
            var holders = java.util.EnumSet.noneOf(Role.class);
            AuthorizationMatrix.README_GRANTS.forEach((role, capabilities) -> {
                if (capabilities.contains(capability)) {
                    holders.add(role);
                }
            });
            assertThat(Set.of(capability.roles())).as(capability.name()).isEqualTo(holders);
        }
        var exports = java.util.Arrays.stream(Capability.values())
                .filter(c -> c.name().startsWith("EXPORT_"))
                .toList();
        assertThat(exports).isNotEmpty();
        var viewer = new Actor("viewer", Role.VIEWER, "city");
        var editor = new Actor("editor", Role.EDITOR, "city");
        assertThat(exports).noneMatch(viewer::holdsAnywhere).noneMatch(editor::holdsAnywhere);
    }
}
