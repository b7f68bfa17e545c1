package vn.lamtheobac.directive;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.shared.AccessDenied;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.NotFoundException;
import vn.lamtheobac.shared.Role;
import vn.lamtheobac.shared.Scope;
import vn.lamtheobac.shared.VietnamTime;

/** The live tracking of an issued directive: where its targets stand, node by node down the tree. */
@Service
@Transactional(readOnly = true)
public class DirectiveTracking {

    private final DirectiveManagement management;
    private final Directives directives;
    private final DisseminationSessions sessions;
    private final OrganizationManagement organizations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DirectiveTracking(
            DirectiveManagement management,
            Directives directives,
            DisseminationSessions sessions,
            OrganizationManagement organizations,
            ApplicationEventPublisher events,
            Clock clock) {
        this.management = management;
        this.directives = directives;
        this.sessions = sessions;
        this.organizations = organizations;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The tracking of a directive under {@code nodeId} (the issuing organisation when {@code null}, or the topmost
     * organisation of the caller's scope that holds targets).
     */
    public Tracking tracking(long id, Long nodeId, Scope scope) {
        var directive = management.readable(id, scope);
        if (directive.draft()) {
            throw new BusinessRuleException("directive.error.notIssued");
        }
        long node = nodeId != null ? nodeId : defaultNode(directive, scope);
        if (!organizations.isWithin(node, scope.rootsWith(Role.READERS))) {
            events.publishEvent(new AccessDenied("Organization", String.valueOf(node), "out of scope"));
            throw new NotFoundException("Organization", node);
        }
        var today = VietnamTime.today(clock);
        var statuses = new LinkedHashMap<Long, DisseminationStatus>();
        var firstHeld = new HashMap<Long, LocalDate>();
        for (var row : directives.firstHeld(id, node)) {
            statuses.put(row.organizationId(), DisseminationStatus.of(row.firstHeldOn(), directive.deadline(), today));
            firstHeld.put(row.organizationId(), row.firstHeldOn());
        }
        var total = Tracking.Progress.empty();
        for (var status : statuses.values()) {
            total = total.plus(status);
        }
        var children = organizations.children(node, scope);
        var childIds = children.stream().map(c -> c.id()).toList();
        var progressByChild = new LinkedHashMap<Long, Tracking.Progress>();
        childIds.forEach(c -> progressByChild.put(c, Tracking.Progress.empty()));
        for (long[] pair : directives.targetsUnderChildren(id, childIds)) {
            if (statuses.containsKey(pair[0])) {
                progressByChild.merge(pair[1], Tracking.Progress.empty(), (a, b) -> a.plus(statuses.get(pair[0])));
            }
        }
        var lines = new ArrayList<Tracking.ChildProgress>();
        String nodeName = organizations.names(List.of(node)).get(node);
        if (statuses.containsKey(node)) {
            lines.add(new Tracking.ChildProgress(
                    node, nodeName, true, false, Tracking.Progress.empty().plus(statuses.get(node))));
        }
        for (var child : children) {
            var progress = progressByChild.get(child.id());
            if (progress.targets() > 0) {
                boolean drillable = child.childCount() > 0;
                lines.add(new Tracking.ChildProgress(child.id(), child.name(), false, drillable, progress));
            }
        }
        var overdueIds = statuses.entrySet().stream()
                .filter(e -> e.getValue() == DisseminationStatus.OVERDUE)
                .map(Map.Entry::getKey)
                .toList();
        var overdueNames = organizations.names(overdueIds);
        var overdue = overdueIds.stream()
                .map(o ->
                        new Tracking.TargetLine(o, overdueNames.get(o), DisseminationStatus.OVERDUE, firstHeld.get(o)))
                .sorted(java.util.Comparator.comparing(
                        Tracking.TargetLine::name,
                        java.text.Collator.getInstance(java.util.Locale.forLanguageTag("vi"))))
                .toList();
        return new Tracking(id, node, nodeName, total, lines, overdue, sessions.attendanceUnder(id, node));
    }

    private long defaultNode(DirectiveView directive, Scope scope) {
        if (organizations.isWithin(directive.issuingOrganizationId(), scope.rootsWith(Role.READERS))) {
            return directive.issuingOrganizationId();
        }
        return scope.rootsWith(Role.READERS).stream()
                .filter(root -> directives.hasTargetWithin(directive.id(), Set.of(root)))
                .findFirst()
                .orElseThrow(() -> new NotFoundException(DirectiveManagement.ENTITY, directive.id()));
    }
}
