package org.vigil.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.domain.Actor;
import org.vigil.domain.report.ClinicDayLog;
import org.vigil.domain.report.SessionReport;
import org.vigil.report.ClinicDayLogPdf;
import org.vigil.report.PrintedPdf;
import org.vigil.report.SessionReportPdf;
import org.vigil.service.LoginResult;
import org.vigil.service.Services;
import org.vigil.testing.MutableClock;
import org.vigil.testing.PdfPages;
import org.vigil.testing.TestServices;
import org.vigil.text.Messages;

/** The demo clinic's paper: its morning under way and its past days print, in both languages, as the manager would print them. */
@DisplayName("The demo clinic's session reports and daily logs")
class DemoReportsTest {

    private static final Instant MONDAY = Instant.parse("2025-03-03T08:00:00Z");

    @Test
    @DisplayName("DIS-2 SIG-4 the morning under way and a past day print: every session begun is in the log and has its report")
    void demoDays(@TempDir Path dir) {
        try (Services services = TestServices.open(dir, new MutableClock(MONDAY))) {
            new DemoClinic(services).seedIfEmpty();
            Actor manager = ((LoginResult.Granted) services.accounts().login("manager", DemoClinic.PASSWORD)).actor();
            LocalDate today = LocalDate.of(2025, 3, 3);

            List<SessionReport> morning = services.sessionReports().day(manager, today).value();
            assertThat(morning).hasSizeGreaterThanOrEqualTo(6);
            PrintedPdf en = SessionReportPdf.render(morning, Locale.ENGLISH, Messages.of(Locale.ENGLISH)::get,
                    SessionReportPdf.Progress.ALWAYS).value();
            PrintedPdf zh = SessionReportPdf.render(morning, Messages.CHINESE, Messages.of(Messages.CHINESE)::get,
                    SessionReportPdf.Progress.ALWAYS).value();
            assertThat(PdfPages.text(en.bytes())).contains("Session report", "Page 1 of");
            assertThat(PdfPages.text(zh.bytes())).contains("治疗记录报告");
            PdfPages.png(en.bytes(), "demo-morning-reports-en", 4);

            ClinicDayLog log = services.sessionReports().dayLog(manager, today).value();
            assertThat(log.rows()).hasSize(morning.size());
            PrintedPdf logPdf = ClinicDayLogPdf.render(log, Messages.CHINESE, Messages.of(Messages.CHINESE)::get).value();
            PdfPages.png(logPdf.bytes(), "demo-morning-log-zh", 1);

            for (int back = 1; back <= 7; back++) {
                LocalDate day = today.minusDays(back);
                ClinicDayLog past = services.sessionReports().dayLog(manager, day).value();
                if (past.rows().isEmpty()) {
                    continue;
                }
                assertThat(past.rows()).as("a past day's sessions were discharged").allSatisfy(r -> assertThat(r.state()).isEqualTo(org.vigil.domain.session.SessionState.DISCHARGED));
                List<SessionReport> reports = services.sessionReports().day(manager, day).value();
                PrintedPdf pdf = SessionReportPdf.render(reports, Locale.ENGLISH, Messages.of(Locale.ENGLISH)::get,
                        SessionReportPdf.Progress.ALWAYS).value();
                assertThat(PdfPages.text(pdf.bytes()).replaceAll("\\s+", " ")).contains("No chair-side record", "Administered");
                PdfPages.png(pdf.bytes(), "demo-past-day-reports-en", 2);
                return;
            }
            throw new AssertionError("no past day with sessions in the week before the demo's morning");
        }
    }
}
