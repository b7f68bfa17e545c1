package vn.lamtheobac.demo;

import java.util.List;
import java.util.Map;
import vn.lamtheobac.people.PersonCategory;
import vn.lamtheobac.shared.Role;

/** What the demo generator made, as it is written to the log: counts and the accounts with their grants. */
record DemoSummary(
        int organizations, int seats, Map<PersonCategory, Integer> people, int disciplines, List<Account> accounts) {

    /** A demo account as the log lists it. */
    record Account(String username, String displayName, Role role, String organizationName) {}

    String describe(long seed, long millis) {
        int total = people.values().stream().mapToInt(Integer::intValue).sum();
        var text = new StringBuilder();
        String rule = "=".repeat(100);
        text.append('\n').append(rule).append('\n');
        text.append(String.format(
                " Demo data generated in %.1f s (seed %d): %d organisations (%d cells and grassroots cells),%n",
                millis / 1000.0, seed, organizations, seats));
        text.append(String.format(
                " %d people: %d official and %d probationary party members, %d civil servants, %d youth union"
                        + " members, %d association members; %d discipline records.%n",
                total,
                count(PersonCategory.PARTY_MEMBER_OFFICIAL),
                count(PersonCategory.PARTY_MEMBER_PROBATIONARY),
                count(PersonCategory.CIVIL_SERVANT),
                count(PersonCategory.UNION_MEMBER),
                count(PersonCategory.ASSOCIATION_MEMBER),
                disciplines));
        text.append(String.format(" Demo accounts, all with the password %s:%n", DemoData.PASSWORD));
        for (Account account : accounts) {
            String grant = account.role() == null
                    ? "no grant (own records only)"
                    : account.role() + " on " + account.organizationName();
            text.append(String.format("   %-13s %-32s %s%n", account.username(), account.displayName(), grant));
        }
        text.append(rule);
        return text.toString();
    }

    private int count(PersonCategory category) {
        return people.getOrDefault(category, 0);
    }
}
