package org.vigil.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.service.SessionFloor.PRESCRIBER_PASSWORD;
import static org.vigil.service.SessionFloor.TODAY;
import static org.vigil.service.SessionFloor.refusedWith;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.domain.Actor;
import org.vigil.domain.AuditEvent;
import org.vigil.domain.Role;
import org.vigil.domain.Route;
import org.vigil.domain.SettingKeys;
import org.vigil.domain.register.EntryKind;
import org.vigil.domain.register.RegisterEntry;
import org.vigil.domain.register.RegisterPrintout;
import org.vigil.report.PrintFont;
import org.vigil.report.PrintedPdf;
import org.vigil.report.RegisterPdf;
import org.vigil.store.RawDatabase;
import org.vigil.testing.PdfPages;
import org.vigil.text.Messages;

/**
 * The printed statutory register (CD-7) of a known clinic: 400 nasal devices and 20 vials received on 3 March,
 * two given to Grace Okafor and one to 张伟, signed by their prescriber, then on 4 March two
 * wasted and a receipt of 12 corrected to 10. The PDF is read back as text and its pages saved as pictures.
 */
@DisplayName("The printed controlled-drug register")
class RegisterPrintTest {

    private static final String NURSE2_PASSWORD = "the second nurse counts twice";
    private static final LocalDate MARCH_4 = TODAY.plusDays(1);
    private static final LocalDate MARCH_31 = LocalDate.of(2025, 3, 31);

    @TempDir
    Path dir;
    private SessionFloor floor;
    private Actor nurse2;
    private long nasal;
    private long given;
    private RegisterEntry wrongReceipt;

    @BeforeEach
    void aMonthOfRegister() {
        floor = SessionFloor.open(dir);
        nurse2 = floor.clinic.person("nurse.wang", NURSE2_PASSWORD, Role.NURSE);
        nasal = register().products(floor.nurse).value().stream().filter(p -> p.route() == Route.NASAL).findFirst().orElseThrow().id();
        long session = floor.booked(PatientForm.grace(), Route.NASAL);
        floor.ready(session, 128, 82);
        floor.engine().authoriseDose(floor.prescriber, session, 56, Route.NASAL, 0, PRESCRIBER_PASSWORD, floor.request()).value();
        floor.engine().giveDevice(floor.nurse, session, "LOT-A1", true, "", floor.request()).value();
        floor.minutes(5);
        floor.engine().giveDevice(floor.nurse, session, "LOT-A1", true, "", floor.request()).value();
        long chinese = floor.booked(PatientForm.zhangWei(), Route.NASAL);
        floor.ready(chinese, 124, 80);
        floor.engine().authoriseDose(floor.prescriber, chinese, 56, Route.NASAL, 0, PRESCRIBER_PASSWORD, floor.request()).value();
        floor.engine().giveDevice(floor.nurse, chinese, "LOT-B7", true, "", floor.request()).value();
        List<Long> awaiting = register().awaitingSignature(floor.prescriber).value().stream().map(l -> l.entry().id()).toList();
        register().sign(floor.prescriber, PRESCRIBER_PASSWORD, awaiting).value();
        given = awaiting.getFirst();

        floor.clinic.clock.advance(Duration.ofDays(1));
        register().wasteStock(floor.nurse, nasal, "LOT-P1", 2, "Denatured in a waste kit", "Dropped on the floor", nurse2,
                NURSE2_PASSWORD).value();
        wrongReceipt = register().receive(floor.nurse, new DrugRegister.Receipt(nasal, "LOT-C9", TODAY.plusYears(1), 12,
                "Pharma Supplies Ltd, 1 Dock Road", "INV-90"), nurse2, NURSE2_PASSWORD).value();
        register().correct(floor.nurse, wrongReceipt.id(), Optional.of(new DrugRegister.Replacement("LOT-C9", TODAY.plusYears(1), 10)),
                "Invoice says 10, not 12").value();
    }

    @AfterEach
    void close() {
        floor.close();
    }

    private DrugRegister register() {
        return floor.clinic.services().register();
    }

    private RegisterPrinting printing() {
        return floor.clinic.services().registerPrinting();
    }

    private static PrintedPdf pdf(RegisterPrintout printout, Locale locale) {
        return RegisterPdf.render(printout, locale, Messages.of(locale)::get).value();
    }

    @Test
    @DisplayName("CD-7 SIG-1 SIG-4 the clinic, the period, one book per product, the signatures with zone and meaning, the chain head and page X of Y, in embedded fonts")
    void wholeMonth() {
        RegisterPrintout printout = printing().printout(floor.nurse, TODAY, MARCH_31).value();
        PrintedPdf pdf = pdf(printout, Locale.ENGLISH);
        String text = PdfPages.text(pdf.bytes());

        assertThat(text).contains("Controlled-drug register", "Clinic: Test Clinic", "Period 3 Mar 2025 to 31 Mar 2025",
                "Layout: China, special register for narcotic and class-I psychotropic drugs");
        assertThat(printout.sections()).as("one book per product and strength").extracting(s -> s.product().name())
                .containsExactly("Esketamine nasal spray 28 mg", "Esketamine injection 50 mg / 2 mL");
        assertThat(text).contains("Esketamine nasal spray 28 mg · 28 mg per device", "Esketamine injection 50 mg / 2 mL · 50 mg / 2 mL per vial", "Brought forward at the start of 3 Mar 2025: 0",
                "Carried forward at the end of 31 Mar 2025: 405");
        assertThat(text).as("SIG-1 name, date and time with zone, meaning").contains("Administered: Person nurse.li, 3 Mar 2025",
                "Prescriber confirmed: Person drchen, 3 Mar 2025", "Witnessed: Person drchen, 3 Mar 2025 08:00 UTC");
        assertThat(text).contains("Okafor, Grace", "ID P1234567", "张伟", "Person drchen", "LOT-A1");
        assertThat(text).doesNotContain("NOT VALID");
        assertThat(text).as("SIG-4 the head at printing").contains("Audit chain head at printing: event " + printout.chainHead().seq()
                + ", SHA-256 " + printout.chainHead().hash());
        assertThat(text).contains("Printed by Person nurse.li on 4 Mar 2025").contains("Page 1 of " + pdf.pages())
                .contains("Page " + pdf.pages() + " of " + pdf.pages());
        assertThat(PdfPages.fonts(pdf.bytes())).as("every font embedded").isNotEmpty().allSatisfy(f -> assertThat(f).endsWith(" embedded"));

        AuditEvent printed = floor.clinic.lastEvent();
        assertThat(printed.action()).isEqualTo("REGISTER_PRINTED");
        assertThat(printed.seq()).as("SIG-4 the print is audited right after the head it names").isEqualTo(printout.chainHead().seq() + 1);
        assertThat(printed.newValue()).contains("period=2025-03-03..2025-03-31", "auditHead=" + printout.chainHead().seq() + ":"
                + printout.chainHead().hash());
        PdfPages.png(pdf.bytes(), "register-print-en", 2);
    }

    @Test
    @DisplayName("CD-7 CD-4 CD-1 a later period brings the balance forward per product and lot, runs it after each entry, and links a correction to the entry it reverses")
    void balanceBroughtForward() {
        RegisterPrintout printout = printing().printout(floor.nurse, MARCH_4, MARCH_31).value();
        RegisterPrintout.Section book = printout.sections().getFirst();

        assertThat(book.opening()).isEqualTo(397);
        assertThat(book.openingLots()).extracting(RegisterPrintout.LotBalance::lot, RegisterPrintout.LotBalance::units).containsExactly(
                org.assertj.core.groups.Tuple.tuple("LOT-24A17", 100), org.assertj.core.groups.Tuple.tuple("LOT-A1", 98),
                org.assertj.core.groups.Tuple.tuple("LOT-B7", 99), org.assertj.core.groups.Tuple.tuple("LOT-P1", 100));
        assertThat(book.lines()).extracting(l -> l.entry().kind(), l -> l.book().productBalance(), l -> l.book().lotBalance())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(EntryKind.WASTE, 395, 98),
                        org.assertj.core.groups.Tuple.tuple(EntryKind.RECEIPT, 407, 12),
                        org.assertj.core.groups.Tuple.tuple(EntryKind.CORRECTION, 395, 0),
                        org.assertj.core.groups.Tuple.tuple(EntryKind.RECEIPT, 405, 10));
        assertThat(book.closing()).isEqualTo(405);
        long correction = book.lines().get(2).entry().id();
        assertThat(book.lines().get(1).correctedBy()).contains(correction);

        String text = PdfPages.text(pdf(printout, Locale.ENGLISH).bytes());
        assertThat(text).contains("Brought forward at the start of 4 Mar 2025: 397", "LOT-A1: 98", "Carried forward at the end of 31 Mar 2025: 405",
                "Reverses No. " + wrongReceipt.id(), "Corrected by No. " + correction, "Reason: Invoice says 10,");
        assertThat(text).doesNotContain("Okafor, Grace");
        assertThat(book.lines().get(3).entry().content().replaces()).contains(wrongReceipt.id());
        assertThat(text).as("the right entry names the one it replaces in the reader's words").contains("Replaces No. " + wrongReceipt.id())
                .doesNotContain("Corrects entry");
        String zh = PdfPages.text(pdf(printout, Messages.CHINESE).bytes());
        assertThat(zh).contains("替代编号 " + wrongReceipt.id(), "原因：Invoice says 10,").doesNotContain("Corrects entry");
    }

    @Test
    @DisplayName("SIG-3 CD-7 an entry changed by SQL after signing prints its signatures marked NOT VALID")
    void tamperedEntryMarked() throws Exception {
        floor.clinic.close();
        try (RawDatabase raw = RawDatabase.open(floor.clinic.dir)) {
            raw.update("DROP TRIGGER register_entry_append_only");
            raw.update("UPDATE register_entry SET patient_name = 'Someone, Else' WHERE id = ?", given);
            // Put back, or Vigil would save nothing at all (SIG-4), this print's audit event included.
            raw.update("CREATE TRIGGER register_entry_append_only BEFORE UPDATE, DELETE ON register_entry FOR EACH ROW CALL '"
                    + org.vigil.store.AppendOnlyTrigger.class.getName() + "'");
        }
        floor.clinic.reopen();

        RegisterPrintout printout = printing().printout(floor.nurse, TODAY, TODAY).value();
        RegisterPrintout.Line tampered = printout.sections().getFirst().lines().stream().filter(l -> l.entry().id() == given).findFirst()
                .orElseThrow();
        assertThat(tampered.signatures()).isNotEmpty().noneMatch(RegisterPrintout.Signature::holds);
        PrintedPdf pdf = pdf(printout, Locale.ENGLISH);
        String text = PdfPages.text(pdf.bytes());
        assertThat(text).contains("Someone, Else", "NOT VALID: entry changed after signing (SIG-3)");
        PdfPages.png(pdf.bytes(), "register-print-tampered-en", 1);
    }

    @Test
    @DisplayName("CD-7 in Chinese, with Chinese names, in the UK layout after a manager changes the setting, on Letter paper after the administrator chooses it")
    void chineseAndLayouts() {
        Actor manager = floor.clinic.person("manager.zhou", "the manager signs the monthly book", Role.MANAGER);
        PrintedPdf cn = pdf(printing().printout(manager, TODAY, MARCH_31).value(), Messages.CHINESE);
        String text = PdfPages.text(cn.bytes());
        assertThat(text).contains("麻醉药品和精神药品登记册", "中国，麻醉药品、第一类精神药品专用账册", "入库数量", "出库数量", "批号结存",
                "经手人、复核人签名", "张伟", "2025年3月3日", "第 1 页，共 " + cn.pages() + " 页");
        PdfPages.png(cn.bytes(), "register-print-zh", 2);

        floor.clinic.services().settings().change(manager, SettingKeys.CD_REGISTER_LAYOUT, "UK", "Clinic moved to Leeds").value();
        RegisterPrintout uk = printing().printout(manager, TODAY, MARCH_31).value();
        String ukText = PdfPages.text(pdf(uk, Locale.ENGLISH).bytes());
        assertThat(uk.layout().name()).isEqualTo("UK");
        assertThat(ukText).contains("United Kingdom, Misuse of Drugs Regulations 2001, Schedule 6", "Supplier, or patient supplied",
                "Pharma Supplies Ltd, 1 Dock Road").doesNotContain("Lot balance");
        PdfPages.png(pdf(uk, Locale.ENGLISH).bytes(), "register-print-uk-en", 1);
        assertThat(PdfPages.sizes(pdf(uk, Locale.ENGLISH).bytes())).as("A4 landscape by default").containsOnly("842×595");

        floor.clinic.services().settings().change(floor.clinic.admin(), SettingKeys.PRINT_PAPER_SIZE, "LETTER", "US paper in the tray").value();
        PrintedPdf letter = pdf(printing().printout(manager, TODAY, MARCH_31).value(), Locale.ENGLISH);
        assertThat(PdfPages.sizes(letter.bytes())).as("US Letter landscape once the clinic chooses it").containsOnly("792×612");
        assertThat(PdfPages.text(letter.bytes())).contains("Administered: Person nurse.li, 3 Mar 2025");
        PdfPages.png(letter.bytes(), "register-print-letter-en", 1);
    }

    @Test
    @DisplayName("CD-7 without a font that has Chinese, a print with Chinese is refused instead of printing boxes; English still prints")
    void noChineseFont() {
        PrintFont latinOnly = PrintFont.find(List.of());

        var zh = RegisterPdf.render(printing().printout(floor.nurse, TODAY, MARCH_31).value(), Messages.CHINESE,
                Messages.of(Messages.CHINESE)::get, latinOnly);
        var en = RegisterPdf.render(printing().printout(floor.nurse, TODAY, MARCH_4.minusDays(1)).value(), Locale.ENGLISH,
                Messages.of(Locale.ENGLISH)::get, latinOnly);

        refusedWith(zh, "CD-7", "print.register.font.missing");
        assertThat(Messages.of(Locale.ENGLISH).refusal(zh.refusalOrNull())).contains("Install a Chinese font");
        refusedWith(en, "CD-7", "print.register.font.missing");
        assertThat(RegisterPdf.render(printing().printout(floor.nurse, MARCH_4, MARCH_31).value(), Locale.ENGLISH,
                Messages.of(Locale.ENGLISH)::get, latinOnly).isDone()).as("no Chinese on these pages").isTrue();
    }

    @Test
    @DisplayName("ROLE-2 CD-7 an administrator may not print the register, and the refusal is audited; a period that ends before it starts is refused")
    void refusals() {
        refusedWith(printing().printout(floor.clinic.admin(), TODAY, MARCH_31), "ROLE-2", "refused.role");
        assertThat(floor.clinic.lastEvent().action()).isEqualTo("REFUSED");
        refusedWith(printing().printout(floor.nurse, MARCH_31, TODAY), "CD-7", "print.register.period.reversed");
        refusedWith(printing().printout("cli:someone", null, TODAY), "CD-7", "print.register.period.missing");
    }
}
