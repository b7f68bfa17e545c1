package vn.lamtheobac.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lamtheobac.organization.OrganizationEvents.OrganizationDissolved;
import vn.lamtheobac.organization.OrganizationEvents.OrganizationsMerged;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.people.PersonCommands.PersonDetails;
import vn.lamtheobac.people.PersonCommands.RecordDiscipline;
import vn.lamtheobac.people.PersonCommands.RegisterPerson;
import vn.lamtheobac.people.PersonCommands.TransferPerson;
import vn.lamtheobac.people.PersonCommands.UpdatePerson;
import vn.lamtheobac.people.PersonEvents.DisciplineRecorded;
import vn.lamtheobac.people.PersonEvents.PersonRegistered;
import vn.lamtheobac.people.PersonEvents.PersonTransferred;
import vn.lamtheobac.shared.AccessDenied;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.Capability;
import vn.lamtheobac.shared.DataChanged;
import vn.lamtheobac.shared.ForbiddenException;
import vn.lamtheobac.shared.InvalidInputException;
import vn.lamtheobac.shared.NotFoundException;
import vn.lamtheobac.shared.Paged;
import vn.lamtheobac.shared.Role;
import vn.lamtheobac.shared.Scope;
import vn.lamtheobac.shared.SensitiveDataAccessed;
import vn.lamtheobac.shared.VietnamTime;

/**
 * People's records within the caller's scope. Officers, secretaries, viewers and administrators read their subtree;
 * officers, secretaries and administrators change it; everyone reads their own record. Every profile read and every
 * export is published as {@link SensitiveDataAccessed}.
 */
@Service
@Transactional(readOnly = true)
public class PersonManagement {

    static final String ENTITY = "Person";

    private final People people;
    private final OrganizationManagement organizations;
    private final IdentityNumbers numbers;
    private final TransferManagement transfers;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;

    PersonManagement(
            People people,
            OrganizationManagement organizations,
            IdentityNumbers numbers,
            TransferManagement transfers,
            ApplicationEventPublisher events,
            JdbcClient jdbc,
            Clock clock) {
        this.people = people;
        this.organizations = organizations;
        this.numbers = numbers;
        this.transfers = transfers;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The list as the people page and the API show it (birth dates, categories): logged as a sensitive read. */
    public Paged<PersonSummary> browse(PeopleQuery query, Scope scope) {
        var result = list(query, scope);
        if (!result.content().isEmpty()) {
            events.publishEvent(new SensitiveDataAccessed(
                    ENTITY,
                    null,
                    SensitiveDataAccessed.Access.READ,
                    "rows=" + result.content().size() + " query=" + query));
        }
        return result;
    }

    public Paged<PersonSummary> list(PeopleQuery query, Scope scope) {
        var roots = scope.rootsWith(Role.READERS);
        requireOrganizationInScope(query.organizationId(), roots);
        if (roots.isEmpty()) {
            return Paged.of(List.of(), query.page().number(), query.page().size(), 0);
        }
        var rows = people.page(query, roots);
        var names = organizations.names(
                rows.stream().map(PersonSummary::organizationId).toList());
        var content = rows.stream()
                .map(p -> p.withOrganizationName(names.get(p.organizationId())))
                .toList();
        return Paged.of(content, query.page().number(), query.page().size(), people.count(query, roots));
    }

    /** The most people {@link #inSubtree} returns: a grassroots committee's whole membership. */
    public static final int SUBTREE_LIMIT = 10_000;

    /**
     * Everyone of the given categories in the subtree of {@code organizationId}, sorted the Vietnamese way, for lists
     * that must show every member at once (a cell's commitments, a committee's ratings). The caller must be able to
     * read the organisation's people.
     */
    public List<PersonSummary> inSubtree(long organizationId, Set<PersonCategory> categories, Scope scope) {
        return summaries(
                "p.organization_id in (select organization.subtree_ids(array[?]::bigint[]))",
                organizationId,
                categories,
                scope);
    }

    /** The people of the given categories registered directly in {@code organizationId}, not below it. */
    public List<PersonSummary> directlyIn(long organizationId, Set<PersonCategory> categories, Scope scope) {
        return summaries("p.organization_id = ?", organizationId, categories, scope);
    }

    /**
     * Hands {@code sink} the id and organisation of every person of the given categories in the subtree of
     * {@code organizationId}, however many there are, streaming from the database (for bulk work such as opening an
     * evaluation round over a whole province).
     */
    public void forEachPlacement(
            long organizationId, Set<PersonCategory> categories, Scope scope, BiConsumer<Long, Long> sink) {
        requireOrganizationInScope(organizationId, scope.rootsWith(Role.READERS));
        try (var rows = jdbc
                .sql("""
                        select p.id, p.organization_id from people.people p
                        where p.organization_id in (select organization.subtree_ids(array[?]::bigint[]))
                          and p.category = any (?) and %s
                        order by p.organization_id, p.id
                        """.formatted(People.countedOnce("p")))
                .params(organizationId, categories.stream().map(Enum::name).toArray(String[]::new), new Long[] {
                    organizationId
                })
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .stream()) {
            rows.forEach(r -> sink.accept(r[0], r[1]));
        }
    }

    private List<PersonSummary> summaries(
            String where, long organizationId, Set<PersonCategory> categories, Scope scope) {
        var roots = scope.rootsWith(Role.READERS);
        requireOrganizationInScope(organizationId, roots);
        var rows = jdbc.sql("""
                        select p.id, p.full_name, p.category, p.gender, p.date_of_birth, p.position, p.organization_id
                        from people.people p
                        where %s
                          and p.category = any (?) and %s
                        order by p.sort_key, p.id
                        limit ?
                        """.formatted(where, People.countedOnce("p")))
                .params(
                        organizationId,
                        categories.stream().map(Enum::name).toArray(String[]::new),
                        new Long[] {organizationId},
                        SUBTREE_LIMIT)
                .query((rs, i) -> new PersonSummary(
                        rs.getLong(1),
                        rs.getString(2),
                        PersonCategory.valueOf(rs.getString(3)),
                        rs.getString(4) == null ? null : Gender.valueOf(rs.getString(4)),
                        rs.getObject(5, LocalDate.class),
                        rs.getString(6),
                        rs.getLong(7),
                        null))
                .list();
        var names = organizations.names(
                rows.stream().map(PersonSummary::organizationId).distinct().toList());
        return rows.stream()
                .map(p -> p.withOrganizationName(names.get(p.organizationId())))
                .toList();
    }

    /** How many people of each category the caller may see. */
    public Map<PersonCategory, Long> countByCategory(Scope scope) {
        var counts = new java.util.EnumMap<PersonCategory, Long>(PersonCategory.class);
        var roots = scope.rootsWith(Role.READERS);
        if (!roots.isEmpty()) {
            jdbc.sql("""
                            select p.category, count(*) from people.people p
                            where p.organization_id in (select organization.subtree_ids(?)) and %s
                            group by p.category
                            """.formatted(People.countedOnce("p")))
                    .params(Scope.asArray(roots), Scope.asArray(roots))
                    .query((rs, i) -> counts.put(PersonCategory.valueOf(rs.getString(1)), rs.getLong(2)))
                    .list();
        }
        return counts;
    }

    /**
     * How many people of the given categories each unit directly under {@code organizationId} holds in its whole
     * subtree, by unit id (people registered in {@code organizationId} itself count under its own id); one grouped
     * query, whatever the size of the subtree.
     */
    public Map<Long, Long> countByUnit(long organizationId, Set<PersonCategory> categories, Scope scope) {
        requireOrganizationInScope(organizationId, scope.rootsWith(Role.READERS));
        var counts = new java.util.HashMap<Long, Long>();
        jdbc.sql("""
                        select u.unit_id, count(*) from people.people p
                        join organization.units_under(?) u on u.organization_id = p.organization_id
                        where p.category = any (?) and %s group by u.unit_id
                        """.formatted(People.countedOnce("p")))
                .params(organizationId, categories.stream().map(Enum::name).toArray(String[]::new), new Long[] {
                    organizationId
                })
                .query((rs, i) -> counts.put(rs.getLong(1), rs.getLong(2)))
                .list();
        return counts;
    }

    /** A person's full record; the read is logged as access to sensitive personal data. */
    public PersonView get(long id, Scope scope) {
        var person = readable(id, scope);
        events.publishEvent(
                new SensitiveDataAccessed(ENTITY, String.valueOf(id), SensitiveDataAccessed.Access.READ, null));
        return withOrganizationName(person);
    }

    /**
     * A person's record for editing, by someone allowed to change it; the form shows the identity data, so the read
     * is logged as access to sensitive personal data.
     */
    public PersonView getForEdit(long id, Scope scope) {
        var person = writable(id, scope);
        events.publishEvent(
                new SensitiveDataAccessed(ENTITY, String.valueOf(id), SensitiveDataAccessed.Access.READ, null));
        return withOrganizationName(person);
    }

    public List<Membership> memberships(long id, Scope scope) {
        readable(id, scope);
        var rows = people.memberships(id);
        var names = organizations.names(
                rows.stream().map(Membership::organizationId).toList());
        return rows.stream()
                .map(m -> new Membership(
                        m.organizationId(), names.get(m.organizationId()), m.startsOn(), m.endsOn(), m.note()))
                .toList();
    }

    public List<DisciplineRecord> disciplines(long id, Scope scope) {
        readable(id, scope);
        return people.disciplines(id);
    }

    /** 403 to a reader of {@code organizationId} (null: of any) who keeps no records there; 404 out of sight. */
    public void requireRecordKeeper(Long organizationId, Scope scope) {
        organizations.require(scope, organizationId, Capability.KEEP_RECORDS, "person.error.notRecordKeeper");
    }

    /** Whether the caller may change people's records under {@code organizationId}. */
    public boolean canManage(long organizationId, Scope scope) {
        return organizations.allows(scope, organizationId, Role.RECORD_KEEPERS);
    }

    /** Whether the caller may export lists of people ({@link Capability#EXPORT_PEOPLE}: sensitive data). */
    public boolean canExport(Scope scope) {
        return !scope.rootsFor(Capability.EXPORT_PEOPLE).isEmpty();
    }

    /**
     * Records a person. A national ID or card number already held by someone the caller can read is refused at its
     * field; one held only outside the caller's scope gives the same answer as a new number, and the record is
     * provisional until the nearest common committee decides the transfer ({@link TransferManagement}).
     */
    @Transactional
    public long register(RegisterPerson command, Scope scope) {
        requireManageable(command.organizationId(), scope, "organizationId");
        var heldOutside = validate(command.details(), null, scope);
        long id = people.insert(command.details(), command.organizationId(), heldOutside.isPresent());
        LocalDate since =
                command.joinedOrganizationOn() != null ? command.joinedOrganizationOn() : VietnamTime.today(clock);
        people.startMembership(id, command.organizationId(), since, null);
        events.publishEvent(new PersonRegistered(
                id, command.organizationId(), command.details().category()));
        events.publishEvent(DataChanged.created(ENTITY, id, command));
        heldOutside.ifPresent(existing -> transfers.request(
                existing,
                id,
                VietnameseNames.normalise(command.details().fullName()),
                command.organizationId(),
                scope));
        return id;
    }

    /** Saves an edit; a number newly held outside the scope asks for a transfer, a corrected one withdraws it. */
    @Transactional
    public void update(UpdatePerson command, Scope scope) {
        var before = writable(command.id(), scope);
        var heldOutside = validate(command.details(), command.id(), scope);
        people.update(command.id(), command.details(), command.version(), heldOutside.isPresent());
        var waitingOn = transfers.pendingOriginal(command.id());
        if (!waitingOn.equals(heldOutside)) {
            waitingOn.ifPresent(existing -> transfers.withdraw(command.id()));
            heldOutside.ifPresent(existing -> transfers.request(
                    existing,
                    command.id(),
                    VietnameseNames.normalise(command.details().fullName()),
                    before.organizationId(),
                    scope));
        }
        events.publishEvent(DataChanged.updated(
                ENTITY, command.id(), before, people.findById(command.id()).orElseThrow()));
    }

    /** Moves a person to another organisation; the old membership ends and a new one starts on the same day. */
    @Transactional
    public void transfer(TransferPerson command, Scope scope) {
        var before = writable(command.id(), scope);
        requireManageable(command.toOrganizationId(), scope, "toOrganizationId");
        if (before.organizationId() == command.toOrganizationId()) {
            throw BusinessRuleException.atField("toOrganizationId", "person.error.transferSame");
        }
        LocalDate on = command.on() != null ? command.on() : VietnamTime.today(clock);
        people.moveTo(command.id(), command.toOrganizationId(), command.version());
        people.endMembership(command.id(), on);
        people.startMembership(command.id(), command.toOrganizationId(), on, command.note());
        events.publishEvent(
                new PersonTransferred(command.id(), before.organizationId(), command.toOrganizationId(), on));
        events.publishEvent(DataChanged.updated(
                ENTITY, command.id(), before, people.findById(command.id()).orElseThrow()));
    }

    @Transactional
    public long recordDiscipline(RecordDiscipline command, Scope scope) {
        var person = writable(command.personId(), scope);
        if (command.form() == null) {
            throw BusinessRuleException.atField("form", "discipline.error.form");
        }
        if (command.decidedOn() == null || command.decidedOn().isAfter(VietnamTime.today(clock))) {
            throw BusinessRuleException.atField("decidedOn", "discipline.error.decidedOn");
        }
        if (command.reason() == null || command.reason().isBlank()) {
            throw BusinessRuleException.atField("reason", "discipline.error.reason");
        }
        long id = people.insertDiscipline(
                command.personId(),
                command.form(),
                command.decidedOn(),
                command.reason().trim(),
                PersonCommandsSupport.trim(command.decidedBy()));
        events.publishEvent(new DisciplineRecorded(
                command.personId(), person.organizationId(), command.form(), command.decidedOn()));
        events.publishEvent(DataChanged.created("DisciplineRecord", id, command));
        return id;
    }

    /**
     * Streams every person matching {@code query} in the caller's scope to {@code sink} (used by exports). Only those
     * who may change records may export; the export is logged with its size.
     */
    public void export(PeopleQuery query, Scope scope, Consumer<PersonView> sink) {
        organizations.requireExport(
                scope, query.organizationId(), Capability.EXPORT_PEOPLE, "person.error.exportNotAllowed");
        var roots = scope.rootsFor(Capability.EXPORT_PEOPLE);
        var nameCache = new java.util.HashMap<Long, String>();
        int[] count = {0};
        people.forEach(query, roots, p -> {
            String organizationName = nameCache.computeIfAbsent(
                    p.organizationId(), id -> organizations.names(List.of(id)).get(id));
            sink.accept(p.withOrganizationName(organizationName));
            count[0]++;
        });
        events.publishEvent(new SensitiveDataAccessed(
                ENTITY, null, SensitiveDataAccessed.Access.EXPORT, "rows=" + count[0] + " query=" + query));
    }

    /** Display names of people, for modules that store person ids (accounts, commitments…). */
    public Map<Long, String> names(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("select id, full_name from people.people where id = any (?)")
                .param(new HashSet<>(ids).toArray(Long[]::new))
                .query((rs, i) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .list()
                .stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The discipline decisions taken in {@code year} against the given people, by person (people without none left out). */
    public Map<Long, List<DisciplineRecord>> disciplinedIn(Collection<Long> ids, int year) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("""
                        select id, person_id, form, decided_on, reason, decided_by from people.discipline_records
                        where person_id = any (?) and decided_on >= ? and decided_on < ?
                        order by decided_on
                        """)
                .params(new HashSet<>(ids).toArray(Long[]::new), LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1))
                .query((rs, i) -> new DisciplineRecord(
                        rs.getLong(1),
                        rs.getLong(2),
                        DisciplineForm.valueOf(rs.getString(3)),
                        rs.getObject(4, LocalDate.class),
                        rs.getString(5),
                        rs.getString(6)))
                .list()
                .stream()
                .collect(java.util.stream.Collectors.groupingBy(DisciplineRecord::personId));
    }

    /** E-mail addresses of people, for notifications; people without one are left out. */
    public Map<Long, String> emails(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("select id, email from people.people where id = any (?) and email is not null")
                .param(new HashSet<>(ids).toArray(Long[]::new))
                .query((rs, i) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .list()
                .stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The organisation a person currently belongs to, without a scope check (for modules resolving a member's cell). */
    public java.util.Optional<Long> organizationOf(long personId) {
        return people.findById(personId).map(PersonView::organizationId);
    }

    @EventListener
    void on(OrganizationsMerged merged) {
        people.transferAll(merged.from(), merged.into(), merged.on(), "merge:" + merged.from());
    }

    @EventListener
    void on(OrganizationDissolved dissolved) {
        int members = people.countIn(dissolved.id());
        if (members > 0) {
            throw new BusinessRuleException("organization.error.hasMembers", members);
        }
    }

    /** Checks the rules and the numbers; returns the existing record outside the scope that holds a number, if any. */
    java.util.Optional<Long> validate(PersonDetails details, Long selfId, Scope scope) {
        var violations = new java.util.ArrayList<>(PersonRules.check(details, VietnamTime.today(clock)));
        var numbersCheck = numbers.check(details.nationalId(), details.partyCardNumber(), selfId, scope);
        violations.addAll(numbersCheck.violations());
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return numbersCheck.heldOutsideScope();
    }

    private PersonView withOrganizationName(PersonView p) {
        String name = organizations.names(List.of(p.organizationId())).get(p.organizationId());
        return p.withOrganizationName(name);
    }

    private void requireOrganizationInScope(Long organizationId, Set<Long> roots) {
        if (organizationId != null && !organizations.isWithin(organizationId, roots)) {
            events.publishEvent(new AccessDenied("Organization", String.valueOf(organizationId), "out of scope"));
            throw new NotFoundException("Organization", organizationId);
        }
    }

    private void requireManageable(long organizationId, Scope scope, String field) {
        if (!organizations.isWithin(organizationId, scope.roots())) {
            throw BusinessRuleException.atField(field, "person.error.organizationOutOfScope");
        }
        if (!organizations.allows(scope, organizationId, Role.RECORD_KEEPERS)) {
            throw new ForbiddenException("person.error.notRecordKeeper");
        }
    }

    private PersonView readable(long id, Scope scope) {
        var person = people.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
        if (!scope.isOwnPerson(id) && !organizations.isWithin(person.organizationId(), scope.rootsWith(Role.READERS))) {
            events.publishEvent(new AccessDenied(ENTITY, String.valueOf(id), "out of scope"));
            throw new NotFoundException(ENTITY, id);
        }
        return person;
    }

    private PersonView writable(long id, Scope scope) {
        var person = readable(id, scope);
        if (!organizations.allows(scope, person.organizationId(), Role.RECORD_KEEPERS)) {
            throw new ForbiddenException("person.error.notRecordKeeper");
        }
        return person;
    }
}
