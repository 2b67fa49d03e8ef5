package org.vigil.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.vigil.domain.Actor;
import org.vigil.domain.SettingKeys;
import org.vigil.domain.Settings;
import org.vigil.domain.course.CourseEnd;
import org.vigil.domain.course.FrequencyChange;
import org.vigil.domain.course.MonitoringResult;
import org.vigil.domain.course.WeekFourReview;
import org.vigil.domain.scale.ScaleKind;
import org.vigil.domain.scale.ScaleScore;
import org.vigil.service.DemoHistory.History;
import org.vigil.service.DemoHistory.Scale;
import org.vigil.store.CourseStore;
import org.vigil.store.FollowUpStore;
import org.vigil.store.SessionStore;
import org.vigil.store.SettingStore;

/**
 * Writes the demo clinic's past: doses given, prescriber decisions, scales and monitoring on
 * the days they happened. The services only ever record "now", so these rows go to the stores
 * directly, inside the caller's transaction, each with its audit event (SIG-4) by "demo".
 */
final class DemoRecords {

    private static final String WHO = "demo";
    private static final String WHY = "demo clinic";
    /** Demo times of day for rows written on past days. */
    private static final LocalTime SESSION_AT = LocalTime.of(9, 0);
    private static final LocalTime SCALE_AT = LocalTime.of(9, 20);
    private static final LocalTime MONITORING_AT = LocalTime.of(11, 30);
    static final LocalTime DECIDED_AT = LocalTime.of(16, 45);

    /** A course the prescriber started, its past, and who looked after it. */
    record Started(long patientId, long courseId, History history, Actor nurse, Actor prescriber) {}

    private final AuditWriter audit;
    private final SettingStore settings;
    private final CourseStore courses;
    private final SessionStore sessions;
    private final FollowUpStore followUp;
    private final Clock clock;

    DemoRecords(AuditWriter audit, SettingStore settings, CourseStore courses, SessionStore sessions, FollowUpStore followUp, Clock clock) {
        this.audit = audit;
        this.settings = settings;
        this.courses = courses;
        this.sessions = sessions;
        this.followUp = followUp;
        this.clock = clock;
    }

    DemoHistory.Rules rules(Connection c) throws SQLException {
        return DemoHistory.Rules.from(new Settings(settings.current(c)));
    }

    /** A moment on a clinic day, in the clinic's time zone. */
    Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(clock.getZone()).toInstant();
    }

    void write(Connection c, List<Started> started) throws SQLException {
        int chairs = new Settings(settings.current(c)).integer(SettingKeys.CLINIC_CHAIRS);
        for (int n = 0; n < started.size(); n++) {
            Started s = started.get(n);
            doses(c, s, chairs, n);
            decisions(c, s);
            for (Scale scale : s.history().scales()) {
                scale(c, s, scale);
            }
            for (MonitoringResult result : s.history().monitoring()) {
                followUp.addMonitoring(c, s.patientId(), s.courseId(), result, s.nurse().userId(), at(result.doneOn(), MONITORING_AT));
                record(c, "MONITORING_RECORDED", "course", s.courseId(),
                        result.kind() + " on " + result.doneOn() + ": " + result.result());
            }
        }
    }

    // A dose given counts for the schedule once its session is discharged (SCH-6).
    private void doses(Connection c, Started s, int chairs, int n) throws SQLException {
        List<LocalDate> doses = s.history().doses();
        for (int i = 0; i < doses.size(); i++) {
            LocalDate day = doses.get(i);
            int chair = 1 + Math.floorMod(n + i, chairs);
            long id = sessions.book(c, s.patientId(), s.courseId(), day, chair, s.nurse().userId(), at(day, SESSION_AT));
            sessions.setState(c, id, SessionStore.DISCHARGED, true);
            record(c, "SESSION_DISCHARGED", "session", id, "course=" + s.courseId() + "; day=" + day + "; chair=" + chair
                    + "; state=" + SessionStore.DISCHARGED + "; doseGiven=true");
        }
    }

    private void decisions(Connection c, Started s) throws SQLException {
        long id = s.courseId();
        if (s.history().course().review().isPresent()) {
            WeekFourReview r = s.history().course().review().get();
            courses.addReview(c, id, r);
            record(c, "COURSE_REVIEWED", "course", id, "decision=" + r.decision() + "; on=" + r.answeredOn() + "; by="
                    + r.by().prescriberName() + ": " + r.by().reason());
        }
        for (FrequencyChange f : s.history().course().frequencyChanges()) {
            courses.addFrequencyChange(c, id, f);
            record(c, "COURSE_FREQUENCY_CHANGED", "course", id, "frequency=" + f.frequency() + "; from=" + f.effectiveFrom() + "; by="
                    + f.by().prescriberName() + ": " + f.by().reason());
        }
        if (s.history().end().isPresent()) {
            CourseEnd e = s.history().end().get();
            courses.addEnd(c, id, e);
            record(c, "COURSE_ENDED", "course", id, "reason=" + e.reason() + "; on=" + e.endedOn() + "; by="
                    + e.by().prescriberName() + ": " + e.by().reason());
        }
    }

    // PHQ-9 is the patient's own questionnaire, entered by the nurse; MADRS is rated by the prescriber.
    private void scale(Connection c, Started s, Scale scale) throws SQLException {
        ScaleScore score = scale.kind().score(scale.answers());
        Actor by = scale.kind() == ScaleKind.MADRS ? s.prescriber() : s.nurse();
        long id = followUp.addScale(c, s.patientId(), s.courseId(), scale.kind(), scale.takenOn(), scale.answers(), score.total(),
                by.userId(), at(scale.takenOn(), SCALE_AT));
        record(c, "SCALE_RECORDED", "scale", id, "course=" + s.courseId() + "; " + scale.kind() + "=" + score.total() + "; items="
                + scale.answers() + "; on=" + scale.takenOn());
    }

    private void record(Connection c, String action, String entityType, long entityId, String newValue) throws SQLException {
        audit.recordAnonymous(c, null, WHO, action, entityType, entityId, null, newValue, WHY);
    }
}
