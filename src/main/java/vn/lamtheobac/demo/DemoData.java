package vn.lamtheobac.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lamtheobac.demo.DemoTree.Kind;
import vn.lamtheobac.demo.DemoTree.Unit;
import vn.lamtheobac.demo.DemoTree.Upper;
import vn.lamtheobac.identity.AccountCommands.CreateAccount;
import vn.lamtheobac.identity.AccountCommands.GrantRole;
import vn.lamtheobac.identity.AccountManagement;
import vn.lamtheobac.organization.OrganizationCommands.AddCommitteeTerm;
import vn.lamtheobac.organization.OrganizationCommands.CreateOrganization;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.people.DisciplineForm;
import vn.lamtheobac.people.PersonCategory;
import vn.lamtheobac.people.PersonCommands.RecordDiscipline;
import vn.lamtheobac.people.PersonCommands.RegisterPerson;
import vn.lamtheobac.people.PersonManagement;
import vn.lamtheobac.shared.Role;
import vn.lamtheobac.shared.Scope;
import vn.lamtheobac.shared.VietnamTime;
import vn.lamtheobac.shared.db.EmbeddedDatabase;

/**
 * Generates the demo on the first start with an empty database: the party organisation of Cần Thơ city after the 2025
 * reorganisation (the city committee; ward, commune and affiliated committees; grassroots committees with their cells
 * and grassroots cells), their committee terms, about 3,000 people, a few discipline records and one account per role,
 * all with the password {@value #PASSWORD}. It runs when {@code lamtheobac.demo.enabled} is true, or when it is unset
 * and the application runs on its embedded PostgreSQL, and only while no root organisation exists. Everything is
 * written in one transaction: a failure leaves the database empty, and the next start tries again. Every choice comes
 * from a {@link Random} seeded with {@code lamtheobac.demo.seed}, so the same seed gives the same organisations, people
 * and accounts; dates are set relative to the day of generation so that they stay plausible.
 */
@Component
@Order(100)
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "LamTheoBac@2025";

    static final String ROOT_NAME = "Đảng bộ thành phố Cần Thơ";
    static final String DEMO_WARD = "Đảng bộ phường Ninh Kiều";
    static final String DEMO_CELL = "Chi bộ Ủy ban nhân dân phường Ninh Kiều";
    static final String DEMO_SCHOOL = "Đảng bộ Trường THPT Châu Văn Liêm";
    static final String WARD_SECRETARY = "Bí thư Đảng ủy phường";
    static final String CELL_SECRETARY = "Bí thư chi bộ";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private static final int TARGET_PEOPLE = 3_000;
    private static final String TERM_NAME = "Nhiệm kỳ 2025–2030";
    private static final LocalDate CITY_TERM_STARTS_ON = LocalDate.of(2025, 9, 27);

    /** Two-level local government since 1 July 2025: people moved to the new wards' and communes' organisations. */
    static final LocalDate REORGANISED_ON = LocalDate.of(2025, 7, 1);

    private static final LocalDate DISCIPLINE_FROM = LocalDate.of(2025, 8, 1);
    private static final LocalDate DISCIPLINE_UNTIL = LocalDate.of(2026, 12, 31);

    private final OrganizationManagement organizations;
    private final PersonManagement people;
    private final AccountManagement accounts;
    private final DemoProperties properties;
    private final ObjectProvider<EmbeddedDatabase> embeddedDatabase;
    private final TransactionTemplate transactions;
    private final DemoProgramme programme;
    private final DemoCommitments demoCommitments;
    private final DemoEvaluations demoEvaluations;
    private final DemoInitiatives demoInitiatives;
    private final DemoRecognition demoRecognition;
    private final DemoCommittees demoCommittees;
    private final Clock clock;

    DemoData(
            OrganizationManagement organizations,
            PersonManagement people,
            AccountManagement accounts,
            DemoProperties properties,
            ObjectProvider<EmbeddedDatabase> embeddedDatabase,
            TransactionTemplate transactions,
            DemoProgramme programme,
            DemoCommitments demoCommitments,
            DemoEvaluations demoEvaluations,
            DemoInitiatives demoInitiatives,
            DemoRecognition demoRecognition,
            DemoCommittees demoCommittees,
            Clock clock) {
        this.organizations = organizations;
        this.people = people;
        this.accounts = accounts;
        this.properties = properties;
        this.embeddedDatabase = embeddedDatabase;
        this.transactions = transactions;
        this.programme = programme;
        this.demoCommitments = demoCommitments;
        this.demoEvaluations = demoEvaluations;
        this.demoInitiatives = demoInitiatives;
        this.demoRecognition = demoRecognition;
        this.demoCommittees = demoCommittees;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled()) {
            log.debug("Demo data disabled");
            return;
        }
        if (!organizations.rootIds().isEmpty()) {
            log.debug("Demo data skipped: the database already holds an organisation tree");
            return;
        }
        log.info("Generating demo data (seed {}); this takes a little while", properties.seed());
        long started = System.nanoTime();
        DemoSummary summary =
                transactions.execute(status -> new Generation(properties.seed(), VietnamTime.today(clock)).run());
        log.info(summary.describe(properties.seed(), (System.nanoTime() - started) / 1_000_000));
    }

    private boolean enabled() {
        Boolean enabled = properties.enabled();
        return enabled != null ? enabled : embeddedDatabase.getIfAvailable() != null;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Generation
    // ---------------------------------------------------------------------------------------------------------------

    /** An organisation people belong to directly: a cell or a grassroots cell. */
    private record Seat(
            long id,
            String name,
            Kind kind,
            Upper upper,
            long upperId,
            List<String> leaders,
            Map<String, Long> committees) {

        /** The organisation whose committee a leader's position is a seat on: a higher committee's, else this cell's. */
        long committeeOf(String position) {
            return committees.getOrDefault(position, id);
        }
    }

    /** A registered person, as the generator remembers them. */
    private record Member(
            long id,
            String fullName,
            PersonCategory category,
            String position,
            boolean ordinary,
            Seat seat,
            LocalDate joinedOn) {}

    /** One run of the generator: its random source, what it has created so far, and how it invents people. */
    private final class Generation {

        private final Random random;
        private final DemoPersons persons;
        private final LocalDate today;
        private final List<Member> members = new ArrayList<>();
        private Scope scope;
        private int organizationCount;

        Generation(long seed, LocalDate today) {
            this.random = new Random(seed);
            this.persons = new DemoPersons(random, new VietnameseNameGenerator(random), today);
            this.today = today;
        }

        DemoSummary run() {
            long rootId = createOrganization(null, "PROVINCIAL_COMMITTEE", ROOT_NAME, "TU", Scope.system(List.of(0L)));
            scope = Scope.system(List.of(rootId));
            organizations.addTerm(
                    new AddCommitteeTerm(rootId, TERM_NAME, CITY_TERM_STARTS_ON, CITY_TERM_STARTS_ON.plusYears(5)),
                    scope);

            List<Seat> seats = createTree(rootId);
            int[] sizes = sizes(seats);
            for (int i = 0; i < seats.size(); i++) {
                populate(seats.get(i), sizes[i]);
            }

            Seat demoCell = seats.stream()
                    .filter(s -> s.upper().name().equals(DEMO_WARD) && s.name().equals(DEMO_CELL))
                    .findFirst()
                    .orElseThrow();
            Member wardSecretary = find(m ->
                            m.seat().upper() == demoCell.upper() && m.position().equals(WARD_SECRETARY))
                    .orElseThrow();
            Member cellSecretary = find(m ->
                            m.seat() == demoCell && m.position().equals(CELL_SECRETARY))
                    .orElseThrow();
            Member ordinaryMember = find(m -> m.seat() == demoCell
                            && m.ordinary()
                            && m.category() == PersonCategory.PARTY_MEMBER_OFFICIAL)
                    .orElseGet(() -> register(demoCell, PersonCategory.PARTY_MEMBER_OFFICIAL, null));

            int disciplines = discipline(demoCell, ordinaryMember);
            List<DemoSummary.Account> accounts =
                    createAccounts(rootId, demoCell, wardSecretary, cellSecretary, ordinaryMember);
            programme.generate(rootId, scope, properties.seed(), today);
            demoInitiatives.generate(rootId, scope, properties.seed(), today);
            // the demo member has not written this year's commitment: the journey of a commitment starts with them
            long ward = organizations
                    .findByName(DemoProgramme.WARD, scope, Role.ADMIN)
                    .get(0)
                    .id();
            demoEvaluations.generate(
                    rootId, ward, today.getYear(), scope, properties.seed(), java.util.Set.of(ordinaryMember.id()));
            demoCommitments.generate(
                    rootId, today.getYear(), scope, properties.seed(), java.util.Set.of(ordinaryMember.id()));
            demoRecognition.generate(rootId, scope, properties.seed(), today, java.util.Set.of(ordinaryMember.id()));

            var counts = new EnumMap<PersonCategory, Integer>(PersonCategory.class);
            members.forEach(m -> counts.merge(m.category(), 1, Integer::sum));
            return new DemoSummary(organizationCount, seats.size(), counts, disciplines, accounts);
        }

        private List<Seat> createTree(long rootId) {
            var seats = new ArrayList<Seat>();
            for (Upper upper : DemoTree.tree()) {
                long upperId = createOrganization(rootId, upper.typeCode(), upper.name(), "ĐU", scope);
                addTerm(upperId, upper.termStartsOn());
                boolean firstOfUpper = true;
                for (Unit unit : upper.units()) {
                    long unitId = createOrganization(
                            upperId,
                            unit.isCommittee() ? "GRASSROOTS_COMMITTEE" : "GRASSROOTS_CELL",
                            unit.name(),
                            unit.isCommittee() ? "ĐU" : "CB",
                            scope);
                    addTerm(unitId, persons.between(LocalDate.of(2025, 4, 10), LocalDate.of(2025, 6, 25)));
                    var leaders = new ArrayList<String>();
                    var committees = new HashMap<String, Long>();
                    if (firstOfUpper) {
                        leaders.addAll(upper.leaders());
                        upper.leaders().forEach(l -> committees.put(l, l.contains("Thành ủy") ? rootId : upperId));
                        firstOfUpper = false;
                    }
                    leaders.addAll(unit.leaders());
                    unit.leaders().forEach(l -> committees.put(l, unitId));
                    if (unit.isCommittee()) {
                        for (String cellName : unit.cells()) {
                            long cellId = createOrganization(unitId, "CELL", cellName, "CB", scope);
                            seats.add(new Seat(
                                    cellId,
                                    cellName,
                                    unit.kind(),
                                    upper,
                                    upperId,
                                    List.copyOf(leaders),
                                    Map.copyOf(committees)));
                            leaders.clear();
                            committees.clear();
                        }
                    } else {
                        seats.add(new Seat(
                                unitId,
                                unit.name(),
                                unit.kind(),
                                upper,
                                upperId,
                                List.copyOf(leaders),
                                Map.copyOf(committees)));
                    }
                }
            }
            return seats;
        }

        private long createOrganization(Long parentId, String typeCode, String name, String abbreviation, Scope as) {
            organizationCount++;
            return organizations.create(new CreateOrganization(parentId, typeCode, name, abbreviation), as);
        }

        private void addTerm(long organizationId, LocalDate startsOn) {
            organizations.addTerm(
                    new AddCommitteeTerm(organizationId, TERM_NAME, startsOn, startsOn.plusYears(5)), scope);
        }

        /** Members per seat: a size drawn by kind, scaled so that the whole demo holds about 3,000 people. */
        private int[] sizes(List<Seat> seats) {
            int[] weights = new int[seats.size()];
            long sum = 0;
            for (int i = 0; i < weights.length; i++) {
                weights[i] = switch (seats.get(i).kind()) {
                    case URBAN, RURAL -> 25 + random.nextInt(31);
                    case OFFICE -> 12 + random.nextInt(19);
                    case SCHOOL -> 10 + random.nextInt(13);
                    case HOSPITAL -> 15 + random.nextInt(21);
                    case POLICE -> 18 + random.nextInt(23);
                };
                sum += weights[i];
            }
            int[] sizes = new int[weights.length];
            for (int i = 0; i < weights.length; i++) {
                int minimum = leadership(seats.get(i), 30).size() + 6;
                sizes[i] = Math.max(minimum, (int) Math.round(weights[i] * (double) TARGET_PEOPLE / sum));
            }
            return sizes;
        }

        /** The positions filled first in a seat: higher committees' leaders, then the cell's own committee. */
        private List<String> leadership(Seat seat, int size) {
            var positions = new ArrayList<>(seat.leaders());
            positions.add(CELL_SECRETARY);
            positions.add("Phó Bí thư chi bộ");
            positions.addAll(Collections.nCopies(size >= 30 ? 3 : 1, "Chi ủy viên"));
            if (seat.kind() == Kind.URBAN) {
                positions.add("Trưởng khu vực");
            } else if (seat.kind() == Kind.RURAL) {
                positions.add("Trưởng ấp");
            }
            return positions;
        }

        private void populate(Seat seat, int size) {
            List<String> leadership = leadership(seat, size);
            for (int i = 0; i < size; i++) {
                if (i < leadership.size()) {
                    register(seat, PersonCategory.PARTY_MEMBER_OFFICIAL, leadership.get(i));
                } else {
                    register(seat, category(seat.kind()), null);
                }
            }
        }

        private PersonCategory category(Kind kind) {
            int roll = random.nextInt(100);
            if (roll < 65) {
                return PersonCategory.PARTY_MEMBER_OFFICIAL;
            } else if (roll < 74) {
                return PersonCategory.PARTY_MEMBER_PROBATIONARY;
            } else if (roll < 88) {
                return PersonCategory.CIVIL_SERVANT;
            } else if (roll < 95 || kind == Kind.POLICE) {
                return PersonCategory.UNION_MEMBER;
            }
            return PersonCategory.ASSOCIATION_MEMBER;
        }

        /** Invents and registers one person; {@code position} is {@code null} for an ordinary member. */
        private Member register(Seat seat, PersonCategory category, String position) {
            boolean leader = position != null;
            var invented = persons.invent(seat.kind(), seat.id(), category, position);
            var details = invented.details();
            LocalDate joinedOn = invented.joinedOn();
            String job = details.position();
            long id = people.register(new RegisterPerson(details, seat.id(), joinedOn), scope);
            var member = new Member(id, details.fullName(), category, job, !leader, seat, joinedOn);
            members.add(member);
            if (leader) {
                demoCommittees.seat(id, position, seat.committeeOf(position), scope);
            }
            return member;
        }

        /**
         * A handful of discipline records: reprimands (one in the demo cell, not on the demo party member) and two
         * warnings on members of offices, decided since the new committees took office.
         */
        private int discipline(Seat demoCell, Member spared) {
            LocalDate until = today.minusDays(1).isBefore(DISCIPLINE_UNTIL) ? today.minusDays(1) : DISCIPLINE_UNTIL;
            LocalDate from = DISCIPLINE_FROM.isAfter(until) ? until : DISCIPLINE_FROM;
            var reprimands = new ArrayList<>(DemoPersons.REPRIMANDS);
            var warnings = new ArrayList<>(DemoPersons.WARNINGS);
            Collections.shuffle(reprimands, random);
            Collections.shuffle(warnings, random);

            Predicate<Member> candidate = m -> m.ordinary()
                    && m.category() == PersonCategory.PARTY_MEMBER_OFFICIAL
                    && m.id() != spared.id()
                    && m.joinedOn().isBefore(until);
            Predicate<Member> inDemoCell = candidate.and(m -> m.seat() == demoCell);
            var chosen = new ArrayList<Member>();
            chosen.add(pickMember(members.stream().anyMatch(inDemoCell) ? inDemoCell : candidate, chosen));
            for (int i = 1; i < reprimands.size(); i++) {
                chosen.add(pickMember(candidate, chosen));
            }
            for (int i = 0; i < 2; i++) {
                chosen.add(pickMember(candidate.and(m -> m.seat().kind() == Kind.OFFICE), chosen));
            }
            for (int i = 0; i < chosen.size(); i++) {
                Member member = chosen.get(i);
                boolean warning = i >= reprimands.size();
                String reason = warning ? warnings.get(i - reprimands.size()) : reprimands.get(i);
                String decidedBy = warning
                        ? "Ủy ban Kiểm tra " + member.seat().upper().name().replaceFirst("^Đảng bộ", "Đảng ủy")
                        : member.seat().name();
                people.recordDiscipline(
                        new RecordDiscipline(
                                member.id(),
                                warning ? DisciplineForm.WARNING : DisciplineForm.REPRIMAND,
                                persons.between(member.joinedOn().isAfter(from) ? member.joinedOn() : from, until),
                                reason,
                                decidedBy),
                        scope);
            }
            return chosen.size();
        }

        private Member pickMember(Predicate<Member> filter, List<Member> taken) {
            List<Member> candidates = members.stream()
                    .filter(filter)
                    .filter(m -> !taken.contains(m))
                    .toList();
            return candidates.get(random.nextInt(candidates.size()));
        }

        private List<DemoSummary.Account> createAccounts(
                long rootId, Seat demoCell, Member wardSecretary, Member cellSecretary, Member ordinaryMember) {
            var created = new ArrayList<DemoSummary.Account>();
            account(created, "admin", "Quản trị hệ thống", null, Role.ADMIN, rootId, ROOT_NAME);
            account(created, "thanhuy.vp", "Văn phòng Thành ủy", null, Role.OFFICER, rootId, ROOT_NAME);
            account(created, "thanhuy.xem", "Lãnh đạo Thành ủy (xem)", null, Role.VIEWER, rootId, ROOT_NAME);
            account(created, "bientap", "Biên tập viên Cổng thông tin", null, Role.EDITOR, rootId, ROOT_NAME);
            account(
                    created,
                    "phuong.bithu",
                    wardSecretary.fullName(),
                    wardSecretary.id(),
                    Role.SECRETARY,
                    demoCell.upperId(),
                    DEMO_WARD);
            account(
                    created,
                    "chibo.bithu",
                    cellSecretary.fullName(),
                    cellSecretary.id(),
                    Role.SECRETARY,
                    demoCell.id(),
                    demoCell.name());
            account(created, "dangvien", ordinaryMember.fullName(), ordinaryMember.id(), null, 0, null);
            // every level does its own part: the ward's office, and the secretary of a grassroots committee in the ward
            account(
                    created,
                    "phuong.vp",
                    "Văn phòng Đảng ủy phường Ninh Kiều",
                    null,
                    Role.OFFICER,
                    demoCell.upperId(),
                    DEMO_WARD);
            long school = organizations
                    .findByName(DEMO_SCHOOL, scope, Role.ADMIN)
                    .get(0)
                    .id();
            Member schoolSecretary = find(m -> m.seat().upper() == demoCell.upper()
                            && m.position().startsWith("Bí thư Đảng ủy")
                            && organizations.get(m.seat().id(), scope).parentId() == school)
                    .orElseThrow();
            account(
                    created,
                    "coso.bithu",
                    schoolSecretary.fullName(),
                    schoolSecretary.id(),
                    Role.SECRETARY,
                    school,
                    DEMO_SCHOOL);
            return created;
        }

        private void account(
                List<DemoSummary.Account> created,
                String username,
                String displayName,
                Long personId,
                Role role,
                long organizationId,
                String organizationName) {
            long accountId = accounts.createAccount(new CreateAccount(username, displayName, personId, PASSWORD));
            if (role != null) {
                accounts.grantRole(new GrantRole(accountId, role, organizationId));
            }
            created.add(new DemoSummary.Account(username, displayName, role, organizationName));
        }

        private Optional<Member> find(Predicate<Member> filter) {
            return members.stream().filter(filter).findFirst();
        }
    }
}
