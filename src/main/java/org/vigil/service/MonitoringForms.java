package org.vigil.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.vigil.domain.Actor;
import org.vigil.domain.Clinic;
import org.vigil.domain.Outcome;
import org.vigil.domain.PaperSize;
import org.vigil.domain.Permission;
import org.vigil.domain.Refusal;
import org.vigil.domain.SettingKeys;
import org.vigil.domain.SettingValue;
import org.vigil.domain.Settings;
import org.vigil.domain.course.CourseSettingKeys;
import org.vigil.domain.patient.RiskProgrammeEnrolment;
import org.vigil.domain.programme.FormDeadline;
import org.vigil.domain.programme.MonitoringForm;
import org.vigil.domain.programme.MonitoringFormPrintout;
import org.vigil.domain.programme.ProgrammeEnrolment;
import org.vigil.domain.programme.QueuedForm;
import org.vigil.domain.session.SessionEvent;
import org.vigil.domain.session.SessionProtocol;
import org.vigil.domain.session.SessionReplay;
import org.vigil.domain.session.SessionSnapshot;
import org.vigil.store.AuditTrail;
import org.vigil.store.ClinicStore;
import org.vigil.store.MonitoringFormStore;
import org.vigil.store.MonitoringFormStore.Owed;
import org.vigil.store.SessionEventStore;
import org.vigil.store.SessionStore;
import org.vigil.store.Transaction;

/**
 * PAT-6: the risk programme's monitoring forms. A clinic enrolled in the programme (setting
 * {@code pat.riskProgrammeRequired}) owes one for every session that ended after a dose while it
 * was enrolled; the queue shows those not yet marked submitted with their deadline. Printing a
 * form is a report (read-only, audited with the chain head); marking it submitted is a write with
 * its audit event in one transaction. Prescribers and managers file them (FILE_MONITORING_FORMS).
 */
public final class MonitoringForms {

    /** How far back the "submitted" list reaches: a year of filed forms is what a programme audit asks to see. */
    private static final int SUBMITTED_LIST_DAYS = 366;

    /**
     * The queue as the screen shows it.
     *
     * @param enrolled the clinic is in the programme now (the screen says so when it is not)
     * @param open forms not yet marked submitted, most pressing deadline first
     * @param submitted forms marked submitted in the last year, the latest mark first
     */
    public record Queue(boolean enrolled, List<QueuedForm> open, List<QueuedForm> submitted) {
        public Queue {
            open = List.copyOf(open);
            submitted = List.copyOf(submitted);
        }
    }

    private final ClinicalContext ctx;
    private final SessionStore sessions;
    private final SessionEventStore events;
    private final MonitoringFormStore forms;
    private final ClinicStore clinics;
    private final AuditTrail trail;

    MonitoringForms(ClinicalContext ctx, SessionStore sessions, SessionEventStore events, MonitoringFormStore forms, ClinicStore clinics,
                    AuditTrail trail) {
        this.ctx = ctx;
        this.sessions = sessions;
        this.events = events;
        this.forms = forms;
        this.clinics = clinics;
        this.trail = trail;
    }

    public Outcome<Queue> queue(Actor actor) {
        Refusal refused = ctx.audit.refuseUnless(actor, Permission.FILE_MONITORING_FORMS, "monitoringForms.queue");
        if (refused != null) {
            return Outcome.refused(refused);
        }
        return ctx.database.read(tx -> {
            List<SettingValue> enrolment = ctx.settings.history(tx, CourseSettingKeys.RISK_PROGRAMME_REQUIRED);
            FormDeadline.Rules rules = FormDeadline.Rules.from(ctx.settings(tx));
            LocalDate today = ctx.today();
            List<QueuedForm> open = queued(tx, owedWhileEnrolled(tx, notSubmitted(tx, enrolment), enrolment), rules, today);
            open = open.stream().sorted(Comparator.comparing((QueuedForm q) -> q.deadline().deadline()).thenComparingLong(QueuedForm::sessionId))
                    .toList();
            List<QueuedForm> submitted = queued(tx, forms.submittedSince(tx, today.minusDays(SUBMITTED_LIST_DAYS)), rules, today);
            return Outcome.done(new Queue(ProgrammeEnrolment.enrolledNow(enrolment), open, submitted));
        });
    }

    /** The form of one session, for printing or saving; the print is audited naming the chain head (SIG-4). */
    public Outcome<MonitoringFormPrintout> printout(Actor actor, long sessionId) {
        Refusal refused = ctx.audit.refuseUnless(actor, Permission.FILE_MONITORING_FORMS, "monitoringForms.print");
        if (refused != null) {
            return Outcome.refused(refused);
        }
        Outcome<MonitoringFormPrintout> outcome = ctx.database.read(tx -> {
            Optional<Clinic> clinic = clinics.find(tx);
            if (clinic.isEmpty()) {
                return Outcome.<MonitoringFormPrintout>refused(Refusal.of("SETUP-1", "print.register.notSetUp"));
            }
            Optional<Owed> owed = owed(tx, sessionId);
            if (owed.isEmpty()) {
                return Outcome.<MonitoringFormPrintout>refused(Refusal.of("PAT-6", "monitoringForms.refused.noForm"));
            }
            Settings settings = ctx.settings(tx);
            Instant now = ctx.clock.instant();
            MonitoringForm form = form(tx, owed.get(), clinic.get(), settings).orElseThrow();
            return Outcome.done(new MonitoringFormPrintout(form, clinic.get().name(),
                    FormDeadline.of(owed.get().date(), ctx.today(), FormDeadline.Rules.from(settings)), ctx.clock.getZone(),
                    PaperSize.valueOf(settings.text(SettingKeys.PRINT_PAPER_SIZE)), actor.fullName(), now,
                    trail.head(tx, now, "monitoring form")));
        });
        return ctx.printed(outcome, actor, null, "MONITORING_FORM_PRINTED", "session", form -> sessionId, form -> "auditHead="
                + form.chainHead().seq() + ":" + form.chainHead().hash(), "PAT-6");
    }

    /**
     * Marks a session's form submitted to the programme: who and when, appended once, with its
     * audit event in the same transaction. A second mark is refused (and audited, ROLE-2).
     */
    public Outcome<QueuedForm> markSubmitted(Actor actor, long sessionId) {
        return ctx.database.write(tx -> {
            Refusal refused = ctx.audit.refuseUnless(tx, actor, Permission.FILE_MONITORING_FORMS, "monitoringForms.submit");
            if (refused != null) {
                return Outcome.<QueuedForm>refused(refused);
            }
            Optional<Owed> owed = owed(tx, sessionId);
            Optional<Refusal> notOwed = owed.isEmpty() ? Optional.of(Refusal.of("PAT-6", "monitoringForms.refused.noForm"))
                    : owed.get().submission().isPresent()
                            ? Optional.of(Refusal.of("PAT-6", "monitoringForms.refused.alreadySubmitted",
                                    owed.get().submission().get().userName()))
                            : Optional.empty();
            if (notOwed.isPresent()) {
                ctx.audit.record(tx, actor, "MONITORING_FORM_REFUSED", "session", sessionId, null, "monitoringForms.submit",
                        notOwed.get().ruleId() + " " + notOwed.get().messageKey());
                return Outcome.<QueuedForm>refused(notOwed.get());
            }
            Instant now = ctx.clock.instant();
            forms.markSubmitted(tx, new MonitoringFormStore.Submission(sessionId, now, actor.userId(), actor.fullName()));
            ctx.audit.record(tx, actor, "MONITORING_FORM_SUBMITTED", "session", sessionId, null,
                    "submittedAt=" + now + "; by=" + actor.fullName(), "PAT-6");
            Owed marked = forms.bySession(tx, sessionId).orElseThrow();
            return Outcome.done(queued(tx, List.of(marked), FormDeadline.Rules.from(ctx.settings(tx)), ctx.today()).getFirst());
        });
    }

    /**
     * PAT-6 for the manager's period report: the forms whose deadline had passed by the end of
     * {@code until} and that were not marked submitted by then, read in the report's transaction.
     * Empty for a clinic that was never in the programme: it owes no forms, which is not "none overdue".
     */
    OptionalInt overdueAt(Transaction tx, LocalDate until) {
        List<SettingValue> enrolment = ctx.settings.history(tx, CourseSettingKeys.RISK_PROGRAMME_REQUIRED);
        if (!ProgrammeEnrolment.everEnrolled(enrolment)) {
            return OptionalInt.empty();
        }
        FormDeadline.Rules rules = FormDeadline.Rules.from(ctx.settings(tx));
        Instant endOfPeriod = until.plusDays(1).atStartOfDay(ctx.clock.getZone()).toInstant();
        List<Owed> open = new ArrayList<>(notSubmitted(tx, enrolment));
        open.addAll(forms.submittedFrom(tx, endOfPeriod));
        List<Owed> late = open.stream().filter(o -> !o.date().isAfter(until))
                .filter(o -> FormDeadline.of(o.date(), until, rules).urgency() == FormDeadline.Urgency.OVERDUE).toList();
        return OptionalInt.of(owedWhileEnrolled(tx, late, enrolment).size());
    }

    /**
     * The forms not yet submitted, from the day the clinic first joined: sessions before it owe
     * none, and each candidate is replayed, so a clinic that joined after years of sessions does
     * not replay them all at every look at the queue.
     */
    private List<Owed> notSubmitted(Transaction tx, List<SettingValue> enrolment) {
        if (!ProgrammeEnrolment.everEnrolled(enrolment)) {
            return List.of();
        }
        return forms.notSubmitted(tx, LocalDate.ofInstant(ProgrammeEnrolment.firstEnrolled(enrolment), ctx.clock.getZone()));
    }

    /** The session's form if it is owed: ended after a dose, while the clinic was enrolled. */
    private Optional<Owed> owed(Transaction tx, long sessionId) {
        List<SettingValue> enrolment = ctx.settings.history(tx, CourseSettingKeys.RISK_PROGRAMME_REQUIRED);
        return forms.bySession(tx, sessionId).filter(o -> !owedWhileEnrolled(tx, List.of(o), enrolment).isEmpty());
    }

    /**
     * The sessions that ended while the clinic was enrolled. A clinic never enrolled owes nothing,
     * and no session is replayed for it.
     */
    private List<Owed> owedWhileEnrolled(Transaction tx, List<Owed> candidates, List<SettingValue> enrolment) {
        if (candidates.isEmpty() || !ProgrammeEnrolment.everEnrolled(enrolment)) {
            return List.of();
        }
        Map<Long, List<SessionEvent>> stored = events.events(tx, candidates.stream().map(Owed::sessionId).toList());
        List<Owed> owed = new ArrayList<>();
        for (Owed o : candidates) {
            SessionSnapshot s = SessionReplay.replay(stored.getOrDefault(o.sessionId(), List.of()));
            MonitoringForm.endedAt(s).filter(end -> ProgrammeEnrolment.enrolledAt(enrolment, end)).ifPresent(end -> owed.add(o));
        }
        return owed;
    }

    private List<QueuedForm> queued(Transaction tx, List<Owed> owed, FormDeadline.Rules rules, LocalDate today) {
        Map<Long, PatientView> patients = ctx.views(tx, owed.stream().map(Owed::patientId).distinct().toList(), ctx.settings(tx));
        return owed.stream().map(o -> new QueuedForm(o.sessionId(), o.patientId(), patients.get(o.patientId()).displayName(), o.date(),
                FormDeadline.of(o.date(), today, rules),
                o.submission().map(s -> new QueuedForm.Submitted(s.at(), s.userName())))).toList();
    }

    private Optional<MonitoringForm> form(Transaction tx, Owed owed, Clinic clinic, Settings settings) {
        List<SessionEventStore.StoredEvent> stored = events.ofSession(tx, owed.sessionId());
        SessionSnapshot snapshot = SessionReplay.replay(stored.stream().map(SessionEventStore.StoredEvent::event).toList());
        PatientView patient = ctx.view(tx, owed.patientId()).orElseThrow();
        boolean first = sessions.ofPatient(tx, owed.patientId()).stream()
                .noneMatch(s -> s.doseGiven() && s.id() != owed.sessionId()
                        && (s.date().isBefore(owed.date()) || (s.date().equals(owed.date()) && s.id() < owed.sessionId())));
        MonitoringForm.Header header = new MonitoringForm.Header(owed.sessionId(),
                patient.patient().riskProgramme().map(RiskProgrammeEnrolment::number).orElse(""), patient.displayName(),
                patient.patient().dateOfBirth(), patient.patient().sex(), clinic.name(), owed.date(), first);
        return MonitoringForm.of(header, snapshot, SessionProtocol.from(settings), clinician(tx, stored));
    }

    /** Who answered for the end of monitoring: the signer of "ready to leave", or who referred the patient. */
    private String clinician(Transaction tx, List<SessionEventStore.StoredEvent> stored) {
        return stored.stream()
                .filter(e -> e.event() instanceof SessionEvent.ReadyToLeaveSigned || e.event() instanceof SessionEvent.ReferredToEmergency)
                .reduce((a, b) -> b)
                .flatMap(e -> ctx.users.byId(tx, e.recordedBy()))
                .map(u -> u.fullName())
                .orElse("");
    }
}
