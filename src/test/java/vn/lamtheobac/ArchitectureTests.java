package vn.lamtheobac;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.RestController;

/** House rules that the compiler does not check. */
@AnalyzeClasses(packages = "vn.lamtheobac", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule controllersAreNotPublic = classes()
            .that()
            .areAnnotatedWith(Controller.class)
            .or()
            .areAnnotatedWith(RestController.class)
            .should()
            .notBePublic()
            .because("controllers are reached through URLs, never called from other code");

    @ArchTest
    static final ArchRule controllersLiveInWebPackages = classes()
            .that()
            .areAnnotatedWith(Controller.class)
            .or()
            .areAnnotatedWith(RestController.class)
            .should()
            .resideInAPackage("..web..");

    @ArchTest
    static final ArchRule repositoriesAreNotPublic = classes()
            .that()
            .areAnnotatedWith(Repository.class)
            .should()
            .notBePublic()
            .because("a module's data is reached through its service API");

    @ArchTest
    static final ArchRule noFieldInjection =
            fields().should().notBeAnnotatedWith(Autowired.class).because("dependencies are constructor arguments");

    @ArchTest
    static final ArchRule webDoesNotTouchJdbc = noClasses()
            .that()
            .resideInAPackage("..web..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.springframework.jdbc..")
            .because("controllers go through services, which apply the caller's scope");

    @ArchTest
    static final ArchRule servicesDoNotReturnToTheWebLayer = noClasses()
            .that()
            .resideOutsideOfPackage("..web..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("vn.lamtheobac..web..")
            .allowEmptyShould(true);

    /** Every "today" and "now" comes from the injected {@code Clock}, which tests pin. */
    @ArchTest
    static final ArchRule noWallClock = noClasses()
            .should()
            .callMethod(java.time.LocalDate.class, "now")
            .orShould()
            .callMethod(java.time.LocalDate.class, "now", java.time.ZoneId.class)
            .orShould()
            .callMethod(java.time.LocalDateTime.class, "now")
            .orShould()
            .callMethod(java.time.LocalDateTime.class, "now", java.time.ZoneId.class)
            .orShould()
            .callMethod(java.time.ZonedDateTime.class, "now")
            .orShould()
            .callMethod(java.time.ZonedDateTime.class, "now", java.time.ZoneId.class)
            .orShould()
            .callMethod(java.time.Instant.class, "now")
            .orShould()
            .callMethod(java.time.Year.class, "now")
            .because("a rule that reads the wall clock goes red at some hour: inject the Clock (tests pin it)");
}
