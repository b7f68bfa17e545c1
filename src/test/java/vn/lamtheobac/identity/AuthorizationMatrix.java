package vn.lamtheobac.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.HandlerMapping;
import vn.lamtheobac.shared.Capability;
import vn.lamtheobac.shared.Role;

/**
 * The shared part of the authorisation matrix: the roles of {@link vn.lamtheobac.TestTree}, what each holds as the
 * README's roles table says it (never read from the code), the rules that turn a route's requirement into the answer
 * each role must get on a target in its own subtree, a sibling's or an ancestor's, and the run of one case.
 *
 * <p>Each matrix class lists its routes as {@link Route}s, by the exact pattern the application maps; {@code
 * RouteInventoryTests} fails when a mapped route is in no list, and every case checks that its request reaches the
 * pattern it claims.
 */
final class AuthorizationMatrix {

    private AuthorizationMatrix() {}

    /** Which organisations each organisation's subtree contains (the fixed shape of {@link vn.lamtheobac.TestTree}). */
    static final Map<String, Set<String>> SUBTREE = Map.of(
            "city", Set.of("city", "wardA", "schoolA", "cellA1", "cellA2", "wardB", "cellB1"),
            "wardA", Set.of("wardA", "schoolA", "cellA1", "cellA2"),
            "cellA1", Set.of("cellA1"),
            "wardB", Set.of("wardB", "cellB1"));

    /**
     * What a grant of each role carries at its committee, as the README's roles table describes it: the read-only
     * leader reads and exports nothing; the portal's editor sees the organisation tree only, with no capability over
     * people, documents or registers; a secretary does everything but change the tree.
     */
    static final Map<Role, Set<Capability>> README_GRANTS = Map.of(
            Role.ADMIN, EnumSet.allOf(Capability.class),
            Role.OFFICER, EnumSet.allOf(Capability.class),
            Role.SECRETARY, EnumSet.complementOf(EnumSet.of(Capability.CHANGE_TREE)),
            Role.VIEWER, EnumSet.of(Capability.READ),
            Role.EDITOR, EnumSet.noneOf(Capability.class));

    /** A role under test: its grant's role and where the grant is ({@code null}: a member without a grant). */
    record Actor(String name, Role role, String root) {

        /** Whether the organisation lies in the subtree of the actor's grant, whatever its role (the tree's scope). */
        boolean reaches(String organization) {
            return root != null && SUBTREE.get(root).contains(organization);
        }

        boolean holds(Capability capability, String organization) {
            return reaches(organization) && holdsAnywhere(capability);
        }

        boolean holdsAnywhere(Capability capability) {
            return role != null && README_GRANTS.get(role).contains(capability);
        }

        boolean reads(String organization) {
            return holds(Capability.READ, organization);
        }

        boolean admin() {
            return role == Role.ADMIN;
        }
    }

    static final List<Actor> ACTORS = List.of(
            new Actor("admin", Role.ADMIN, "city"),
            new Actor("officer", Role.OFFICER, "city"),
            new Actor("viewer", Role.VIEWER, "city"),
            new Actor("editor", Role.EDITOR, "city"),
            new Actor("wardsec", Role.SECRETARY, "wardA"),
            new Actor("cellsec", Role.SECRETARY, "cellA1"),
            new Actor("member", null, null),
            new Actor("officerb", Role.OFFICER, "wardB"));

    /** Own subtree, sibling subtree and ancestor, as seen from the cell secretary of cellA1 and the ward A secretary. */
    static final List<String> ORGANIZATIONS = List.of("cellA1", "cellA2", "wardA", "wardB", "city");

    /**
     * What a case targets: an organisation, or a record {@code owner} by one and seen from {@code seenFrom} (a
     * directive is also seen from its targets). {@code key} names it in the fixtures.
     */
    record Target(String key, String owner, Set<String> seenFrom) {

        static Target organization(String key) {
            return new Target(key, key, Set.of(key));
        }

        /** Whether the actor reads the record: it reads one of the organisations the record is seen from. */
        boolean readBy(Actor actor) {
            return seenFrom.stream().anyMatch(actor::reads);
        }

        @Override
        public String toString() {
            return key;
        }
    }

    /** The answer a route owes an actor on a target, from the grants alone. */
    @FunctionalInterface
    interface Rule {
        int expected(Actor actor, Target target);
    }

    /**
     * Data of a subtree (people, documents, models…): out of what the actor reads it does not exist (404); read but
     * without {@code capability} over its owner, 403; else {@code ok}.
     */
    static Rule data(Capability capability, int ok) {
        return (a, t) -> !t.readBy(a) ? 404 : a.holds(capability, t.owner()) ? ok : 403;
    }

    static Rule reads() {
        return data(Capability.READ, 200);
    }

    /** The organisation tree itself, which every grant sees (the portal's editor too). */
    static Rule tree(Capability capability, int ok) {
        return (a, t) -> !a.reaches(t.owner()) ? 404 : capability == null || a.holds(capability, t.owner()) ? ok : 403;
    }

    /**
     * A list taken out of the system: 403 to whoever holds the export capability nowhere (the answer says nothing
     * about the target); 200 over the subtrees where it is held; a target read without it, 403; else 404.
     */
    static Rule export(Capability capability) {
        return (a, t) ->
                !a.holdsAnywhere(capability) ? 403 : a.holds(capability, t.owner()) ? 200 : t.readBy(a) ? 403 : 404;
    }

    /** Anyone signed in, with or without a grant. */
    static Rule signedIn(int ok) {
        return (a, t) -> ok;
    }

    static Rule adminOnly(int ok) {
        return (a, t) -> a.admin() ? ok : 403;
    }

    /** A mapped route, the rule it answers by, the targets it is tried on and how to ask for one. */
    record Route(
            String method,
            String pattern,
            Rule rule,
            List<Target> targets,
            BiFunction<MatrixFixtures, Target, MockHttpServletRequestBuilder> request) {

        String key() {
            return method + " " + pattern;
        }
    }

    static List<Target> organizations() {
        return ORGANIZATIONS.stream().map(Target::organization).toList();
    }

    static final List<Target> NONE = List.of(Target.organization("city"));

    record Case(String actor, Route route, Target target, int expected) {
        @Override
        public String toString() {
            return actor + " " + route.key() + " @" + target + " → " + expected;
        }
    }

    static Stream<Arguments> cases(List<Route> routes) {
        var cases = new ArrayList<Case>();
        for (var route : routes) {
            for (var actor : ACTORS) {
                for (var target : route.targets()) {
                    cases.add(new Case(actor.name(), route, target, route.rule().expected(actor, target)));
                }
            }
        }
        return cases.stream().map(Arguments::of);
    }

    /** Runs one case: the answer is the expected one, and the request reached the pattern the route claims. */
    static void check(MockMvc mvc, MatrixFixtures fixtures, Case c) throws Exception {
        var result = mvc.perform(
                        c.route().request().apply(fixtures, c.target()).with(user(fixtures.tree.user(c.actor()))))
                .andReturn();
        assertThat(result.getResponse().getStatus()).as(c.toString()).isEqualTo(c.expected());
        // a request the security filters refuse never reaches a handler; RouteInventoryTests resolves every route
        Object pattern = result.getRequest().getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        if (pattern != null) {
            assertThat(pattern)
                    .as("the pattern reached by " + c)
                    .isEqualTo(c.route().pattern());
        }
    }
}
