package org.vigil.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.vigil.demo.DemoHistory.History;
import org.vigil.demo.DemoHistory.Scale;
import org.vigil.domain.Actor;
import org.vigil.domain.SettingKeys;
import org.vigil.domain.Settings;
import org.vigil.domain.course.FrequencyChange;
import org.vigil.domain.course.MonitoringResult;
import org.vigil.domain.scale.ScaleKind;
import org.vigil.service.BackdatedEntries;

/**
 * Writes the demo clinic's past: doses given, prescriber decisions, scales and monitoring on
 * the days they happened. The use cases only ever record "now", so these go through
 * {@link BackdatedEntries}, in one transaction, each with its audit event (SIG-4) by "demo".
 */
final class DemoRecords {

    /** Demo times of day for rows written on past days. */
    private static final LocalTime SESSION_AT = LocalTime.of(9, 0);
    private static final LocalTime SCALE_AT = LocalTime.of(9, 20);
    private static final LocalTime MONITORING_AT = LocalTime.of(11, 30);
    static final LocalTime DECIDED_AT = LocalTime.of(16, 45);

    /** A course the prescriber started, its past, and who looked after it. */
    record Started(long patientId, long courseId, History history, Actor nurse, Actor prescriber) {}

    private final BackdatedEntries entries;
    private final Clock clock;

    DemoRecords(BackdatedEntries entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /** A moment on a clinic day, in the clinic's time zone. */
    Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(clock.getZone()).toInstant();
    }

    /** The past of every course started, its sessions spread over the clinic's chairs. */
    void write(List<Started> started, Settings settings) {
        int chairs = settings.integer(SettingKeys.CLINIC_CHAIRS);
        entries.write(batch -> {
            for (int n = 0; n < started.size(); n++) {
                Started s = started.get(n);
                doses(batch, s, chairs, n);
                decisions(batch, s);
                for (Scale scale : s.history().scales()) {
                    // PHQ-9 is the patient's own questionnaire, entered by the nurse; MADRS is rated by the prescriber.
                    Actor by = scale.kind() == ScaleKind.MADRS ? s.prescriber() : s.nurse();
                    batch.scale(s.patientId(), s.courseId(), scale.kind(), scale.takenOn(), scale.answers(), by,
                            at(scale.takenOn(), SCALE_AT));
                }
                for (MonitoringResult result : s.history().monitoring()) {
                    batch.monitoring(s.patientId(), s.courseId(), result, s.nurse(), at(result.doneOn(), MONITORING_AT));
                }
            }
        });
    }

    // A dose given counts for the schedule once its session is discharged (SCH-6).
    private void doses(BackdatedEntries.Batch batch, Started s, int chairs, int n) {
        List<LocalDate> doses = s.history().doses();
        for (int i = 0; i < doses.size(); i++) {
            LocalDate day = doses.get(i);
            batch.dischargedSession(s.patientId(), s.courseId(), day, 1 + Math.floorMod(n + i, chairs), s.nurse(), at(day, SESSION_AT));
        }
    }

    private static void decisions(BackdatedEntries.Batch batch, Started s) {
        long id = s.courseId();
        s.history().course().review().ifPresent(r -> batch.review(id, r));
        for (FrequencyChange f : s.history().course().frequencyChanges()) {
            batch.frequencyChange(id, f);
        }
        s.history().end().ifPresent(e -> batch.end(id, e));
    }
}
