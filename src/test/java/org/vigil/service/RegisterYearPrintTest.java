package org.vigil.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.demo.RegisterYear;
import org.vigil.domain.Actor;
import org.vigil.domain.Role;
import org.vigil.domain.register.EntryDraft;
import org.vigil.domain.register.EntryKind;
import org.vigil.domain.register.RegisterPrintout;
import org.vigil.report.PrintedPdf;
import org.vigil.report.RegisterPdf;
import org.vigil.testing.PdfPages;
import org.vigil.text.Messages;

/** A busy year's register, as `vigil benchmark --register-entries` writes it, printed for its last month. */
class RegisterYearPrintTest {

    @Test
    @DisplayName("CD-7 CD-4 a year of deliveries, devices, infusions, waste and corrections prints its last month with balances that carry over")
    void lastMonthOfAYear(@TempDir Path dir) {
        try (TestClinic clinic = TestClinic.setUp(dir)) {
            Services services = clinic.services();
            Actor nurse = clinic.person("nurse.li", "the trolley squeaks on the left", Role.NURSE);
            Actor prescriber = clinic.person("drchen", "ginger tea before the first session", Role.PRESCRIBER, Role.NURSE);
            List<EntryDraft.PatientLine> patients = List.of(PatientForm.grace(), PatientForm.zhangWei(), PatientForm.david()).stream()
                    .map(f -> ((Registration.Saved) services.patients().register(nurse, f.patient(), false).value()).patient())
                    .map(p -> new EntryDraft.PatientLine(p.id(), p.displayName(), p.patient().idNumber())).toList();
            LocalDate today = LocalDate.ofInstant(clinic.clock.instant(), clinic.clock.getZone());

            RegisterYear.Written year = RegisterYear.write(services, new RegisterYear.Staff(nurse, prescriber, prescriber), patients, today,
                    3000, clinic.clock.getZone());
            RegisterPrintout month = services.registerPrinting().printout(nurse, today.minusMonths(1), today.minusDays(1)).value();

            assertThat(year.entries()).isBetween(3000, 3600);
            for (RegisterPrintout.Section book : month.sections()) {
                int running = book.opening();
                for (RegisterPrintout.Line line : book.lines()) {
                    running += line.entry().units();
                    assertThat(line.book().productBalance()).as("CD-4 the running balance carries on from the one brought forward")
                            .isEqualTo(running);
                    assertThat(line.book().lotBalance()).isNotNegative();
                }
                assertThat(book.closing()).isEqualTo(running);
            }
            assertThat(month.sections().stream().flatMap(s -> s.lines().stream()).map(l -> l.entry().kind()))
                    .contains(EntryKind.ADMINISTRATION, EntryKind.WASTE);
            PrintedPdf en = RegisterPdf.render(month, Locale.ENGLISH, Messages.of(Locale.ENGLISH)::get).value();
            PrintedPdf zh = RegisterPdf.render(month, Messages.CHINESE, Messages.of(Messages.CHINESE)::get).value();
            assertThat(PdfPages.text(en.bytes())).contains("35 mg / 1.4 mL", "15 mg / 0.6 mL", "Method: Discarded into");
            PdfPages.png(en.bytes(), "register-print-year-en", 1);
            List<Path> zhPages = PdfPages.png(zh.bytes(), "register-print-year-zh", zh.pages());
            assertThat(zhPages).hasSize(zh.pages());
        }
    }
}
