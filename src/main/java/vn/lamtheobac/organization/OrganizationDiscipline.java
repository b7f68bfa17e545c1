package vn.lamtheobac.organization;

import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.Capability;
import vn.lamtheobac.shared.DataChanged;
import vn.lamtheobac.shared.ForbiddenException;
import vn.lamtheobac.shared.InvalidInputException;
import vn.lamtheobac.shared.InvalidInputException.Violation;
import vn.lamtheobac.shared.Scope;
import vn.lamtheobac.shared.VietnamTime;

/**
 * Discipline decisions against party organisations (kỷ luật tổ chức đảng, Điều lệ Đảng Điều 38: khiển trách, cảnh
 * cáo, giải tán), recorded by an officer keeping the organisation's records. The evaluation of the superior
 * organisation counts its disciplined subordinate units from them.
 */
@Service
@Transactional(readOnly = true)
public class OrganizationDiscipline {

    /** A discipline decision against an organisation. */
    public record Record(
            long id,
            long organizationId,
            OrganizationDisciplineForm form,
            LocalDate decidedOn,
            String reason,
            String decidedBy) {}

    /** Records a discipline decision against {@code organizationId}. */
    public record RecordDiscipline(
            long organizationId,

            @NotNull(message = "{organization.discipline.error.form}")
            OrganizationDisciplineForm form,

            @NotNull(message = "{organization.discipline.error.decidedOn}")
            @PastOrPresent(message = "{organization.discipline.error.decidedOn}")
            LocalDate decidedOn,

            @NotBlank(message = "{organization.discipline.error.reason}")
            @Size(max = 2000, message = "{organization.discipline.error.reason}")
            String reason) {}

    /** An organisation was disciplined: the ratings of the year that depend on it may need review. */
    public record OrganizationDisciplined(
            long organizationId, Long parentId, OrganizationDisciplineForm form, LocalDate decidedOn) {}

    private final JdbcClient jdbc;
    private final OrganizationManagement organizations;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Validator validator;

    OrganizationDiscipline(
            JdbcClient jdbc,
            OrganizationManagement organizations,
            ApplicationEventPublisher events,
            Clock clock,
            Validator validator) {
        this.validator = validator;
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the caller may record discipline decisions against the organisation. */
    public boolean canRecord(long organizationId, Scope scope) {
        return organizations.allows(scope, organizationId, Capability.KEEP_RECORDS);
    }

    @Transactional
    public long record(RecordDiscipline command, Scope scope) {
        var organization = organizations.get(command.organizationId(), scope);
        if (!canRecord(organization.id(), scope)) {
            throw new ForbiddenException("organization.discipline.error.notKeeper");
        }
        var violations = validator.validate(command);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations.stream()
                    .map(v -> new Violation(
                            v.getPropertyPath().toString(),
                            v.getMessageTemplate().replaceAll("[{}]", "")))
                    .toList());
        }
        if (command.decidedOn().isAfter(VietnamTime.today(clock))) {
            throw BusinessRuleException.atField("decidedOn", "organization.discipline.error.decidedOn");
        }
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        long id = jdbc.sql("""
                        insert into organization.discipline_records (organization_id, form, decided_on, reason, decided_by)
                        values (?, ?, ?, ?, ?) returning id
                        """)
                .params(
                        organization.id(),
                        command.form().name(),
                        command.decidedOn(),
                        command.reason(),
                        authentication == null ? "system" : authentication.getName())
                .query(Long.class)
                .single();
        events.publishEvent(DataChanged.created("OrganizationDiscipline", id, command));
        events.publishEvent(new OrganizationDisciplined(
                organization.id(), organization.parentId(), command.form(), command.decidedOn()));
        return id;
    }

    /** The discipline decisions against an organisation the caller reads, newest first. */
    public List<Record> of(long organizationId, Scope scope) {
        // the records kept under the tree are read with READ: the portal's editor sees the tree, not its discipline
        organizations.get(organizationId, scope, Capability.READ);
        return jdbc.sql("""
                        select id, organization_id, form, decided_on, reason, decided_by
                        from organization.discipline_records where organization_id = ? order by decided_on desc, id desc
                        """)
                .param(organizationId)
                .query((rs, i) -> new Record(
                        rs.getLong(1),
                        rs.getLong(2),
                        OrganizationDisciplineForm.valueOf(rs.getString(3)),
                        rs.getObject(4, LocalDate.class),
                        rs.getString(5),
                        rs.getString(6)))
                .list();
    }

    /**
     * Which of {@code organizationIds} were disciplined, in any form, by a decision dated in {@code year}; no scope
     * check (callers pass organisations they obtained in scope).
     */
    public Set<Long> disciplinedIn(Collection<Long> organizationIds, int year) {
        if (organizationIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                        select distinct organization_id from organization.discipline_records
                        where organization_id = any (?) and decided_on >= ? and decided_on < ?
                        """)
                .params(
                        new HashSet<>(organizationIds).toArray(Long[]::new),
                        LocalDate.of(year, 1, 1),
                        LocalDate.of(year + 1, 1, 1))
                .query(Long.class)
                .list());
    }
}
