package vn.lamtheobac.directive;

import java.util.ArrayList;
import java.util.List;

/**
 * Invited and attended counts of a dissemination, by {@link AttendeeCategory}, in the enum's order. Attended never
 * exceeds invited.
 */
public record Attendance(int[] invited, int[] attended) {

    public static final int CATEGORIES = AttendeeCategory.values().length;

    public Attendance {
        invited = invited == null ? new int[CATEGORIES] : invited.clone();
        attended = attended == null ? new int[CATEGORIES] : attended.clone();
        if (invited.length != CATEGORIES || attended.length != CATEGORIES) {
            throw new IllegalArgumentException("one count per attendee category");
        }
    }

    public static Attendance none() {
        return new Attendance(null, null);
    }

    public int invited(AttendeeCategory category) {
        return invited[category.ordinal()];
    }

    public int attended(AttendeeCategory category) {
        return attended[category.ordinal()];
    }

    public int totalInvited() {
        return java.util.Arrays.stream(invited).sum();
    }

    public int totalAttended() {
        return java.util.Arrays.stream(attended).sum();
    }

    public Attendance plus(Attendance other) {
        int[] i = invited.clone();
        int[] a = attended.clone();
        for (int k = 0; k < CATEGORIES; k++) {
            i[k] += other.invited[k];
            a[k] += other.attended[k];
        }
        return new Attendance(i, a);
    }

    /** The categories whose counts are wrong: negative, or more attended than invited. */
    public List<AttendeeCategory> invalidCategories() {
        var wrong = new ArrayList<AttendeeCategory>();
        for (var category : AttendeeCategory.values()) {
            int k = category.ordinal();
            if (invited[k] < 0 || attended[k] < 0 || attended[k] > invited[k]) {
                wrong.add(category);
            }
        }
        return wrong;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Attendance a
                && java.util.Arrays.equals(invited, a.invited)
                && java.util.Arrays.equals(attended, a.attended);
    }

    @Override
    public int hashCode() {
        return 31 * java.util.Arrays.hashCode(invited) + java.util.Arrays.hashCode(attended);
    }

    @Override
    public String toString() {
        return "Attendance" + java.util.Arrays.toString(attended) + "/" + java.util.Arrays.toString(invited);
    }
}
