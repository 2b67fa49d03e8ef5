package org.vigil.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.vigil.domain.FieldProblem;
import org.vigil.domain.Outcome;
import org.vigil.domain.Refusal;
import org.vigil.domain.Settings;
import org.vigil.domain.patient.Contraindication;
import org.vigil.domain.session.SessionEvent.BaselineRecorded;
import org.vigil.domain.session.SessionEvent.CheckedIn;
import org.vigil.domain.session.SessionEvent.SedationScored;
import org.vigil.domain.session.SessionEvent.VitalsRecorded;
import org.vigil.domain.session.SessionEvent;
import org.vigil.domain.session.SessionSnapshot;
import org.vigil.domain.vitals.ReadingWindow;
import org.vigil.domain.vitals.VitalField;
import org.vigil.domain.vitals.VitalLimits;
import org.vigil.domain.vitals.VitalSigns;
import org.vigil.store.SessionStore.StoredSession;
import org.vigil.store.SessionStore;
import org.vigil.store.Transaction;

/**
 * What the nurse types, checked before it becomes a session event: check-in (one open session
 * per patient), BP-8 limits on vital signs, and the time a reading or score was observed.
 */
final class SessionInputs {

    private final ClinicalContext ctx;
    private final SessionStore sessions;

    SessionInputs(ClinicalContext ctx, SessionStore sessions) {
        this.ctx = ctx;
        this.sessions = sessions;
    }

    /** @param postpartum SCH-4 the course is the PPD single dose after delivery */
    Outcome<SessionEvent> checkIn(Transaction tx, StoredSession s, SessionSnapshot before, Settings settings, Instant now,
                                  boolean postpartum) {
        // PAT-1 before every dose; the engine audits the refusal (ROLE-2) and nothing overrides it.
        Optional<Refusal> suspended = Suspensions.refusal(ctx, tx, s.patientId());
        if (suspended.isPresent()) {
            return Outcome.refused(suspended.get());
        }
        if (!s.date().equals(ctx.today())) {
            return Outcome.refused(Refusal.of("SESSION", "session.refused.notToday", s.date()));
        }
        for (StoredSession other : sessions.ofPatient(tx, s.patientId())) {
            if (other.id() != s.id() && isOpen(other)) {
                // Two open sessions would mix two doses' timers and readings for one patient.
                return Outcome.refused(Refusal.of("SESSION", "session.refused.otherOpen", other.date(), other.chair()));
            }
        }
        // PAT-2: moderate hepatic impairment extends observation (OBS-1) for every session.
        boolean hepatic = ctx.screenings.latest(tx, s.patientId())
                .map(x -> x.screening().contraindications().contains(Contraindication.MODERATE_HEPATIC_IMPAIRMENT)).orElse(false);
        return Outcome.done(new CheckedIn(now, hepatic, postpartum));
    }

    /** Checked in and not yet ended: a booking not yet started does not count. */
    private static boolean isOpen(StoredSession s) {
        return !SessionStore.BOOKED.equals(s.state()) && !s.ended();
    }

    Outcome<SessionEvent> baseline(SessionSnapshot before, Settings settings, Instant now, int sbp, int dbp, int heartRate, int spo2,
                                   Instant observedAt) {
        Instant observed = observedAt == null ? now : observedAt;
        Optional<Refusal> problem = firstProblem(settings, now, sbp, dbp, heartRate, spo2, observed,
                ReadingWindow.baseline(checkedInAt(before).orElse(observed)));
        return problem.isPresent() ? Outcome.refused(problem.get())
                : Outcome.done(new BaselineRecorded(observed, sbp, dbp, heartRate, spo2));
    }

    /** A reading after check-in; once the dose has started it must be timed after it (BP-8). */
    Outcome<SessionEvent> vitals(SessionSnapshot before, Settings settings, Instant now, int sbp, int dbp, int heartRate, int spo2,
                                 Instant observedAt) {
        Instant observed = observedAt == null ? now : observedAt;
        Instant started = checkedInAt(before).orElse(observed);
        ReadingWindow window = before.doseStart().map(d -> ReadingWindow.postDose(started, d)).orElse(ReadingWindow.baseline(started));
        Optional<Refusal> problem = firstProblem(settings, now, sbp, dbp, heartRate, spo2, observed, window);
        return problem.isPresent() ? Outcome.refused(problem.get())
                : Outcome.done(new VitalsRecorded(observed, sbp, dbp, heartRate, spo2));
    }

    /** OBS-2: the score's range is the scale's own (the event refuses anything else); its time follows BP-8. */
    Outcome<SessionEvent> sedation(SessionSnapshot before, Settings settings, Instant now, int moaas, Instant observedAt) {
        Instant observed = observedAt == null ? now : observedAt;
        VitalLimits limits = VitalLimits.from(settings);
        if (observed.isAfter(now.plus(limits.futureTolerance()))) {
            return Outcome.refused(Refusal.of("BP-8", "vitals.observedAt.future", limits.futureTolerance().toMinutes()));
        }
        if (checkedInAt(before).filter(observed::isBefore).isPresent()) {
            return Outcome.refused(Refusal.of("BP-8", "vitals.observedAt.beforeSession"));
        }
        Optional<Refusal> outOfScale = SedationScored.outOfScale(moaas);
        return outOfScale.isPresent() ? Outcome.refused(outOfScale.get()) : Outcome.done(new SedationScored(observed, moaas));
    }

    private static Optional<Refusal> firstProblem(Settings settings, Instant now, int sbp, int dbp, int heartRate, int spo2,
                                                  Instant observed, ReadingWindow window) {
        VitalSigns reading = new VitalSigns(sbp, dbp, heartRate, spo2, Optional.empty(), observed, now);
        List<FieldProblem<VitalField>> problems = VitalLimits.from(settings).check(reading, window);
        return problems.stream().findFirst().map(FieldProblem::refusal);
    }

    private static Optional<Instant> checkedInAt(SessionSnapshot s) {
        return s.events().stream().filter(e -> e instanceof CheckedIn).map(SessionEvent::at).findFirst();
    }
}
