package org.vigil.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.service.SessionFloor.TODAY;
import static org.vigil.service.SessionFloor.refusedWith;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.domain.Actor;
import org.vigil.domain.AuditEvent;
import org.vigil.domain.Role;
import org.vigil.domain.SettingKeys;
import org.vigil.domain.report.ClinicDayLog;
import org.vigil.domain.report.SessionReport;
import org.vigil.domain.session.DischargeGate.Criterion;
import org.vigil.report.ClinicDayLogPdf;
import org.vigil.report.PrintedPdf;
import org.vigil.report.SessionReportPdf;
import org.vigil.testing.PdfPages;
import org.vigil.text.Messages;

/**
 * The printed session report and the daily clinic log of a known morning ({@link ObservedSession}):
 * the PDF is read back as text and its values checked, and its pages saved as pictures.
 */
@DisplayName("Session reports and the daily clinic log")
class SessionReportTest {

    private static final String MANAGER_PASSWORD = "she reads the whole clinic day";

    @TempDir
    Path dir;
    private SessionFloor floor;
    private long grace;

    @BeforeEach
    void aMorning() {
        floor = SessionFloor.open(dir);
        grace = ObservedSession.run(floor, PatientForm.grace(), 1);
    }

    @AfterEach
    void close() {
        floor.close();
    }

    private SessionReports reports() {
        return floor.clinic.services().sessionReports();
    }

    private static PrintedPdf pdf(SessionReport report, Locale locale) {
        return SessionReportPdf.render(report, locale, Messages.of(locale)::get).value();
    }

    /** The page's text with line breaks and runs of spaces as one space: a table cell wraps where its column ends. */
    static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    @Test
    @DisplayName("DIS-2 BP-9 SIG-1 SIG-4 the report prints the dose, the lot, every BP, ready to leave at 60 min, the signers, a late entry with its time and the chain head")
    void sessionReport() {
        SessionReport report = reports().session(floor.nurse, grace).value();
        PrintedPdf pdf = pdf(report, Locale.ENGLISH);
        PdfPages.png(pdf.bytes(), "session-report-en", pdf.pages());
        String text = flat(PdfPages.text(pdf.bytes()));

        assertThat(text).contains("Session report", "Test Clinic", "Okafor, Grace", "MRN-0001", "P1234567", "15 Jun 1980",
                "Treatment-resistant depression, nasal", "Induction, week 1", "Session of 3 Mar 2025");
        assertThat(text).contains("Route: Nasal spray · dose: 56 mg (2 devices)", "Authorised by Person drchen on 3 Mar 2025 08:00 UTC",
                "Device 1", "Device 2", "LOT-A1");
        assertThat(text).as("every vital sign, baseline first").contains("128/82", "146/90", "172/96", "150/90", "138/86", "132/84");
        assertThat(text).contains("Above 160/100: recheck (BP-4)", "Risen 40/25 or more from the baseline (BP-6)", "The BP check (BP-3)");
        assertThat(text).as("BP-9 the 09:10 reading entered at 09:20").contains("Entered late at 09:20 by Person nurse.li");
        assertThat(text).as("DIS-2").contains("ready to leave at 09:00 (60 min after the dose, DIS-2)",
                "Ready to leave (DIS-2): 3 Mar 2025 09:00 UTC, 60 min after the dose.");
        assertThat(text).contains("Total monitoring: 122 minutes from the dose start");
        assertThat(text).as("SIG-1 name, time with zone, meaning").contains("Dose authorised (PRE-2)",
                "Clinically stable and ready to leave (DIS-1)", "Person drchen", "3 Mar 2025 10:01 UTC");
        assertThat(text).contains("Nausea", "Queasy after the second device", "Reassured, sips of water", "Resolved at 08:45: Settled");
        assertThat(text).contains("Dissociation noted at 08:15 by Person nurse.li (OBS-3)", "Dissociation resolved at 08:50 by Person nurse.li (OBS-3)");
        assertThat(text).as("the register's entries of the session with their signatures").contains("Administered", "Person nurse.li");
        assertThat(text).as("DIS-1 each criterion with the time it was met").contains("Observation time", "10:00", "Signed ready to leave",
                "Transport here");
        assertThat(report.metSince()).containsEntry(Criterion.MOAAS_FULL, TestTimes.at("09:00"))
                .containsEntry(Criterion.LAST_BP_WITHIN_THRESHOLDS, TestTimes.at("08:55"))
                .containsEntry(Criterion.DISSOCIATION_RESOLVED, TestTimes.at("08:50"));
        assertThat(text).as("SIG-4").contains("Audit chain head at printing (SIG-4): event " + report.heading().chainHead().seq() + ", SHA-256 "
                + report.heading().chainHead().hash());
        assertThat(text).contains("Page 1 of " + pdf.pages()).doesNotContain("sheet");
        assertThat(PdfPages.sizes(pdf.bytes())).as("portrait A4 by default").allMatch("595×842"::equals);
        assertThat(PdfPages.fonts(pdf.bytes())).isNotEmpty().allSatisfy(f -> assertThat(f).endsWith(" embedded"));

        AuditEvent printed = floor.clinic.lastEvent();
        assertThat(printed.action()).isEqualTo("REPORT_PRINTED");
        assertThat(printed.seq()).as("SIG-4 the one event the report writes comes right after the head it names")
                .isEqualTo(report.heading().chainHead().seq() + 1);
        assertThat(printed.newValue()).contains("kind=SESSION", "sessions=[" + grace + "]",
                "auditHead=" + report.heading().chainHead().seq() + ":" + report.heading().chainHead().hash());
    }

    @Test
    @DisplayName("SIG-4 producing a report changes nothing but its one audit event")
    void readOnly() {
        List<AuditEvent> before = floor.clinic.auditTrail();
        SessionReport first = reports().session(floor.nurse, grace).value();
        List<AuditEvent> after = floor.clinic.auditTrail();
        assertThat(after).hasSize(before.size() + 1);
        assertThat(after.getLast().action()).isEqualTo("REPORT_PRINTED");
        SessionReport again = reports().session(floor.nurse, grace).value();
        assertThat(again.snapshot()).isEqualTo(first.snapshot());
        assertThat(again.heading().chainHead().seq()).isEqualTo(first.heading().chainHead().seq() + 1);
    }

    @Test
    @DisplayName("the report in Chinese, for a Chinese patient, on US Letter when the clinic's paper setting says so")
    void chineseOnLetter() {
        long zhang = ObservedSession.run(floor, PatientForm.zhangWei(), 2);
        floor.clinic.services().settings().change(floor.clinic.admin(), SettingKeys.PRINT_PAPER_SIZE, "LETTER", "US paper in the tray").value();
        SessionReport report = reports().session(floor.nurse, zhang).value();
        PrintedPdf pdf = pdf(report, Messages.CHINESE);
        PdfPages.png(pdf.bytes(), "session-report-zh", pdf.pages());
        String text = flat(PdfPages.text(pdf.bytes()));

        assertThat(text).contains("治疗记录报告", "张伟", "第 1 页，共 " + pdf.pages() + " 页", "给药途径", "56 mg（2 支）",
                "LOT-A1", "172/96", "11:22 由 Person nurse.li 补录", "给药后 60 分钟");
        assertThat(text).as("PROD-2 mg/kg over the 70 kg on record").contains("0.8 mg/kg");
        assertThat(PdfPages.sizes(pdf.bytes())).as("portrait US Letter").allMatch("612×792"::equals);
        assertThat(PdfPages.fonts(pdf.bytes())).isNotEmpty().allSatisfy(f -> assertThat(f).endsWith(" embedded"));
    }

    @Test
    @DisplayName("ROLE-2 printing is refused to an administrator, and a day's batch to a nurse; both refusals audited")
    void refusedByRole() {
        refusedWith(reports().session(floor.clinic.admin(), grace), "ROLE-2", "refused.role");
        assertThat(floor.clinic.lastEvent().action()).isNotEqualTo("REPORT_PRINTED");
        refusedWith(reports().day(floor.nurse, TODAY), "ROLE-2", "refused.role");
        assertThat(floor.clinic.actions()).doesNotContain("REPORT_PRINTED");
    }

    @Test
    @DisplayName("an unknown session and a booked one that never started are refused with what is wrong")
    void unknownSession() {
        refusedWith(reports().session(floor.nurse, 9999), "SESSION", "report.session.notFound");
        long booked = floor.booked(PatientForm.zhangWei(), org.vigil.domain.Route.NASAL, 3);
        refusedWith(reports().session(floor.nurse, booked), "SESSION", "report.session.notStarted");
        assertThat(floor.clinic.actions()).doesNotContain("REPORT_PRINTED");
    }

    @Test
    @DisplayName("SIG-4 a manager prints the day's session reports in one batch: each report numbered on its own, the sheets across the batch, one audit event")
    void dayBatch() {
        long zhang = ObservedSession.run(floor, PatientForm.zhangWei(), 2);
        Actor manager = floor.clinic.person("manager", MANAGER_PASSWORD, Role.MANAGER);
        List<SessionReport> day = reports().day(manager, TODAY).value();
        assertThat(day).extracting(SessionReport::sessionId).containsExactly(grace, zhang);
        PrintedPdf pdf = SessionReportPdf.render(day, Locale.ENGLISH, Messages.of(Locale.ENGLISH)::get, SessionReportPdf.Progress.ALWAYS)
                .value();
        int perReport = pdf.pages() / 2;
        String text = flat(PdfPages.text(pdf.bytes()));
        assertThat(text).contains("Okafor, Grace", "张伟", "Page 1 of " + perReport + " · sheet 1 of " + pdf.pages(),
                "Page 1 of " + perReport + " · sheet " + (perReport + 1) + " of " + pdf.pages());
        assertThat(flat(PdfPages.text(pdf.bytes(), perReport + 1))).as("the second report starts on a new page").contains("张伟")
                .doesNotContain("Okafor, Grace");
        AuditEvent printed = floor.clinic.lastEvent();
        assertThat(printed.action()).isEqualTo("REPORT_PRINTED");
        assertThat(printed.newValue()).contains("kind=DAY_SESSIONS", "sessions=[" + grace + ", " + zhang + "]");
        refusedWith(reports().day(manager, TODAY.plusDays(1)), "SESSION", "report.session.dayNone");
    }

    @Test
    @DisplayName("a day's batch stops when told to, before the next report")
    void batchCancelled() {
        ObservedSession.run(floor, PatientForm.zhangWei(), 2);
        Actor manager = floor.clinic.person("manager", MANAGER_PASSWORD, Role.MANAGER);
        List<SessionReport> day = reports().day(manager, TODAY).value();
        var stopped = SessionReportPdf.render(day, Locale.ENGLISH, Messages.of(Locale.ENGLISH)::get, (done, total) -> done < 1);
        refusedWith(stopped, "SESSION", "report.session.cancelled");
    }

    @Test
    @DisplayName("DIS-2 SIG-1 the daily clinic log lists every session of the day with its key times and signatures, on one landscape page")
    void dailyLog() {
        ObservedSession.run(floor, PatientForm.zhangWei(), 2);
        ClinicDayLog log = reports().dayLog(floor.nurse, TODAY).value();
        assertThat(log.rows()).hasSize(2);
        PrintedPdf pdf = ClinicDayLogPdf.render(log, Locale.ENGLISH, Messages.of(Locale.ENGLISH)::get).value();
        String text = flat(PdfPages.text(pdf.bytes()));
        assertThat(pdf.pages()).isEqualTo(1);
        assertThat(text).contains("Daily clinic log", "Okafor, Grace", "MRN MRN-0001", "张伟", "56 mg Nasal spray", "08:40", "172/96",
                "Dose authorised (PRE-2): Person drchen at 08:00", "Clinically stable and ready to leave (DIS-1): Person drchen at 10:01",
                "Discharged", "Page 1 of 1", "Day of 3 Mar 2025");
        assertThat(text).as("who gave the dose and who discharged").contains("08:00 by Person nurse.li", "10:02 by Person nurse.li");
        assertThat(PdfPages.sizes(pdf.bytes())).allMatch("842×595"::equals);
        assertThat(floor.clinic.lastEvent().newValue()).contains("kind=DAY_LOG");
        PdfPages.png(pdf.bytes(), "daily-log-en", 1);
        PrintedPdf zh = ClinicDayLogPdf.render(log, Messages.CHINESE, Messages.of(Messages.CHINESE)::get).value();
        assertThat(flat(PdfPages.text(zh.bytes()))).contains("每日门诊日志", "张伟");
        PdfPages.png(zh.bytes(), "daily-log-zh", 1);
    }
}
