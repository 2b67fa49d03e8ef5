package org.vigil.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The layers: ui -> service -> store -> domain, with cli and the demo beside ui, report beside domain; the clock only from Main. */
@DisplayName("Layer rules")
class LayerRulesTest {

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.vigil");
    }

    @Test
    @DisplayName("domain depends on no other Vigil package, and on no JavaFX, JDBC, H2 or Flyway")
    void domainIsPure() {
        noClasses().that().resideInAPackage("org.vigil.domain..")
                .should().dependOnClassesThat(resideInAPackage("org.vigil..").and(not(resideInAPackage("org.vigil.domain.."))))
                .orShould().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.h2..", "org.flywaydb..")
                .check(main);
    }

    @Test
    @DisplayName("ui reaches the data only through the services: no store, no JDBC")
    void uiUsesServices() {
        noClasses().that().resideInAPackage("org.vigil.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.vigil.store..", "java.sql..", "org.jdbi..", "org.h2..", "org.flywaydb..")
                .check(main);
    }

    @Test
    @DisplayName("cli uses the services, never the window or the store")
    void cliUsesServices() {
        noClasses().that().resideInAPackage("org.vigil.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("org.vigil.ui..", "org.vigil.store..", "javafx..", "java.sql..")
                .check(main);
    }

    @Test
    @DisplayName("service knows nothing of the screens, the commands or the demo")
    void serviceBelowUi() {
        noClasses().that().resideInAPackage("org.vigil.service..")
                .should().dependOnClassesThat().resideInAnyPackage("org.vigil.ui..", "org.vigil.cli..", "org.vigil.demo..", "javafx..")
                .check(main);
    }

    @Test
    @DisplayName("SQL stays in the store: no JDBC, SQLException or Jdbi in the services, screens, commands or demo")
    void sqlStaysInTheStore() {
        noClasses().that().resideOutsideOfPackage("org.vigil.store..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.jdbi..", "org.h2..")
                .check(main);
    }

    @Test
    @DisplayName("store knows nothing of services, screens, commands or the demo")
    void storeBelowService() {
        noClasses().that().resideInAPackage("org.vigil.store..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("org.vigil.service..", "org.vigil.ui..", "org.vigil.cli..", "org.vigil.demo..", "javafx..")
                .check(main);
    }

    @Test
    @DisplayName("the demo seeds its clinic through the services: no store, no JDBC, no screens or commands")
    void demoUsesServices() {
        noClasses().that().resideInAPackage("org.vigil.demo..")
                .should().dependOnClassesThat().resideInAnyPackage("org.vigil.store..", "java.sql..", "org.h2..", "org.flywaydb..",
                        "org.vigil.ui..", "org.vigil.cli..", "javafx..")
                .check(main);
    }

    @Test
    @DisplayName("report turns domain records into documents: it depends on the domain and its PDF library, never on services, stores, screens or commands")
    void reportDependsOnDomainOnly() {
        noClasses().that().resideInAPackage("org.vigil.report..")
                .should().dependOnClassesThat(resideInAPackage("org.vigil..")
                        .and(not(resideInAnyPackage("org.vigil.domain..", "org.vigil.report.."))))
                .orShould().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.h2..", "org.flywaydb..")
                .check(main);
    }

    @Test
    @DisplayName("only the screens and the commands print reports: the services hand them records")
    void reportsAreAskedForByScreensAndCommands() {
        noClasses().that().resideInAnyPackage("org.vigil.domain..", "org.vigil.service..", "org.vigil.store..", "org.vigil.demo..")
                .should().dependOnClassesThat().resideInAPackage("org.vigil.report..")
                .check(main);
    }

    @Test
    @DisplayName("the domain's parts (patient, course, session, vitals, alarm, dose) depend on each other one way only")
    void domainPartsWithoutCycles() {
        slices().matching("org.vigil.domain.(*)..").should().beFreeOfCycles().check(main);
    }

    @Test
    @DisplayName("only the demo writes back-dated entries or sets up the demo clinic: no screen or command can do it to a clinic's data")
    void onlyTheDemoBackdates() {
        noClasses().that().resideOutsideOfPackages("org.vigil.demo..", "org.vigil.service..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.vigil.service.BackdatedEntries")
                .orShould().callMethod(org.vigil.service.Services.class, "backdated")
                .orShould().callMethod(org.vigil.service.ClinicSetup.class, "setUpDemo", String.class, java.util.List.class, String.class)
                .check(main);
    }

    /** Calls (or refers to, as Instant::now) the computer's clock instead of the clinic clock it was given. */
    private static final DescribedPredicate<JavaAccess<?>> READS_SYSTEM_CLOCK = new DescribedPredicate<>("read the system clock") {
        private final Set<Class<?>> dateTimes = Set.of(Instant.class, LocalDateTime.class, LocalDate.class, LocalTime.class,
                ZonedDateTime.class, OffsetDateTime.class);

        @Override
        public boolean test(JavaAccess<?> access) {
            if (!(access.getTarget() instanceof AccessTarget.CodeUnitAccessTarget target)) {
                return false;
            }
            String name = target.getName();
            var owner = target.getOwner();
            boolean nowWithoutClock = name.equals("now") && dateTimes.stream().anyMatch(owner::isEquivalentTo)
                    && target.getRawParameterTypes().stream().noneMatch(p -> p.isEquivalentTo(Clock.class));
            boolean systemClock = owner.isEquivalentTo(Clock.class) && Set.of("systemUTC", "systemDefaultZone", "system").contains(name);
            boolean millis = owner.isEquivalentTo(System.class) && name.equals("currentTimeMillis");
            return nowWithoutClock || systemClock || millis;
        }
    };

    @Test
    @DisplayName("only org.vigil.Main reads the system clock; everything else is given a Clock")
    void onlyMainReadsTheClock() {
        ArchRule rule = noClasses().that().doNotBelongToAnyOf(org.vigil.Main.class)
                .should().accessTargetWhere(READS_SYSTEM_CLOCK);
        rule.check(main);
    }

    @Test
    @DisplayName("the program and the commands hash passwords at the production cost: no main class chooses another HashCost")
    void productionHashCostOnly() {
        // Services.open(dir, clock, cost) and the cost's constructor exist for the test fixtures.
        ArchRule rule = noClasses().that().doNotBelongToAnyOf(org.vigil.service.Services.class, org.vigil.service.HashCost.class)
                .should().callMethod(org.vigil.service.Services.class, "open", java.nio.file.Path.class, Clock.class,
                        org.vigil.service.HashCost.class)
                .orShould().callConstructor(org.vigil.service.HashCost.class, int.class, int.class, int.class);
        rule.check(main);
    }
}
