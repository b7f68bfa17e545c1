package vn.lamtheobac.shared;

import java.util.List;

/**
 * What a module asks of the caller now, for the start page's to-do list (each person sees their own work first). Each
 * feature module publishes one bean; the start page lists what every bean answers, most urgent first, without knowing
 * the modules. An implementation reads with one aggregate query per kind of work, within the caller's scope, and
 * answers only the kinds where there is something to do (or, for the caller's own records, where they stand).
 */
public interface WorkItems {

    List<WorkItem> itemsFor(Scope scope);
}
