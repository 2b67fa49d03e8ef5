package org.vigil.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.domain.scale.ScaleKind;

/**
 * Issue 16, item 4: every lookup a screen or the day list makes is served by an index. H2's
 * EXPLAIN names the index a table is read by, or {@code tableScan} when it reads the whole table;
 * the tables that grow with the clinic's history must never be read whole by these screens.
 */
@DisplayName("Issue 16: the screens find their rows by index, never by reading a history table whole")
class QueryPlansTest {

    /** Tables that grow with every patient, course, session and action; small lists (settings, users, products) may be read whole. */
    private static final Set<String> HISTORY = Set.of("patient", "patient_weight", "patient_allergy", "screening", "screening_finding",
            "screening_decision", "treatment_course", "course_decision", "clinic_session", "session_event", "monitoring_result",
            "scale_assessment", "audit_event", "audit_row", "register_entry", "register_signature");
    /**
     * A table in a plan and how it is read: H2 writes the index and its condition after it
     * ({@code /* PUBLIC.CLINIC_SESSION_DAY: SESSION_DATE >= ?1 ... *\/}), {@code tableScan}, or an
     * index with no condition, which reads the whole table in that index's order.
     */
    private static final Pattern READ = Pattern.compile(
            "\"PUBLIC\"\\.\"([A-Z_0-9]+)\"(?: \"[A-Z_0-9]+\")? /\\* PUBLIC\\.([A-Za-z_0-9.]+?)(: [^*]*)? \\*/");

    @TempDir
    static Path dir;
    private static TestClinic clinic;
    private static ClinicHistory history;

    @BeforeAll
    static void clinicWithAPast() {
        clinic = TestClinic.setUp(dir);
        history = ClinicHistory.of(clinic, 20, 3);
    }

    @AfterAll
    static void close() {
        clinic.close();
    }

    private static Set<String> historyTablesScanned(Runnable load) {
        List<String> plans = clinic.services().queryPlans(load);
        assertThat(plans).as("the load ran queries").isNotEmpty();
        Set<String> scanned = new TreeSet<>();
        for (String plan : plans) {
            Matcher m = READ.matcher(plan.replaceAll("\\s+", " "));
            while (m.find()) {
                String table = m.group(1).toLowerCase(Locale.ROOT);
                boolean whole = m.group(2).endsWith(".tableScan") || m.group(3) == null;
                if (whole && HISTORY.contains(table)) {
                    scanned.add(table);
                    System.out.println("SCAN " + table + ":\n" + plan);
                }
            }
        }
        return scanned;
    }

    @Test
    @DisplayName("SCH-6 the day list, today and for the week")
    void dayList() {
        assertThat(historyTablesScanned(() -> clinic.services().clinicDay()
                .between(history.nurse, ClinicHistory.TODAY, ClinicHistory.TODAY.plusDays(6)).value())).isEmpty();
    }

    @Test
    @DisplayName("REG the duplicate check when registering a patient, and when a duplicate is found")
    void duplicateCheck() {
        assertThat(historyTablesScanned(() -> clinic.services().patients().register(history.nurse,
                PatientForm.grace().mrn("PLAN-1").name("Plan", "Patient").idNumber("PLAN-ID-1").patient(), false).value())).isEmpty();
        assertThat(historyTablesScanned(() -> clinic.services().patients().register(history.nurse,
                PatientForm.grace().mrn("plan 1").name("Other", "Name").idNumber("PLAN-ID-2").patient(), false).value())).isEmpty();
    }

    @Test
    @DisplayName("SCH-6 the patient screen: the patient, the courses, a course's chart, the past sessions")
    void patientScreen() {
        assertThat(historyTablesScanned(() -> {
            clinic.services().patients().open(history.nurse, history.grace).value();
            clinic.services().courses().ofPatient(history.nurse, history.grace).value();
            clinic.services().followUp().progress(history.nurse, history.graceCourse, ScaleKind.PHQ9).value();
            clinic.services().sessionReports().history(history.nurse, history.grace).value();
        })).isEmpty();
    }

    @Test
    @DisplayName("SCH-6 the chair board")
    void board() {
        assertThat(historyTablesScanned(() -> clinic.services().sessions().today(history.nurse).value())).isEmpty();
    }
}
