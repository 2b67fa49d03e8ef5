package org.vigil.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.service.SessionFloor.TODAY;
import static org.vigil.service.SessionFloor.refusedWith;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.domain.AuditEvent;
import org.vigil.domain.Language;
import org.vigil.domain.Route;
import org.vigil.domain.session.DischargeAdviceSheet;
import org.vigil.domain.session.SessionEvent;
import org.vigil.domain.session.SessionEvent.DischargeAdviceGiven;
import org.vigil.domain.session.SessionEvent.DischargeAdviceGiven.AdviceHandover;
import org.vigil.domain.session.SessionState;
import org.vigil.report.DischargeAdvicePdf;
import org.vigil.report.PrintedPdf;
import org.vigil.testing.PdfPages;
import org.vigil.text.Messages;

/** DIS-3: the discharge advice, printed in the patient's language and recorded with the session. */
@DisplayName("Discharge advice")
class DischargeAdviceTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("DIS-3 a prompt, not a stop: the patient is discharged without it, and the advice recorded after is stored with the session and replayed after a restart")
    void storedAndReplayed() {
        try (FormsFloor f = FormsFloor.open(dir, false)) {
            long session = f.discharged(PatientForm.grace());
            SessionEngine engine = f.floor.engine();
            assertThat(engine.view(f.floor.nurse, session).value().snapshot().state()).isEqualTo(SessionState.DISCHARGED);
            assertThat(engine.view(f.floor.nurse, session).value().snapshot().dischargeAdvice()).as("not yet given").isEmpty();
            Instant at = f.floor.now();

            engine.recordDischargeAdvice(f.floor.nurse, session, AdviceHandover.ACKNOWLEDGED, f.floor.request()).value();

            AuditEvent audit = f.floor.clinic.lastEvent();
            assertThat(audit.action()).isEqualTo("SESSION_DISCHARGE_ADVICE_GIVEN");
            assertThat(audit.newValue()).contains("handover=ACKNOWLEDGED", "language=EN");
            f.floor.clinic.reopen();
            List<SessionEvent> events = f.floor.engine().view(f.floor.nurse, session).value().snapshot().events();
            assertThat(f.floor.engine().view(f.floor.nurse, session).value().snapshot().dischargeAdvice())
                    .contains(new DischargeAdviceGiven(at, f.floor.nurse.userId(), "Person nurse.li", AdviceHandover.ACKNOWLEDGED, Language.EN));
            assertThat(events.getLast()).isInstanceOf(DischargeAdviceGiven.class);
        }
    }

    @Test
    @DisplayName("DIS-3 ROLE-2 the advice is recorded by who records the session (nurse, prescriber), never before a dose; printed by the floor and the manager, not the administrator")
    void roles() {
        try (FormsFloor f = FormsFloor.open(dir, false)) {
            long booked = f.floor.booked(PatientForm.david(), Route.NASAL);
            f.floor.ready(booked, 124, 80);
            refusedWith(f.floor.engine().recordDischargeAdvice(f.floor.nurse, booked, AdviceHandover.PRINTED, f.floor.request()),
                    "SESSION", "session.refused.state");
            refusedWith(f.floor.clinic.services().dischargeAdvice().sheet(f.floor.nurse, booked), "DIS-3", "dischargeAdvice.refused.noDose");

            long session = f.discharged(PatientForm.grace());
            refusedWith(f.floor.engine().recordDischargeAdvice(f.manager, session, AdviceHandover.ACKNOWLEDGED, f.floor.request()),
                    "ROLE-2", "refused.role");
            refusedWith(f.floor.clinic.services().dischargeAdvice().sheet(f.floor.clinic.admin(), session), "ROLE-2", "refused.role");
            assertThat(f.floor.clinic.services().dischargeAdvice().sheet(f.manager, session).isDone()).isTrue();
            assertThat(f.floor.engine().recordDischargeAdvice(f.floor.prescriber, session, AdviceHandover.PRINTED, f.floor.request())
                    .value().snapshot().dischargeAdvice().orElseThrow().userName()).isEqualTo("Person drchen");
        }
    }

    @Test
    @DisplayName("DIS-3 DIS-2 the handout names the patient, the day, the ready-to-leave time and whom to call, in English for a patient who reads the clinic's language")
    void englishHandout() {
        try (FormsFloor f = FormsFloor.open(dir, false)) {
            refusedWith(f.floor.clinic.services().setup().changePhone(f.floor.clinic.admin(), "call us!"), "DIS-3", "clinic.phone.invalid");
            refusedWith(f.floor.clinic.services().setup().changePhone(f.floor.nurse, "+44 113 496 0000"), "ROLE-2", "refused.role");
            f.floor.clinic.services().setup().changePhone(f.floor.clinic.admin(), "+44 113 496 0000").value();
            assertThat(f.floor.clinic.lastEvent().action()).isEqualTo("CLINIC_PHONE_CHANGED");
            long session = f.discharged(PatientForm.grace());

            DischargeAdviceSheet sheet = f.floor.clinic.services().dischargeAdvice().sheet(f.floor.nurse, session).value();
            assertThat(sheet.language()).isEqualTo(Language.EN);
            assertThat(f.floor.clinic.lastEvent().action()).isEqualTo("DISCHARGE_ADVICE_PRINTED");
            assertThat(f.floor.clinic.lastEvent().newValue()).contains("auditHead=" + sheet.chainHead().seq());
            PrintedPdf pdf = DischargeAdvicePdf.render(sheet, Messages.of(sheet.language().locale())::get).value();
            String text = PdfPages.text(pdf.bytes()).replaceAll("\\s+", " ");
            assertThat(text).contains("After your esketamine treatment", "Okafor, Grace", "3 Mar 2025", "Ready to leave at 08:42",
                    "Do not drive, ride a bicycle or operate machinery until tomorrow, after a restful sleep tonight.",
                    "Audit chain head at printing: event " + sheet.chainHead().seq() + ", SHA-256 " + sheet.chainHead().hash(),
                    "call Test Clinic on +44 113 496 0000", "Page 1 of 1");
            assertThat(pdf.pages()).as("one page").isEqualTo(1);
            assertThat(PdfPages.sizes(pdf.bytes())).containsOnly("595×842");
            assertThat(PdfPages.fonts(pdf.bytes())).isNotEmpty().allSatisfy(font -> assertThat(font).endsWith(" embedded"));
            PdfPages.png(pdf.bytes(), "discharge-advice-en", 1);
        }
    }

    @Test
    @DisplayName("DIS-3 a Chinese-speaking patient gets the advice in Chinese in an English-speaking clinic, and a patient with no language of their own the clinic's")
    void chineseHandout() {
        try (FormsFloor f = FormsFloor.open(dir, false)) {
            f.floor.clinic.services().setup().changePhone(f.floor.clinic.admin(), "010-8888 6666").value();
            long session = f.discharged(PatientForm.zhangWei().language(Language.ZH_CN));

            f.floor.engine().recordDischargeAdvice(f.floor.nurse, session, AdviceHandover.PRINTED, f.floor.request()).value();
            assertThat(f.floor.engine().view(f.floor.nurse, session).value().snapshot().dischargeAdvice().orElseThrow().language())
                    .isEqualTo(Language.ZH_CN);
            DischargeAdviceSheet sheet = f.floor.clinic.services().dischargeAdvice().sheet(f.floor.nurse, session).value();
            assertThat(sheet.language()).isEqualTo(Language.ZH_CN);
            PrintedPdf pdf = DischargeAdvicePdf.render(sheet, Messages.of(sheet.language().locale())::get).value();
            String text = PdfPages.text(pdf.bytes()).replaceAll("\\s+", " ");
            assertThat(text).contains("艾司氯胺酮治疗后注意事项", "张伟", "2025年3月3日", "可离院时间 08:42", "明天经过一夜充分睡眠之前，请勿驾驶机动车、骑自行车或操作机器",
                    "请致电Test Clinic：010-8888 6666", "第 1 页，共 1 页");
            PdfPages.png(pdf.bytes(), "discharge-advice-zh", 1);

            f.floor.clinic.services().settings().change(f.floor.clinic.admin(), "clinic.language", "ZH_CN", "Clinic moved to Beijing").value();
            long grace = f.discharged(PatientForm.grace());
            assertThat(f.floor.clinic.services().dischargeAdvice().sheet(f.floor.nurse, grace).value().language())
                    .as("no language of her own: the clinic's").isEqualTo(Language.ZH_CN);
            assertThat(TODAY).isEqualTo(sheet.sessionDate());
        }
    }
}
