package org.vigil.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vigil.service.SessionFloor.TODAY;
import static org.vigil.service.SessionFloor.refusedWith;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.domain.AuditEvent;
import org.vigil.domain.Role;
import org.vigil.domain.programme.FormDeadline.Urgency;
import org.vigil.domain.programme.MonitoringForm;
import org.vigil.domain.programme.MonitoringFormPrintout;
import org.vigil.domain.programme.QueuedForm;
import org.vigil.report.MonitoringFormPdf;
import org.vigil.report.PrintedPdf;
import org.vigil.store.RawDatabase;
import org.vigil.testing.PdfPages;
import org.vigil.text.Messages;

/** PAT-6: the risk programme's monitoring forms, their queue and deadlines, filing and printing. */
@DisplayName("Monitoring forms for the risk programme")
class MonitoringFormsTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("PAT-6 a session ended after a dose is queued with its 7-day deadline, due soon within 2 days, overdue after it")
    void deadlines() {
        try (FormsFloor f = FormsFloor.open(dir, true)) {
            long session = f.discharged(PatientForm.grace());

            QueuedForm today = f.forms().queue(f.floor.prescriber).value().open().getFirst();
            assertThat(today.sessionId()).isEqualTo(session);
            assertThat(today.patientName()).isEqualTo("Okafor, Grace");
            assertThat(today.sessionDate()).isEqualTo(TODAY);
            assertThat(today.deadline().deadline()).as("PAT-6 seven days from the session").isEqualTo(TODAY.plusDays(7));
            assertThat(today.deadline().daysLeft()).isEqualTo(7);
            assertThat(today.deadline().urgency()).isEqualTo(Urgency.DUE);

            f.floor.clinic.clock.advance(Duration.ofDays(4));
            assertThat(f.forms().queue(f.manager).value().open().getFirst().deadline().urgency()).as("3 days left").isEqualTo(Urgency.DUE);
            f.floor.clinic.clock.advance(Duration.ofDays(1));
            QueuedForm soon = f.forms().queue(f.manager).value().open().getFirst();
            assertThat(soon.deadline().daysLeft()).isEqualTo(2);
            assertThat(soon.deadline().urgency()).as("PAT-6 due within 2 days").isEqualTo(Urgency.DUE_SOON);
            f.floor.clinic.clock.advance(Duration.ofDays(2));
            assertThat(f.forms().queue(f.manager).value().open().getFirst().deadline().urgency()).as("on the day").isEqualTo(Urgency.DUE_SOON);
            f.floor.clinic.clock.advance(Duration.ofDays(1));
            QueuedForm late = f.forms().queue(f.manager).value().open().getFirst();
            assertThat(late.deadline().daysLeft()).isEqualTo(-1);
            assertThat(late.deadline().urgency()).isEqualTo(Urgency.OVERDUE);

            // The days are the programme's, kept as settings: a programme that gives 14 days moves every deadline.
            f.floor.clinic.services().settings().change(f.manager, "pat.monitoringFormDays", "14", "Programme allows two weeks").value();
            QueuedForm moved = f.forms().queue(f.manager).value().open().getFirst();
            assertThat(moved.deadline().deadline()).isEqualTo(TODAY.plusDays(14));
            assertThat(moved.deadline().urgency()).isEqualTo(Urgency.DUE);
        }
    }

    @Test
    @DisplayName("PAT-6 marking a form submitted records who and when, with its audit event in the same transaction, and takes it out of the queue once")
    void markSubmitted() throws Exception {
        try (FormsFloor f = FormsFloor.open(dir, true)) {
            long session = f.discharged(PatientForm.grace());
            f.floor.clinic.clock.advance(Duration.ofDays(2));
            Instant markedAt = f.floor.now();

            QueuedForm marked = f.forms().markSubmitted(f.floor.prescriber, session).value();

            assertThat(marked.submitted()).contains(new QueuedForm.Submitted(markedAt, "Person drchen"));
            AuditEvent audit = f.floor.clinic.lastEvent();
            assertThat(audit.action()).isEqualTo("MONITORING_FORM_SUBMITTED");
            assertThat(audit.entityId()).isEqualTo(String.valueOf(session));
            assertThat(audit.newValue()).contains("submittedAt=" + markedAt, "by=Person drchen");
            MonitoringForms.Queue queue = f.forms().queue(f.manager).value();
            assertThat(queue.open()).as("the row leaves the queue").isEmpty();
            assertThat(queue.submitted()).singleElement().satisfies(q -> assertThat(q.submitted()).contains(
                    new QueuedForm.Submitted(markedAt, "Person drchen")));

            refusedWith(f.forms().markSubmitted(f.manager, session), "PAT-6", "monitoringForms.refused.alreadySubmitted");
            assertThat(f.floor.clinic.lastEvent().action()).as("ROLE-2 the refusal is audited").isEqualTo("MONITORING_FORM_REFUSED");

            f.floor.clinic.close();
            try (RawDatabase raw = RawDatabase.open(f.floor.clinic.dir)) {
                assertThat(raw.column("SELECT submitted_by_name FROM monitoring_form_submission WHERE session_id = ?", session)).containsExactly("Person drchen");
                assertThatThrownBy(() -> raw.update("UPDATE monitoring_form_submission SET submitted_by_name = 'Someone else'"))
                        .as("the mark is append-only").hasMessageContaining("append-only");
            }
            f.floor.clinic.reopen();
        }
    }

    @Test
    @DisplayName("PAT-6 the manager's period report counts the forms overdue at the end of the period and not marked submitted by then")
    void overdueInThePeriodReport() {
        try (FormsFloor f = FormsFloor.open(dir, true)) {
            long session = f.discharged(PatientForm.grace());
            ClinicReports reports = f.floor.clinic.services().clinicReports();
            assertThat(reports.figures(f.manager, TODAY, TODAY.plusDays(7)).value().monitoringFormsOverdue())
                    .as("on its deadline day the form is due, not overdue").hasValue(0);
            assertThat(reports.figures(f.manager, TODAY, TODAY.plusDays(8)).value().monitoringFormsOverdue()).hasValue(1);

            f.floor.clinic.clock.advance(Duration.ofDays(10));
            f.forms().markSubmitted(f.manager, session).value();
            assertThat(reports.figures(f.manager, TODAY, TODAY.plusDays(8)).value().monitoringFormsOverdue())
                    .as("marked after the period ended: it was overdue at the end of the period").hasValue(1);
            assertThat(reports.figures(f.manager, TODAY, TODAY.plusDays(10)).value().monitoringFormsOverdue())
                    .as("marked within the period: not overdue at its end").hasValue(0);
        }
    }

    @Test
    @DisplayName("ROLE-2 PAT-6 a nurse may neither see, print nor file the forms; a prescriber and a manager may")
    void roles() {
        try (FormsFloor f = FormsFloor.open(dir, true)) {
            long session = f.discharged(PatientForm.grace());
            refusedWith(f.forms().queue(f.floor.nurse), "ROLE-2", "refused.role");
            refusedWith(f.forms().printout(f.floor.nurse, session), "ROLE-2", "refused.role");
            refusedWith(f.forms().markSubmitted(f.floor.nurse, session), "ROLE-2", "refused.role");
            refusedWith(f.forms().queue(f.floor.clinic.admin()), "ROLE-2", "refused.role");
            assertThat(f.forms().queue(f.floor.prescriber).value().open()).hasSize(1);
            assertThat(f.forms().printout(f.manager, session).isDone()).isTrue();
        }
    }

    @Test
    @DisplayName("PAT-6 a clinic not in the programme owes no forms: no queue, no form to print or file")
    void notEnrolled() {
        try (FormsFloor f = FormsFloor.open(dir, false)) {
            long session = f.discharged(PatientForm.grace());
            MonitoringForms.Queue queue = f.forms().queue(f.manager).value();
            assertThat(queue.enrolled()).isFalse();
            assertThat(queue.open()).isEmpty();
            refusedWith(f.forms().printout(f.manager, session), "PAT-6", "monitoringForms.refused.noForm");
            refusedWith(f.forms().markSubmitted(f.manager, session), "PAT-6", "monitoringForms.refused.noForm");

            // Sessions that end after the clinic joins owe a form; the one before does not.
            f.floor.minutes(1);
            f.floor.clinic.services().settings().change(f.manager, "pat.riskProgrammeRequired", "YES", "Joined the programme").value();
            long after = f.discharged(PatientForm.david());
            assertThat(f.forms().queue(f.manager).value().open()).extracting(QueuedForm::sessionId).containsExactly(after);
        }
    }

    @Test
    @DisplayName("PAT-6 OBS-2 OBS-3 DIS-2 the printed form carries the session's values: patient, dose, lot, each BP, minutes, clinician, in English and Chinese")
    void printedForm() {
        try (FormsFloor f = FormsFloor.open(dir, true)) {
            long session = f.discharged(PatientForm.grace());
            MonitoringFormPrintout printout = f.forms().printout(f.floor.prescriber, session).value();
            MonitoringForm form = printout.form();
            assertThat(form.minutesMonitored()).as("first device to discharge").isEqualTo(125);
            assertThat(form.readyToLeaveMinutes()).as("DIS-2 as stored: every clinical criterion held from the 40-minute BP").contains(f.readyMinutes(session)).contains(40L);
            assertThat(form.bpAtCheck()).contains(new MonitoringForm.Bp(148, 90, 40));
            assertThat(form.firstTreatment()).isTrue();

            PrintedPdf en = MonitoringFormPdf.render(printout, Locale.ENGLISH, Messages.of(Locale.ENGLISH)::get).value();
            String text = PdfPages.text(en.bytes()).replaceAll("\\s+", " ");
            assertThat(text).contains("Risk programme: patient monitoring form", "Test Clinic", "Okafor, Grace", "RP-1001", "15 Jun 1980",
                    "Female", "None reported", "Person drchen", "56 mg, nasal spray", "LOT-A1", "First treatment Yes",
                    "125 min", "Ready to leave, minutes after the first device 40 min", "128/82 mmHg", "BP at 40 min 148/90 mmHg at 40 min", "132/84 mmHg at 118 min",
                    "Sedation Yes (lowest MOAA/S 4)", "Dissociation Yes", "Respiratory depression No", "Serious adverse events No",
                    "Discharged home", "Submit to the programme by 10 Mar 2025", "Page 1 of 1",
                    "Audit chain head at printing: event " + printout.chainHead().seq() + ", SHA-256 " + printout.chainHead().hash());
            assertThat(PdfPages.sizes(en.bytes())).as("portrait A4").containsOnly("595×842");
            assertThat(PdfPages.fonts(en.bytes())).isNotEmpty().allSatisfy(font -> assertThat(font).endsWith(" embedded"));
            AuditEvent printed = f.floor.clinic.lastEvent();
            assertThat(printed.action()).isEqualTo("MONITORING_FORM_PRINTED");
            assertThat(printed.newValue()).contains("auditHead=" + printout.chainHead().seq() + ":" + printout.chainHead().hash());
            PdfPages.png(en.bytes(), "monitoring-form-en", 1);

            PrintedPdf zh = MonitoringFormPdf.render(printout, Messages.CHINESE, Messages.of(Messages.CHINESE)::get).value();
            String zhText = PdfPages.text(zh.bytes()).replaceAll("\\s+", " ");
            assertThat(zhText).contains("风险管理计划：患者监测表", "Okafor, Grace", "56 mg，鼻喷", "LOT-A1", "148/90 mmHg，第 40 分钟", "第 1 页，共 1 页");
            PdfPages.png(zh.bytes(), "monitoring-form-zh", 1);

            f.floor.clinic.services().settings().change(f.floor.clinic.admin(), "print.paperSize", "LETTER", "US paper").value();
            PrintedPdf letter = MonitoringFormPdf.render(f.forms().printout(f.manager, session).value(), Locale.ENGLISH,
                    Messages.of(Locale.ENGLISH)::get).value();
            assertThat(PdfPages.sizes(letter.bytes())).containsOnly("612×792");
        }
    }
}
