package vn.lamtheobac.shared;

/**
 * Something an administrator should look at (a sign-in throttled, a user name guessed from many addresses), written
 * as an alert line in the audit trail. {@code subject} is who it concerns (a user name as typed, cut to 100
 * characters), {@code detail} {@code key=value} pairs.
 */
public record SecurityAlert(String kind, String subject, String detail) {

    /** A sign-in refused without checking its password, because its user name and address were throttled. */
    public static final String SIGN_IN_THROTTLED = "SIGN_IN_THROTTLED";

    /** A user name reached its limit of failed sign-ins in a row from every address. */
    public static final String NAME_LIMIT_REACHED = "SIGN_IN_NAME_LIMIT_REACHED";

    public static SecurityAlert signInAlert(String kind, String name, String detail) {
        String subject = name == null ? "" : name.length() > 100 ? name.substring(0, 100) : name;
        return new SecurityAlert(kind, subject, detail);
    }
}
