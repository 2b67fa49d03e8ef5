package org.vigil.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.domain.SettingKeys;
import org.vigil.domain.report.PeriodReport;
import org.vigil.report.PeriodReportPdf;
import org.vigil.report.PrintedPdf;
import org.vigil.text.Messages;
import org.vigil.testing.PdfPages;

/** The printed period report read back: the seeded March's figures, in English and Chinese, on the clinic's paper. */
@DisplayName("Period report PDF: the figures read back, both languages, the paper setting, embedded fonts")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeriodReportPrintTest {

    private PeriodClinic clinic;
    private PeriodReport march;

    @BeforeAll
    void seed(@TempDir Path dir) {
        clinic = PeriodClinic.open(dir);
        march = clinic.services().clinicReports().printout(clinic.manager, PeriodClinic.MARCH_1, PeriodClinic.MARCH_31).value();
    }

    @AfterAll
    void close() {
        clinic.close();
    }

    private static PrintedPdf render(PeriodReport report, Locale locale) {
        Messages m = Messages.of(locale);
        return PeriodReportPdf.render(report, locale, m::get).value();
    }

    @Test
    @DisplayName("SIG-4 BP-3 OBS-1 OBS-4 English: header, counts, doses, observation, late checks, referral, outcomes, chain head, page X of Y")
    void english() {
        PrintedPdf pdf = render(march, Locale.ENGLISH);
        String text = PdfPages.text(pdf.bytes());
        assertThat(text).contains("Test Clinic", "Clinic report", "Period 1 Mar 2025 to 31 Mar 2025",
                "Sessions held (patient checked in) 5", "Dose given 4", "Stopped before the dose 1", "Referred to emergency care 1",
                "Chair 1 2", "Chair 3 1", "Person nurse.li 3", "Person nurse.wu 2");
        assertThat(text).contains("Esketamine nasal spray 28 mg 3 7 devices 196", "Esketamine injection 50 mg / 2 mL 1 1 vial 35");
        assertThat(text).contains("Median 130 min", "Longest 135 min", "Minimum observation (setting) 120 min");
        assertThat(text).contains("Due 40 min after the first device", "Taken late 2", "4 Mar 2025 2 Person nurse.wu 12 min",
                "5 Mar 2025 1 Person nurse.li 25 min", "Median lateness of the late checks 19 min");
        assertThat(text).contains("(above 160/100 mmHg, BP-4) 1", "High baselines accepted by a prescriber (BP-2) 1",
                "Nausea Mild 1", "Chest pain", "Severe 1", "Chest pain, ambulance called");
        assertThat(text).contains("Opened in the period 2", "Explained 1", "Open at the end of the period 1",
                "has not been in a risk programme, so it owes no monitoring forms");
        assertThat(text).contains("Treatment-resistant depression, nasal PHQ-9 2 2 (100 %) 1 (50 %)", "Treatment-resistant depression, IV PHQ-9 1 0 (0 %) 0 (0 %)");
        assertThat(text).as("the charts are text and lines, not pictures").contains("Sessions per day", "Response and remission");
        assertThat(text).contains("Audit chain head at printing: event " + march.chainHead().seq() + ", SHA-256 " + march.chainHead().hash(),
                "Printed by Person manager.shah", "Page 1 of " + pdf.pages());
        assertThat(PdfPages.sizes(pdf.bytes())).allMatch(s -> s.equals("595×842"));
        assertThat(PdfPages.fonts(pdf.bytes())).isNotEmpty().allMatch(f -> f.endsWith(" embedded"));
        assertThat(PdfPages.png(pdf.bytes(), "period-report-en", 3)).isNotEmpty();
    }

    @Test
    @DisplayName("Chinese: the same figures under Chinese headings, drawn in an embedded Chinese font")
    void chinese() {
        PrintedPdf pdf = render(march, Messages.CHINESE);
        String text = PdfPages.text(pdf.bytes());
        assertThat(text).contains("诊所报表", "已进行的治疗（患者已签到） 5", "给药后血压检查（BP-3）", "中位数 130 分钟", "25 分钟",
                "恶心", "转急诊（OBS-4）", "第 1 页，共 " + pdf.pages() + " 页");
        assertThat(PdfPages.fonts(pdf.bytes())).allMatch(f -> f.endsWith(" embedded"));
        assertThat(PdfPages.png(pdf.bytes(), "period-report-zh", 3)).isNotEmpty();
    }

    @Test
    @DisplayName("print.paperSize LETTER: every page on US Letter")
    void letter() {
        clinic.services().settings().change(clinic.clinic.admin(), SettingKeys.PRINT_PAPER_SIZE, "LETTER", "US paper in the tray").value();
        try {
            PeriodReport onLetter = clinic.services().clinicReports().figures(clinic.manager, PeriodClinic.MARCH_1, PeriodClinic.MARCH_31)
                    .value();
            assertThat(PdfPages.sizes(render(onLetter, Locale.ENGLISH).bytes())).allMatch(s -> s.equals("612×792"));
        } finally {
            clinic.services().settings().change(clinic.clinic.admin(), SettingKeys.PRINT_PAPER_SIZE, "A4", "back to A4").value();
        }
    }
}
