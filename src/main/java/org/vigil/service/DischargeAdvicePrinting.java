package org.vigil.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.vigil.domain.Actor;
import org.vigil.domain.Clinic;
import org.vigil.domain.Language;
import org.vigil.domain.Outcome;
import org.vigil.domain.PaperSize;
import org.vigil.domain.Permission;
import org.vigil.domain.Refusal;
import org.vigil.domain.SettingKeys;
import org.vigil.domain.Settings;
import org.vigil.domain.session.DischargeAdviceSheet;
import org.vigil.domain.session.DischargeGate;
import org.vigil.domain.session.SessionEvent;
import org.vigil.domain.session.SessionProtocol;
import org.vigil.domain.session.SessionReplay;
import org.vigil.domain.session.SessionSnapshot;
import org.vigil.store.AuditTrail;
import org.vigil.store.ClinicStore;
import org.vigil.store.SessionEventStore;
import org.vigil.store.SessionStore;
import org.vigil.store.SessionStore.StoredSession;

/**
 * DIS-3: the patient's discharge advice, read for printing. Like every report it changes nothing:
 * the session, the patient's language, the clinic's number and the audit chain's head (SIG-4) are
 * read in one read-only transaction, and the print is then audited naming that head. That the
 * advice reached the patient is a separate clinical record, {@link SessionEngine#recordDischargeAdvice}.
 */
public final class DischargeAdvicePrinting {

    private static final String AUDIT_ACTION = "DISCHARGE_ADVICE_PRINTED";

    private final ClinicalContext ctx;
    private final SessionStore sessions;
    private final SessionEventStore events;
    private final ClinicStore clinics;
    private final AuditTrail trail;

    DischargeAdvicePrinting(ClinicalContext ctx, SessionStore sessions, SessionEventStore events, ClinicStore clinics, AuditTrail trail) {
        this.ctx = ctx;
        this.sessions = sessions;
        this.events = events;
        this.clinics = clinics;
        this.trail = trail;
    }

    /** The advice for a session in which a dose was given (ROLE-2: PRINT_SESSION_REPORTS, a refusal audited). */
    public Outcome<DischargeAdviceSheet> sheet(Actor actor, long sessionId) {
        Refusal refused = ctx.audit.refuseUnless(actor, Permission.PRINT_SESSION_REPORTS, "session.dischargeAdvicePrint");
        if (refused != null) {
            return Outcome.refused(refused);
        }
        Outcome<DischargeAdviceSheet> outcome = ctx.database.read(tx -> {
            Optional<Clinic> clinic = clinics.find(tx);
            if (clinic.isEmpty()) {
                return Outcome.<DischargeAdviceSheet>refused(Refusal.of("SETUP-1", "print.register.notSetUp"));
            }
            Optional<StoredSession> session = sessions.byId(tx, sessionId).filter(s -> !SessionStore.CANCELLED.equals(s.state()));
            if (session.isEmpty()) {
                return Outcome.<DischargeAdviceSheet>refused(Refusal.of("SESSION", "session.notFound"));
            }
            List<SessionEvent> stored = events.events(tx, sessionId);
            SessionSnapshot snapshot = SessionReplay.replay(stored);
            if (snapshot.doseStart().isEmpty()) {
                // DIS-3 is advice after esketamine: before a dose there is nothing to advise.
                return Outcome.<DischargeAdviceSheet>refused(Refusal.of("DIS-3", "dischargeAdvice.refused.noDose"));
            }
            Settings settings = ctx.settings(tx);
            Instant now = ctx.clock.instant();
            PatientView patient = ctx.view(tx, session.get().patientId()).orElseThrow();
            Language language = patient.patient().readsIn(Language.valueOf(settings.text(SettingKeys.CLINIC_LANGUAGE)));
            return Outcome.done(new DischargeAdviceSheet(sessionId, clinic.get().name(), clinic.get().phone(), patient.displayName(),
                    language, session.get().date(), readyToLeave(snapshot, settings, now), ctx.clock.getZone(),
                    PaperSize.valueOf(settings.text(SettingKeys.PRINT_PAPER_SIZE)), actor.fullName(), now,
                    trail.head(tx, now, "discharge advice")));
        });
        return ctx.printed(outcome, actor, null, AUDIT_ACTION, "session", sheet -> sessionId, sheet -> "language=" + sheet.language()
                + "; auditHead=" + sheet.chainHead().seq() + ":" + sheet.chainHead().hash(), "DIS-3");
    }

    /** DIS-2: the time stored with the discharge; before the discharge, the gate's own at this moment. */
    private static Optional<Instant> readyToLeave(SessionSnapshot s, Settings settings, Instant now) {
        Optional<SessionEvent.Discharged> discharged = s.events().stream().filter(e -> e instanceof SessionEvent.Discharged)
                .map(e -> (SessionEvent.Discharged) e).findFirst();
        if (discharged.isPresent()) {
            return Optional.ofNullable(discharged.get().readyToLeaveAt());
        }
        return DischargeGate.evaluate(s, SessionProtocol.from(settings), now).readyToLeaveAt();
    }
}
