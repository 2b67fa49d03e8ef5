package org.vigil.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.service.SessionFloor.refusedWith;

import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.domain.Outcome;
import org.vigil.domain.Refusal;
import org.vigil.domain.Route;
import org.vigil.domain.patient.Weight;
import org.vigil.domain.session.SessionEvent.DoseAuthorised;
import org.vigil.domain.session.SessionEvent.IvBasis;

/**
 * Issue 10, points 4 and 5, through the service: an IV dose is authorised as prescribed (mg to
 * one decimal, with its mg/kg and the weight and date it came from), only on a recent weight, and
 * a warning is never signed through without the prescriber's acknowledgement and reason.
 */
@DisplayName("IV doses as prescribed, warnings acknowledged")
class IvAuthorisationTest {

    private static final org.vigil.domain.Route IV = org.vigil.domain.Route.IV;
    private static final org.vigil.domain.Route NASAL = org.vigil.domain.Route.NASAL;

    @TempDir
    Path dir;
    private SessionFloor floor;

    @BeforeEach
    void open() {
        floor = SessionFloor.open(dir);
    }

    @AfterEach
    void close() {
        floor.close();
    }

    /** A 62 kg patient on a TRD IV course, weighed {@code daysAgo} days before the session, checked in and ready. */
    private long readyIv(int daysAgo) {
        PatientForm patient = PatientForm.david().weight(new Weight(new BigDecimal("62"), SessionFloor.TODAY.minusDays(daysAgo)));
        long session = floor.booked(patient, Route.IV);
        floor.ready(session, 128, 82);
        return session;
    }

    private Outcome<SessionView> authorise(long session, String mg, String acknowledgement) {
        return floor.engine().authoriseDose(floor.prescriber, session, new BigDecimal(mg), IV, 40, acknowledgement,
                SessionFloor.PRESCRIBER_PASSWORD, floor.request());
    }

    private boolean authorised(long session) {
        return floor.engine().view(floor.nurse, session).value().snapshot().authorisation().isPresent();
    }

    @Test
    @DisplayName("PROD-2 ADM-4 62 kg × 0.4 mg/kg = 24.8 mg is authorised as 24.8, with the mg/kg, the weight and its date stored")
    void asPrescribed() {
        long session = readyIv(3);
        DoseAuthorised a = authorise(session, "24.8", null).value().snapshot().authorisation().orElseThrow();
        assertThat(a.doseMg()).isEqualByComparingTo("24.8");
        assertThat(a.ivBasis()).contains(new IvBasis(new BigDecimal("0.40"), new BigDecimal("62.0"), SessionFloor.TODAY.minusDays(3)));
        // Read back from the database, not from the answer of the write.
        DoseAuthorised stored = floor.engine().view(floor.nurse, session).value().snapshot().authorisation().orElseThrow();
        assertThat(stored).isEqualTo(a);
        assertThat(floor.clinic.auditTrail()).filteredOn(e -> "SESSION_DOSE_AUTHORISED".equals(e.action())).singleElement()
                .satisfies(e -> assertThat(e.newValue()).contains("doseMg=24.8", "mgPerKg=0.40", "weightKg=62.0"));
    }

    @Test
    @DisplayName("ADM-4 an IV dose with more than one decimal of a mg is refused, not rounded")
    void decimals() {
        long session = readyIv(0);
        refusedWith(authorise(session, "24.85", null), "ADM-4", "dose.iv.decimals");
        assertThat(authorised(session)).isFalse();
    }

    @Test
    @DisplayName("ADM-4 a weight older than 30 days (setting) is refused for IV, asking for a new weight; a new weight lets the dose through")
    void oldWeight() {
        long session = readyIv(31);
        refusedWith(authorise(session, "24.8", null), "ADM-4", "dose.iv.weightOld");
        assertThat(authorised(session)).isFalse();
        assertThat(floor.clinic.actions()).contains("SESSION_REFUSED");

        PatientView patient = floor.engine().view(floor.nurse, session).value().patient();
        floor.clinic.services().patients().update(floor.nurse, patient.id(),
                patient.patient().withWeight(new Weight(new BigDecimal("62"), SessionFloor.TODAY))).value();
        assertThat(authorise(session, "24.8", null).isDone()).isTrue();
    }

    @Test
    @DisplayName("ADM-4 above 0.5 mg/kg: refused without the prescriber's acknowledgement; with a reason it is signed and the reason kept")
    void warningAcknowledged() {
        long session = readyIv(0);
        // 36 mg / 62 kg = 0.58 mg/kg, above the 0.5 warning.
        Outcome<SessionView> silent = authorise(session, "36", null);
        refusedWith(silent, "ADM-4", "session.refused.warningNotAcknowledged");
        assertThat(((Refusal) silent.refusalOrNull().args().getFirst()).messageKey()).isEqualTo("dose.iv.aboveWarning");
        refusedWith(authorise(session, "36", "   "), "ADM-4", "session.refused.warningNotAcknowledged");
        assertThat(authorised(session)).as("nothing stored on a refusal").isFalse();
        assertThat(floor.clinic.auditTrail()).filteredOn(e -> "SESSION_REFUSED".equals(e.action()))
                .anySatisfy(e -> assertThat(e.reason()).contains("session.refused.warningNotAcknowledged", "dose.iv.aboveWarning"));

        DoseAuthorised a = authorise(session, "36", "Tolerated 0.58 mg/kg for six sessions").value().snapshot().authorisation().orElseThrow();
        assertThat(a.warnings()).contains("ADM-4", "dose.iv.aboveWarning");
        assertThat(a.warningAcknowledgement()).isEqualTo("Tolerated 0.58 mg/kg for six sessions");
        assertThat(floor.clinic.auditTrail()).filteredOn(e -> "SESSION_DOSE_AUTHORISED".equals(e.action())).singleElement()
                .satisfies(e -> assertThat(e.newValue()).contains("acknowledged=Tolerated 0.58 mg/kg for six sessions"));
    }

    @Test
    @DisplayName("ADM-4 a dose without warnings keeps no acknowledgement, even if one was sent")
    void noWarningNoAcknowledgement() {
        long session = readyIv(0);
        DoseAuthorised a = authorise(session, "24.8", "not needed").value().snapshot().authorisation().orElseThrow();
        assertThat(a.warnings()).isEmpty();
        assertThat(a.warningAcknowledgement()).isEmpty();
    }

    @Test
    @DisplayName("ADM-4 nasal doses stay 28/56/84 mg: 56.5 mg is refused")
    void nasalWholeDevices() {
        long session = floor.booked(PatientForm.grace(), Route.NASAL);
        floor.ready(session, 128, 82);
        refusedWith(floor.engine().authoriseDose(floor.prescriber, session, new BigDecimal("56.5"), NASAL, 0, null,
                SessionFloor.PRESCRIBER_PASSWORD, floor.request()), "ADM-4", "dose.nasal.notWholeDevices");
        assertThat(floor.engine().authoriseDose(floor.prescriber, session, 56, NASAL, 0, SessionFloor.PRESCRIBER_PASSWORD, floor.request())
                .isDone()).isTrue();
    }
}
