package vn.lamtheobac.initiative.internal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.lamtheobac.shared.DataChanged;

/** Saves an aggregate's new state and records the change for the audit trail, with the page before and after. */
@Component
class InitiativeChanges {

    private final Initiatives initiatives;
    private final ApplicationEventPublisher events;

    InitiativeChanges(Initiatives initiatives, ApplicationEventPublisher events) {
        this.initiatives = initiatives;
        this.events = events;
    }

    /** Saves {@code initiative} if still at {@code version}, with its audit record. */
    void save(Initiative initiative, int version) {
        var before = initiatives.findById(initiative.id).orElseThrow();
        initiatives.save(initiative, version);
        audited(before.id(), before);
    }

    /** Records that {@code id} changed from {@code before}. */
    void audited(long id, Object before) {
        events.publishEvent(DataChanged.updated(
                InitiativeAccess.ENTITY, id, before, initiatives.findById(id).orElseThrow()));
    }

    static String actor() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }
}
