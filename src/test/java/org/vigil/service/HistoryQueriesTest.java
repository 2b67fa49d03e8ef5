package org.vigil.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.domain.scale.ScaleKind;

/**
 * Issue 16, item 4: the day list, the duplicate check at registration and the course views read
 * what they show in a fixed number of SQL statements, whatever the clinic has accumulated. The
 * same day is read in a clinic with a short past and in one with ten times as much.
 */
@DisplayName("Issue 16: what the screens read does not grow with the clinic's history")
class HistoryQueriesTest {

    /** Ten past patients against a hundred; Grace's one past course against ten. */
    private static final int SHORT = 10;
    private static final int LONG = 100;
    /** The most statements any of these screens may take: a handful per kind of fact shown. */
    private static final long FEW = 30;

    @TempDir
    Path shortDir;
    @TempDir
    Path longDir;

    @Test
    @DisplayName("SCH-6 REG the day list, registration, the patient's courses, scales and sessions: the same statements for ten times the history")
    void sameStatementsForTenTimesTheHistory() {
        Map<String, Long> shortPast;
        Map<String, Long> longPast;
        try (TestClinic clinic = TestClinic.setUp(shortDir)) {
            shortPast = loads(ClinicHistory.of(clinic, SHORT, SHORT / 10));
        }
        try (TestClinic clinic = TestClinic.setUp(longDir)) {
            longPast = loads(ClinicHistory.of(clinic, LONG, LONG / 10));
        }

        assertThat(longPast).as("statements per screen with %d past patients against %d", LONG, SHORT).isEqualTo(shortPast);
        assertThat(shortPast.values()).allSatisfy(n -> assertThat(n).isPositive().isLessThanOrEqualTo(FEW));
    }

    /** What each screen costs in statements today, after checking it shows today's clinic, not the past. */
    private static Map<String, Long> loads(ClinicHistory h) {
        Services s = h.clinic.services();
        assertThat(s.clinicDay().between(h.nurse, ClinicHistory.TODAY, ClinicHistory.TODAY).value())
                .extracting(r -> r.patient().patient().name().family()).containsExactly("Okafor", "Brown", "张");
        assertThat(s.courses().ofPatient(h.nurse, h.grace).value()).hasSize(1 + h.pastCourses());
        Map<String, Long> counts = new LinkedHashMap<>();
        Function<Runnable, Long> count = h::statementsFor;
        counts.put("day list, today", count.apply(() -> s.clinicDay().between(h.nurse, ClinicHistory.TODAY, ClinicHistory.TODAY).value()));
        counts.put("day list, the week", count.apply(() -> s.clinicDay().between(h.nurse, ClinicHistory.TODAY.minusDays(3),
                ClinicHistory.TODAY.plusDays(3)).value()));
        counts.put("registering a patient", count.apply(() -> s.patients().register(h.nurse,
                PatientForm.grace().mrn("NEW-1").name("New", "Patient").idNumber("NEW-ID-1").patient(), false).value()));
        counts.put("duplicate found", count.apply(() -> assertThat(s.patients().register(h.nurse,
                PatientForm.grace().mrn("NEW-2").idNumber("NEW-ID-2").patient(), false).value())
                .isInstanceOf(Registration.PossibleDuplicates.class)));
        counts.put("patient screen", count.apply(() -> s.patients().open(h.nurse, h.grace).value()));
        counts.put("patient's courses", count.apply(() -> s.courses().ofPatient(h.nurse, h.grace).value()));
        counts.put("course's PHQ-9 chart", count.apply(() -> s.followUp().progress(h.nurse, h.graceCourse, ScaleKind.PHQ9).value()));
        counts.put("patient's sessions", count.apply(() -> s.sessionReports().history(h.nurse, h.grace).value()));
        counts.put("chair board", count.apply(() -> s.sessions().today(h.nurse).value()));
        System.out.println("statements with " + h.pastPatients() + " past patients: " + counts);
        return counts;
    }
}
