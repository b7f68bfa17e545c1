package vn.lamtheobac;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.lamtheobac.identity.AccountCommands.CreateAccount;
import vn.lamtheobac.identity.AccountCommands.GrantRole;
import vn.lamtheobac.identity.AccountManagement;
import vn.lamtheobac.organization.OrganizationCommands.CreateOrganization;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.people.Gender;
import vn.lamtheobac.people.PersonCategory;
import vn.lamtheobac.people.PersonCommands.PersonDetails;
import vn.lamtheobac.people.PersonCommands.RegisterPerson;
import vn.lamtheobac.people.PersonManagement;
import vn.lamtheobac.shared.Role;
import vn.lamtheobac.shared.Scope;

/**
 * A small organisation tree with people and one account per role, built through the modules' own services. Each call
 * to {@link #create} builds a fresh tree under a new root with unique names, so test classes sharing the database do
 * not see each other's data.
 *
 * <pre>
 * city (PROVINCIAL)                 officer, viewer, editor, admin
 *  ├─ wardA (COMMUNE)               wardSecretary
 *  │   └─ schoolA (GRASSROOTS)
 *  │       ├─ cellA1 (CELL)         cellSecretary, member (own record only) + 3 people
 *  │       └─ cellA2 (CELL)         3 people (siblings of cellA1)
 *  └─ wardB (COMMUNE)
 *      └─ cellB1 (GRASSROOTS_CELL)  3 people
 * </pre>
 */
public final class TestTree {

    public static final String PASSWORD = "Mat-khau-thu-nghiem-2025";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final AtomicInteger NUMBERS = new AtomicInteger((int) (System.nanoTime() % 1_000_000));

    public final String tag;
    public final long city;
    public final long wardA;
    public final long schoolA;
    public final long cellA1;
    public final long cellA2;
    public final long wardB;
    public final long cellB1;
    public final long memberA1;
    public final long secretaryA1;
    public final long personA1;
    public final long personA2;
    public final long personB1;
    public final Scope system;

    private final ApplicationContext context;

    private TestTree(ApplicationContext context) {
        this.context = context;
        var organizations = context.getBean(OrganizationManagement.class);
        var people = context.getBean(PersonManagement.class);
        tag = "t" + SEQUENCE.incrementAndGet() + "x" + Long.toString(System.nanoTime() % 100_000, 36);
        city = organizations.create(
                new CreateOrganization(null, "PROVINCIAL_COMMITTEE", "Thành ủy thử " + tag, "TU"),
                Scope.system(List.of(0L)));
        system = Scope.system(List.of(city));
        wardA = organizations.create(
                new CreateOrganization(city, "COMMUNE_COMMITTEE", "Đảng bộ phường An " + tag, "ĐU"), system);
        schoolA = organizations.create(
                new CreateOrganization(wardA, "GRASSROOTS_COMMITTEE", "Đảng bộ Trường " + tag, null), system);
        cellA1 = organizations.create(new CreateOrganization(schoolA, "CELL", "Chi bộ Giáo viên " + tag, null), system);
        cellA2 = organizations.create(new CreateOrganization(schoolA, "CELL", "Chi bộ Văn phòng " + tag, null), system);
        var term = new vn.lamtheobac.organization.OrganizationCommands.AddCommitteeTerm(
                city, "2025–2030", LocalDate.of(2025, 1, 1), LocalDate.of(2030, 12, 31));
        organizations.addTerm(term, system);
        organizations.addTerm(
                new vn.lamtheobac.organization.OrganizationCommands.AddCommitteeTerm(
                        wardA, "2025–2030", LocalDate.of(2025, 1, 1), LocalDate.of(2030, 12, 31)),
                system);
        wardB = organizations.create(
                new CreateOrganization(city, "COMMUNE_COMMITTEE", "Đảng bộ phường Bình " + tag, "ĐU"), system);
        cellB1 = organizations.create(
                new CreateOrganization(wardB, "GRASSROOTS_CELL", "Chi bộ khu vực 1 " + tag, null), system);
        memberA1 = person(people, cellA1, "Nguyễn Văn An");
        secretaryA1 = person(people, cellA1, "Trần Thị Bình");
        personA1 = person(people, cellA1, "Lê Văn Đức");
        personA2 = person(people, cellA2, "Phạm Thị Hoa");
        person(people, cellA2, "Võ Minh Khang");
        personB1 = person(people, cellB1, "Đặng Quốc Việt");
        person(people, cellB1, "Huỳnh Thị Yến");
        account("admin", null, Role.ADMIN, city);
        account("officer", null, Role.OFFICER, city);
        account("viewer", null, Role.VIEWER, city);
        account("editor", null, Role.EDITOR, city);
        account("wardsec", null, Role.SECRETARY, wardA);
        account("cellsec", secretaryA1, Role.SECRETARY, cellA1);
        account("member", memberA1, null, 0);
        account("officerb", null, Role.OFFICER, wardB);
    }

    public static TestTree create(ApplicationContext context) {
        return new TestTree(context);
    }

    /** The username of this tree's account for {@code role} (admin, officer, viewer, editor, wardsec, cellsec, member, officerb). */
    public String username(String role) {
        return role + "." + tag;
    }

    /** The signed-in principal of one of this tree's accounts, for MockMvc's {@code user(…)}. */
    public UserDetails user(String role) {
        return context.getBean(UserDetailsService.class).loadUserByUsername(username(role));
    }

    /** The scope one of this tree's accounts has, as the web layer would build it. */
    public Scope scope(String role) {
        var scopes = context.getBean(vn.lamtheobac.identity.CurrentScope.class);
        var principal = user(role);
        return scopes.of(
                new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
                        principal, null, principal.getAuthorities()),
                null);
    }

    /** A unique 12-digit national ID. */
    public static String nationalId() {
        return String.format("0920%08d", NUMBERS.incrementAndGet() % 100_000_000);
    }

    /** A unique party card number. */
    public static String cardNumber() {
        return String.format("93%08d", NUMBERS.incrementAndGet() % 100_000_000);
    }

    private long person(PersonManagement people, long organization, String name) {
        return people.register(
                new RegisterPerson(
                        new PersonDetails(
                                PersonCategory.PARTY_MEMBER_OFFICIAL,
                                name,
                                name.contains(" Thị ") ? Gender.FEMALE : Gender.MALE,
                                LocalDate.of(1980, 5, 17),
                                nationalId(),
                                cardNumber(),
                                LocalDate.of(2005, 3, 2),
                                "Đảng viên",
                                null,
                                null),
                        organization,
                        LocalDate.of(2020, 1, 1)),
                system);
    }

    private void account(String role, Long personId, Role granted, long organization) {
        var accounts = context.getBean(AccountManagement.class);
        long id = accounts.createAccount(new CreateAccount(username(role), role + " " + tag, personId, PASSWORD));
        if (granted != null) {
            accounts.grantRole(new GrantRole(id, granted, organization));
        }
    }
}
