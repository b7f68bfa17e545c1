package vn.lamtheobac.shared;

/**
 * Nothing with that id exists for the caller: either it does not exist or it lies outside the caller's scope. Both
 * answer 404, so a scope cannot be probed.
 */
public class NotFoundException extends RuntimeException {

    private final String entityType;
    private final Object id;

    public NotFoundException(String entityType, Object id) {
        super(entityType + " " + id + " not found");
        this.entityType = entityType;
        this.id = id;
    }

    public String entityType() {
        return entityType;
    }

    public Object id() {
        return id;
    }
}
