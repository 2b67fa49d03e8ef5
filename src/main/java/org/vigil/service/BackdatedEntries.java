package org.vigil.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.vigil.domain.Actor;
import org.vigil.domain.Outcome;
import org.vigil.domain.Refusal;
import org.vigil.domain.Route;
import org.vigil.domain.course.CourseEnd;
import org.vigil.domain.course.FrequencyChange;
import org.vigil.domain.course.MonitoringResult;
import org.vigil.domain.course.WeekFourReview;
import org.vigil.domain.register.EntryDraft;
import org.vigil.domain.register.EntrySignature;
import org.vigil.domain.register.RegisterEntry;
import org.vigil.domain.register.SignatureMeaning;
import org.vigil.domain.register.Signer;
import org.vigil.domain.scale.ScaleKind;
import org.vigil.domain.session.SessionEvent;
import org.vigil.domain.session.SessionReplay;
import org.vigil.domain.session.SessionSnapshot;
import org.vigil.domain.session.SessionState;
import org.vigil.store.Database;
import org.vigil.store.CourseStore;
import org.vigil.store.FollowUpStore;
import org.vigil.store.RegisterStore;
import org.vigil.store.SessionEventCodec;
import org.vigil.store.SessionEventStore;
import org.vigil.store.SessionStore;
import org.vigil.store.SessionStore.StoredSession;
import org.vigil.store.Transaction;

/**
 * Records dated before the moment they are written: the demo clinic's weeks of history and its
 * morning under way. Every use case records what happens now, so the demo ({@code org.vigil.demo})
 * cannot build its past through them; this is its one narrow door to the stores instead of the
 * stores themselves. The demo checks each story against the domain rules before it gets here;
 * here each entry is written with its audit event by "demo" (SIG-4). No screen or command calls it.
 */
public final class BackdatedEntries {

    private static final String WHO = "demo";
    private static final String WHY = "demo clinic";
    /** A past demo dose as a nurse would have given it: devices five minutes apart, a 40-minute infusion of 40 mL. */
    private static final BigDecimal NASAL_DEVICE_MG = BigDecimal.valueOf(28);
    private static final Duration DEVICE_GAP = Duration.ofMinutes(5);
    private static final BigDecimal INFUSION_RATE = BigDecimal.valueOf(60);
    private static final Duration INFUSION_TIME = Duration.ofMinutes(40);
    private static final BigDecimal INFUSION_GIVEN = new BigDecimal("39.5");
    private static final BigDecimal INFUSION_RESIDUAL = new BigDecimal("0.5");

    /** A session event as the user named would have entered it, at the moment the event carries. */
    public record Entry(SessionEvent event, long userId) {}

    /** A signature given on a register entry when it was written, or later the same day by the prescriber (SIG-1). */
    public record Signed(Signer signer, SignatureMeaning meaning, Instant at) {}

    private final Database database;
    private final AuditWriter audit;
    private final CourseStore courses;
    private final SessionStore sessions;
    private final SessionEventStore events;
    private final FollowUpStore followUp;
    private final ClinicalContext ctx;
    private final DrugRegister register;
    private final RegisterStore registerStore;

    BackdatedEntries(Database database, AuditWriter audit, CourseStore courses, SessionStore sessions, SessionEventStore events,
                     FollowUpStore followUp, ClinicalContext ctx, DrugRegister register, RegisterStore registerStore) {
        this.ctx = ctx;
        this.register = register;
        this.registerStore = registerStore;
        this.database = database;
        this.audit = audit;
        this.courses = courses;
        this.sessions = sessions;
        this.events = events;
        this.followUp = followUp;
    }

    /**
     * Writes the entries in one transaction: all of them, or none when one fails. The register's
     * entries are written last, in the order their moments happened, so the book reads in time
     * order however the stories were told.
     */
    public void write(Consumer<Batch> entries) {
        database.write(tx -> {
            Batch batch = new Batch(tx);
            entries.accept(batch);
            batch.pending.sort(Comparator.comparing(RegisterStep::at));
            batch.pending.forEach(step -> step.write().run());
            if (!batch.pending.isEmpty()) {
                // SIG-4: the register rows written last are sealed by an event of their own.
                audit.recordAnonymous(tx, null, WHO, "BACKDATED_REGISTER_WRITTEN", "register", null, null,
                        "entries=" + batch.pending.size() + "; from=" + batch.pending.getFirst().at() + "; to="
                                + batch.pending.getLast().at(), WHY);
            }
            return null;
        });
    }

    /** A register entry waiting for its turn in time order. */
    private record RegisterStep(Instant at, Runnable write) {}

    /** The entries of one transaction. */
    public final class Batch {

        private final Transaction tx;
        private final List<RegisterStep> pending = new ArrayList<>();

        private Batch(Transaction tx) {
            this.tx = tx;
        }

        /** SCH-6: a past session whose dose counts for the schedule, because it was discharged. */
        public long dischargedSession(long patientId, long courseId, LocalDate day, int chair, Actor bookedBy, Instant bookedAt) {
            long id = sessions.book(tx, patientId, courseId, day, chair, bookedBy.userId(), bookedAt);
            sessions.setState(tx, id, SessionStore.DISCHARGED, true);
            record("SESSION_DISCHARGED", "session", id, "course=" + courseId + "; day=" + day + "; chair=" + chair
                    + "; state=" + SessionStore.DISCHARGED + "; doseGiven=true");
            return id;
        }

        /** SCH-6: a session booked on a past day, for a story to be told over it ({@link #sessionUnderWay}). */
        public long bookedSession(long patientId, long courseId, LocalDate day, int chair, Actor bookedBy, Instant bookedAt) {
            long id = sessions.book(tx, patientId, courseId, day, chair, bookedBy.userId(), bookedAt);
            record("SESSION_BOOKED", "session", id, "course=" + courseId + "; day=" + day + "; chair=" + chair);
            return id;
        }

        public void review(long courseId, WeekFourReview r) {
            courses.addReview(tx, courseId, r);
            record("COURSE_REVIEWED", "course", courseId, "decision=" + r.decision() + "; on=" + r.answeredOn() + "; by="
                    + r.by().prescriberName() + ": " + r.by().reason());
        }

        public void frequencyChange(long courseId, FrequencyChange f) {
            courses.addFrequencyChange(tx, courseId, f);
            record("COURSE_FREQUENCY_CHANGED", "course", courseId, "frequency=" + f.frequency() + "; from=" + f.effectiveFrom()
                    + "; by=" + f.by().prescriberName() + ": " + f.by().reason());
        }

        public void end(long courseId, CourseEnd e) {
            courses.addEnd(tx, courseId, e);
            record("COURSE_ENDED", "course", courseId, "reason=" + e.reason() + "; on=" + e.endedOn() + "; by="
                    + e.by().prescriberName() + ": " + e.by().reason());
        }

        public void scale(long patientId, long courseId, ScaleKind kind, LocalDate takenOn, List<Integer> answers, Actor by,
                          Instant recordedAt) {
            int total = kind.score(answers).total();
            long id = followUp.addScale(tx, patientId, courseId, kind, takenOn, answers, total, by.userId(), recordedAt);
            record("SCALE_RECORDED", "scale", id, "course=" + courseId + "; " + kind + "=" + total + "; items=" + answers
                    + "; on=" + takenOn);
        }

        public void monitoring(long patientId, long courseId, MonitoringResult result, Actor by, Instant recordedAt) {
            followUp.addMonitoring(tx, patientId, courseId, result, by.userId(), recordedAt);
            record("MONITORING_RECORDED", "course", courseId, result.kind() + " on " + result.doneOn() + ": " + result.result());
        }

        /**
         * A booked session told up to now: its events (BP-9: recorded at the moment each
         * describes, by the user who would have entered it), the summary state the engine
         * would have left and one audit event. A story starts at check-in, so it is never told
         * over a session already under way, nor beside another open session of the patient.
         */
        public void sessionUnderWay(long sessionId, List<Entry> entries, String story) {
            StoredSession session = sessions.byId(tx, sessionId).orElseThrow();
            if (!SessionStore.BOOKED.equals(session.state()) || !events.events(tx, sessionId).isEmpty()) {
                throw new IllegalStateException("session " + sessionId + " is " + session.state() + ": no story can be told over it");
            }
            for (StoredSession other : sessions.ofPatient(tx, session.patientId())) {
                if (other.id() != sessionId && isOpen(other)) {
                    throw new IllegalStateException("session " + sessionId + ": the patient has another open session " + other.id());
                }
            }
            Optional<Entry> authorised = entries.stream().filter(e -> e.event() instanceof SessionEvent.DoseAuthorised).findFirst();
            for (int i = 0; i < entries.size(); i++) {
                Entry e = entries.get(i);
                events.append(tx, sessionId, e.event(), e.userId(), e.event().at(), "demo-morning/" + sessionId + "/" + (i + 1), null);
                // CD-3, CD-5: what the step took from the stock, as the engine writes it with the step.
                if (authorised.isPresent()) {
                    pending.add(new RegisterStep(e.event().at(), () -> registered(register.sessionStep(tx, signer(e.userId()), e.event(),
                            ((SessionEvent.DoseAuthorised) authorised.get().event()).doseMg(), patientLine(session.patientId()),
                            signer(authorised.get().userId()), sessionId), sessionId)));
                }
            }
            SessionSnapshot snapshot = SessionReplay.replay(entries.stream().map(Entry::event).toList());
            boolean doseGiven = snapshot.doseStart().isPresent();
            sessions.setState(tx, sessionId, snapshot.state().name(), doseGiven);
            String told = "state=" + snapshot.state() + "; doseGiven=" + doseGiven + "; " + story + "; events=" + entries.size()
                    + " [" + String.join(", ", kinds(entries)) + "]; from=" + entries.getFirst().event().at() + "; to="
                    + entries.getLast().event().at();
            audit.recordAnonymous(tx, null, WHO, "DEMO_SESSION_SEEDED", "session", sessionId, "state=" + session.state(), told, WHY);
        }

        /**
         * A past session told from check-in to its end in one go, for a benchmark's year of
         * sessions (`vigil benchmark --export-sessions`): its slot, its events as the users named
         * entered them (BP-9), the summary state replay gives and one audit event. It moves no
         * stock, so the register of such a year stays empty.
         */
        public long toldSession(long patientId, long courseId, LocalDate day, int chair, Actor bookedBy, Instant bookedAt,
                                List<Entry> entries) {
            long id = sessions.book(tx, patientId, courseId, day, chair, bookedBy.userId(), bookedAt);
            for (int i = 0; i < entries.size(); i++) {
                Entry e = entries.get(i);
                events.append(tx, id, e.event(), e.userId(), e.event().at(), "demo-year/" + id + "/" + (i + 1), null);
            }
            SessionSnapshot snapshot = SessionReplay.replay(entries.stream().map(Entry::event).toList());
            sessions.setState(tx, id, snapshot.state().name(), snapshot.doseStart().isPresent());
            record("DEMO_SESSION_SEEDED", "session", id, "state=" + snapshot.state() + "; day=" + day + "; chair=" + chair + "; events="
                    + entries.size());
            return id;
        }

        /** CD-2: stock received on a past day, witnessed. */
        public void receipt(DrugRegister.Receipt receipt, Actor receiver, Actor witness, Instant at) {
            pending.add(new RegisterStep(at, () -> {
                Outcome<RegisterEntry> written = register.receivedAt(tx, receiver, witness, receipt, at);
                if (!written.isDone()) {
                    throw new IllegalStateException("demo receipt refused: " + written.refusalOrNull());
                }
            }));
        }

        /**
         * CD-3, CD-5: a past session's dose in the register, as the session's steps wrote it: each
         * nasal device, or an infusion's vials and the waste witnessed at its end.
         */
        public void pastDose(long sessionId, long patientId, Route route, BigDecimal doseMg, String lot, Instant at, Actor nurse,
                             Actor prescriber, Actor witness, String wasteMethod) {
            List<SessionEvent> steps = new ArrayList<>();
            if (route == Route.NASAL) {
                int devices = doseMg.divide(NASAL_DEVICE_MG, 0, RoundingMode.CEILING).intValueExact();
                for (int i = 0; i < devices; i++) {
                    steps.add(new SessionEvent.DeviceGiven(i + 1, at.plus(DEVICE_GAP.multipliedBy(i)), "", lot, true));
                }
            } else {
                steps.add(new SessionEvent.InfusionStarted(at, INFUSION_RATE, lot));
                steps.add(new SessionEvent.InfusionEnded(at.plus(INFUSION_TIME), INFUSION_GIVEN, INFUSION_RESIDUAL, witness.userId(),
                        wasteMethod));
            }
            for (SessionEvent step : steps) {
                pending.add(new RegisterStep(step.at(), () -> registered(register.sessionStep(tx, DrugRegister.signer(nurse), step, doseMg,
                        patientLine(patientId), DrugRegister.signer(prescriber), sessionId), sessionId)));
            }
            record("DEMO_DOSE_REGISTERED", "session", sessionId, route + " " + doseMg.toPlainString() + " mg; lot=" + lot);
        }

        private EntryDraft.PatientLine patientLine(long patientId) {
            PatientView p = ctx.view(tx, patientId).orElseThrow();
            return new EntryDraft.PatientLine(p.id(), p.displayName(), p.patient().idNumber());
        }

        private Signer signer(long userId) {
            return ctx.users.byId(tx, userId).map(u -> new Signer(u.id(), u.fullName())).orElseThrow();
        }

        private void registered(Optional<Refusal> refusal, long sessionId) {
            if (refusal.isPresent()) {
                throw new IllegalStateException("demo session " + sessionId + ": the register refused " + refusal.get());
            }
        }

        /**
         * CD-1 … CD-5: a register entry written as at the moment it records, with its signatures
         * bound to its content (SIG-3), at once rather than in time order with the batch's stories,
         * so that a correction can name it. The caller has checked it against the stock (CD-4), as
         * the demo checks every story against the domain rules.
         *
         * @return the entry's number, for a correction to name
         */
        public long registerEntry(EntryDraft draft, List<Signed> signatures) {
            long id = registerStore.append(tx, draft, draft.at());
            for (Signed s : signatures) {
                registerStore.sign(tx, new EntrySignature(id, s.signer(), s.meaning(), s.at(), draft.contentHash()));
            }
            record("REGISTER_ENTRY_SEEDED", "register_entry", id, DrugRegister.describe(draft));
            return id;
        }

        private void record(String action, String entityType, long entityId, String newValue) {
            audit.recordAnonymous(tx, null, WHO, action, entityType, entityId, null, newValue, WHY);
        }
    }

    /** The event kinds in order, a run of the same kind counted: "VitalsRecorded x3". */
    private static List<String> kinds(List<Entry> entries) {
        List<String> kinds = new ArrayList<>();
        for (int i = 0; i < entries.size(); ) {
            String kind = SessionEventCodec.kind(entries.get(i).event());
            int same = 1;
            while (i + same < entries.size() && SessionEventCodec.kind(entries.get(i + same).event()).equals(kind)) {
                same++;
            }
            kinds.add(same == 1 ? kind : kind + " x" + same);
            i += same;
        }
        return kinds;
    }

    private static boolean isOpen(StoredSession s) {
        if (SessionStore.BOOKED.equals(s.state()) || SessionStore.CANCELLED.equals(s.state())) {
            return false;
        }
        return !SessionState.valueOf(s.state()).isFinished();
    }
}
