package org.vigil.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.domain.AuditEvent;
import org.vigil.domain.Outcome;
import org.vigil.domain.Refusal;
import org.vigil.domain.course.Regimen;
import org.vigil.domain.register.DiscrepancyOutcome;
import org.vigil.domain.report.PeriodReport;
import org.vigil.domain.scale.ScaleKind;
import org.vigil.domain.session.AdverseEventKind;
import org.vigil.domain.session.SessionEvent.AdverseEventOpened.Severity;

/** The manager's report for March at the test clinic ({@link PeriodClinic}): every figure as the seeded sessions make it. */
@DisplayName("Period report: figures read from the records, the print audited once, the manager's only")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClinicReportsTest {

    private PeriodClinic clinic;
    private PeriodReport march;

    @BeforeAll
    void seed(@TempDir Path dir) {
        clinic = PeriodClinic.open(dir);
        march = reports().figures(clinic.manager, PeriodClinic.MARCH_1, PeriodClinic.MARCH_31).value();
    }

    @AfterAll
    void close() {
        clinic.close();
    }

    private ClinicReports reports() {
        return clinic.services().clinicReports();
    }

    @Test
    @DisplayName("Sessions held per day (every day of March listed), per chair and per nurse who checked the patient in")
    void sessionCounts() {
        PeriodReport.SessionCounts s = march.sessions();
        assertThat(s.held()).isEqualTo(5);
        assertThat(s.dosed()).isEqualTo(4);
        assertThat(s.abandoned()).isEqualTo(1);
        assertThat(s.referred()).isEqualTo(1);
        assertThat(s.enteredAfterwards()).as("every March session was recorded at the chair").isZero();
        assertThat(s.perDay()).hasSize(31);
        assertThat(s.perDay()).filteredOn(d -> d.held() > 0).extracting(d -> d.day().getDayOfMonth(), PeriodReport.DayCount::held,
                PeriodReport.DayCount::dosed).containsExactly(tuple(4, 2, 2), tuple(5, 2, 1), tuple(6, 1, 1));
        assertThat(s.perChair()).extracting(PeriodReport.Tally::label, PeriodReport.Tally::sessions)
                .containsExactly(tuple("1", 2), tuple("2", 2), tuple("3", 1));
        assertThat(s.perNurse()).extracting(PeriodReport.Tally::label, PeriodReport.Tally::sessions)
                .containsExactly(tuple("Person nurse.li", 3), tuple("Person nurse.wu", 2));
    }

    @Test
    @DisplayName("CD-3 doses by product from the register: 7 nasal devices (196 mg) in 3 sessions, 1 vial (35 mg) in 1")
    void dosesByProduct() {
        assertThat(march.doses()).extracting(PeriodReport.ProductDoses::unit, PeriodReport.ProductDoses::sessions,
                PeriodReport.ProductDoses::units).containsExactlyInAnyOrder(tuple("DEVICE", 3, 7), tuple("VIAL", 1, 1));
        assertThat(march.doses()).filteredOn(d -> d.unit().equals("DEVICE")).singleElement()
                .satisfies(d -> assertThat(d.mg()).isEqualByComparingTo(new BigDecimal("196")));
        assertThat(march.doses()).filteredOn(d -> d.unit().equals("VIAL")).singleElement()
                .satisfies(d -> assertThat(d.mg()).isEqualByComparingTo(new BigDecimal("35")));
    }

    @Test
    @DisplayName("OBS-1 observation times of the discharged sessions: 125, 130, 135 min, median 130, longest 135")
    void observationTimes() {
        assertThat(march.observation().minutes()).containsExactly(125L, 130L, 135L);
        assertThat(march.observation().median()).isEqualTo(OptionalInt.of(130));
        assertThat(march.observation().longest()).isEqualTo(OptionalInt.of(135));
        assertThat(march.observation().minimumMinutes()).isEqualTo(120);
    }

    @Test
    @DisplayName("BP-3 late checks by the protocol's window: David 12 min and Zhang Wei (IV) 25 min late, median 19, two on time")
    void lateBpChecks() {
        PeriodReport.LateBpChecks b = march.bpChecks();
        assertThat(b.due()).isEqualTo(4);
        assertThat(b.onTime()).isEqualTo(2);
        assertThat(b.missed()).isZero();
        assertThat(b.late()).extracting(l -> l.day().getDayOfMonth(), PeriodReport.LateCheck::chair, PeriodReport.LateCheck::nurse,
                PeriodReport.LateCheck::minutesLate).containsExactly(tuple(4, 2, "Person nurse.wu", 12L), tuple(5, 1, "Person nurse.li", 25L));
        assertThat(b.medianMinutesLate()).isEqualTo(OptionalInt.of(19));
        assertThat(b.longestMinutesLate()).isEqualTo(OptionalInt.of(25));
        assertThat(march.definitions().bpCheckMinutes()).isEqualTo(40);
        assertThat(march.definitions().bpCheckWindowMinutes()).isEqualTo(5);
    }

    @Test
    @DisplayName("BP-4 one raised episode; BP-2, ADM-2 overrides, an ADM-4 warning and an ALM-2 acknowledgement counted")
    void safetyCounts() {
        assertThat(march.safety()).isEqualTo(new PeriodReport.SafetyCounts(1, 1, 1, 0, 1, 0, 1, 1));
        assertThat(march.safety().overrides()).isEqualTo(2);
    }

    @Test
    @DisplayName("OBS-4 adverse events by kind and severity, and the referral with its reason")
    void adverseEventsAndReferrals() {
        assertThat(march.adverseEvents()).extracting(PeriodReport.AdverseEventCount::kind, PeriodReport.AdverseEventCount::severity,
                PeriodReport.AdverseEventCount::count).containsExactly(tuple(AdverseEventKind.NAUSEA, Severity.MILD, 1),
                tuple(AdverseEventKind.CHEST_PAIN, Severity.SEVERE, 1));
        assertThat(march.referrals()).containsExactly(new PeriodReport.Referral(LocalDate.of(2025, 3, 5), 1, "Chest pain, ambulance called"));
    }

    @Test
    @DisplayName("CD-6 two discrepancies opened in March, one resolved as explained, one open at the end")
    void discrepancies() {
        assertThat(march.discrepancies().opened()).isEqualTo(2);
        assertThat(march.discrepancies().resolved()).containsExactly(new PeriodReport.Resolved(DiscrepancyOutcome.EXPLAINED, 1));
        assertThat(march.discrepancies().openAtEnd()).isEqualTo(1);
        PeriodReport april = reports().figures(clinic.manager, LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 30)).value();
        assertThat(april.discrepancies().opened()).isZero();
        assertThat(april.discrepancies().openAtEnd()).as("still open in April").isEqualTo(1);
    }

    @Test
    @DisplayName("SCALE response and remission per regimen: TRD nasal PHQ-9 2 of 2 respond, 1 remits; TRD IV none; April's score left out")
    void outcomes() {
        assertThat(march.outcomes()).extracting(PeriodReport.OutcomeRate::regimen, PeriodReport.OutcomeRate::scale,
                PeriodReport.OutcomeRate::assessed, PeriodReport.OutcomeRate::responders, PeriodReport.OutcomeRate::remitters)
                .containsExactlyInAnyOrder(tuple(Regimen.TRD_NASAL, ScaleKind.PHQ9, 2, 2, 1), tuple(Regimen.TRD_NASAL, ScaleKind.MADRS, 1, 1, 1),
                        tuple(Regimen.TRD_IV, ScaleKind.PHQ9, 1, 0, 0));
        PeriodReport.OutcomeRate phq9 = march.outcomes().stream().filter(r -> r.regimen() == Regimen.TRD_NASAL && r.scale() == ScaleKind.PHQ9)
                .findFirst().orElseThrow();
        assertThat(phq9.responsePercent()).isEqualTo(OptionalInt.of(100));
        assertThat(phq9.remissionPercent()).isEqualTo(OptionalInt.of(50));
        assertThat(march.definitions().responseReductionPercent()).isEqualTo(50);
    }

    @Test
    @DisplayName("PAT-6 a clinic never in the risk programme owes no forms: the overdue figure is not given, never a made-up zero")
    void monitoringFormsNotOwed() {
        assertThat(march.monitoringFormsOverdue()).isEmpty();
    }

    @Test
    @DisplayName("SIG-4 reading for the screen writes nothing; printing writes one audit event naming the period and the chain head")
    void printAuditedOnce() {
        Services services = clinic.services();
        long before = services.syncedWrites();
        reports().figures(clinic.manager, PeriodClinic.MARCH_1, PeriodClinic.MARCH_31).value();
        assertThat(services.syncedWrites()).as("the screen's read").isEqualTo(before);
        List<AuditEvent> trail = clinic.clinic.auditTrail();
        PeriodReport printed = reports().printout(clinic.manager, PeriodClinic.MARCH_1, PeriodClinic.MARCH_31).value();
        List<AuditEvent> after = clinic.clinic.auditTrail();
        assertThat(after).hasSize(trail.size() + 1);
        AuditEvent event = after.getLast();
        assertThat(event.action()).isEqualTo("PERIOD_REPORT_PRINTED");
        assertThat(event.username()).isEqualTo("manager.shah");
        assertThat(event.newValue()).contains("period=2025-03-01..2025-03-31", "sessions=5",
                "auditHead=" + printed.chainHead().seq() + ":" + printed.chainHead().hash());
        assertThat(printed.chainHead().seq()).as("the head read with the figures is the event before the print's").isEqualTo(event.seq() - 1);
        assertThat(printed.printedBy()).isEqualTo("Person manager.shah");
    }

    @Test
    @DisplayName("ROLE-2 a nurse is refused the clinic's report, and the refusal is audited")
    void nurseRefused() {
        Outcome<PeriodReport> outcome = reports().printout(clinic.li, PeriodClinic.MARCH_1, PeriodClinic.MARCH_31);
        Refusal refusal = outcome.refusalOrNull();
        assertThat(refusal).isNotNull();
        assertThat(refusal.ruleId()).isEqualTo("ROLE-2");
        assertThat(refusal.messageKey()).isEqualTo("refused.role");
        AuditEvent last = clinic.clinic.lastEvent();
        assertThat(last.action()).isEqualTo("REFUSED");
        assertThat(last.newValue()).isEqualTo("report.period.print");
        assertThat(reports().figures(clinic.prescriber, PeriodClinic.MARCH_1, PeriodClinic.MARCH_31).refusalOrNull())
                .extracting(Refusal::ruleId).isEqualTo("ROLE-2");
    }

    @Test
    @DisplayName("A period whose first day is after its last, or without days, is refused before anything is read")
    void badPeriod() {
        Refusal reversed = reports().figures(clinic.manager, PeriodClinic.MARCH_31, PeriodClinic.MARCH_1).refusalOrNull();
        assertThat(reversed.messageKey()).isEqualTo("report.period.reversed");
        assertThat(reports().figures(clinic.manager, null, PeriodClinic.MARCH_1).refusalOrNull().messageKey())
                .isEqualTo("report.period.missing");
    }
}
