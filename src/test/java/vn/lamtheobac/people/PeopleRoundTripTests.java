package vn.lamtheobac.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.lamtheobac.IntegrationTest;
import vn.lamtheobac.TestTree;
import vn.lamtheobac.organization.OrganizationCommands.CreateOrganization;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.people.ImportJobView.ImportStatus;
import vn.lamtheobac.people.PersonCommands.PersonDetails;
import vn.lamtheobac.people.PersonCommands.RegisterPerson;
import vn.lamtheobac.shared.PageRequest;
import vn.lamtheobac.shared.Scope;

/**
 * Issue 12, the round trip as a property: for generated sets of people — names with every diacritic, any of the
 * optional fields empty, numbers with leading zeros, positions with commas and quotes, people with neither national ID
 * nor card, two cells of the same name under different wards — the export of the list imports back as it is, and
 * changes nothing: no record created or updated, every field as it was.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeopleRoundTripTests {

    static final int TRIES = 12;

    @Autowired
    ApplicationContext context;

    @Autowired
    PersonManagement people;

    @Autowired
    PeopleExport export;

    @Autowired
    PeopleImport imports;

    @Autowired
    OrganizationManagement organizations;

    TestTree tree;
    Scope officer;
    List<Long> cells;

    @BeforeAll
    void buildTree() {
        tree = TestTree.create(context);
        officer = tree.scope("officer");
        // a cell named like ward B's "Chi bộ khu vực 1", under ward A
        long twin = organizations.create(
                new CreateOrganization(tree.wardA, "GRASSROOTS_CELL", "Chi bộ khu vực 1 " + tree.tag, null),
                tree.system);
        cells = List.of(tree.cellA1, tree.cellA2, tree.cellB1, twin);
    }

    Arbitrary<String> names() {
        var family = Arbitraries.of("Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô");
        var middle = Arbitraries.of("Văn", "Thị", "Hữu", "Ngọc", "Quốc", "Thị Ánh", "Đức", "Mỹ");
        var given = Arbitraries.of("Ẩn", "Ước", "Quỳnh", "Thuỷ", "Tuyết", "Khải", "Ỷ", "Đạt", "Phượng", "Ưng", "Nghĩa");
        return Combinators.combine(family, middle, given).as((f, m, g) -> f + " " + m + " " + g);
    }

    Arbitrary<PersonDetails> details() {
        var category = Arbitraries.of(PersonCategory.class);
        var born = Arbitraries.integers()
                .between(0, 15_000)
                .map(d -> LocalDate.of(1950, 1, 1).plusDays(d));
        var withNationalId = Arbitraries.integers().between(0, 3);
        var position = Arbitraries.of("Chuyên viên", "Phó Bí thư, kiêm Trưởng ban", "Cán bộ \"nguồn\"", null);
        var phone = Arbitraries.of("0912345678", "0283 822 1234", null);
        var gender = Arbitraries.of(Gender.MALE, Gender.FEMALE).injectNull(0.2);
        return Combinators.combine(category, names(), born, withNationalId, position, phone, gender)
                .as((c, name, b, id, pos, ph, g) -> {
                    boolean member = c.isPartyMember();
                    return new PersonDetails(
                            c,
                            name,
                            g,
                            b,
                            id == 0 && !member
                                    ? null
                                    : "0" + TestTree.nationalId().substring(1),
                            member && id != 1 ? "0" + TestTree.cardNumber() : null,
                            member ? b.plusYears(25) : null,
                            pos,
                            ph,
                            id == 2 ? "hop.thu@example.vn" : null);
                });
    }

    @Test
    void theExportOfAnyListImportsBackAndChangesNothing() throws Exception {
        var sets = Arbitraries.integers()
                .between(1, 6)
                .flatMap(n -> details().list().ofSize(n));
        var cellOf = Arbitraries.of(cells);
        for (int t = 0; t < TRIES; t++) {
            for (var d : sets.sample()) {
                if (d.nationalId() == null
                        && d.partyCardNumber() == null
                        && d.category().isPartyMember()) {
                    continue;
                }
                people.register(new RegisterPerson(d, cellOf.sample(), null), tree.system);
            }
            var before = everyone();
            var out = new ByteArrayOutputStream();
            export.writeXlsx(new PeopleQuery(null, tree.city, null, new PageRequest(0, 20)), officer, () -> out);

            long id = imports.start("xuat.xlsx", out.toByteArray(), officer);
            var job = org.awaitility.Awaitility.await()
                    .atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(50))
                    .until(() -> imports.get(id, officer), j -> j.status().finished());

            assertThat(job.errors()).as("try %d", t).isEmpty();
            assertThat(job.status()).isEqualTo(ImportStatus.DONE);
            assertThat(job.createdCount()).isZero();
            assertThat(job.updatedCount()).isZero();
            assertThat(job.unchangedCount()).isEqualTo(before.size());
            assertThat(everyone()).as("try %d: every record as it was", t).isEqualTo(before);
        }
    }

    /** Every record of the tree, by id, as the edit form reads it. */
    Map<Long, PersonView> everyone() {
        var ids = new ArrayList<Long>();
        people.export(
                new PeopleQuery(null, tree.city, null, new PageRequest(0, 20)), tree.system, p -> ids.add(p.id()));
        return ids.stream().collect(Collectors.toMap(Function.identity(), i -> people.getForEdit(i, tree.system)));
    }
}
