package org.vigil.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.vigil.domain.Actor;
import org.vigil.domain.ChainCheckpoint;
import org.vigil.domain.Clinic;
import org.vigil.domain.Outcome;
import org.vigil.domain.PaperSize;
import org.vigil.domain.Permission;
import org.vigil.domain.Refusal;
import org.vigil.domain.Route;
import org.vigil.domain.SettingKeys;
import org.vigil.domain.Settings;
import org.vigil.domain.UserAccount;
import org.vigil.domain.course.Schedule;
import org.vigil.domain.course.ScheduleRules;
import org.vigil.domain.patient.Weight;
import org.vigil.domain.register.EntrySignature;
import org.vigil.domain.register.Product;
import org.vigil.domain.register.RegisterEntry;
import org.vigil.domain.report.ClinicDayLog;
import org.vigil.domain.report.ReportHeading;
import org.vigil.domain.report.SessionReport;
import org.vigil.domain.report.SessionSignature;
import org.vigil.domain.session.DischargeGate;
import org.vigil.domain.session.GateTimes;
import org.vigil.domain.session.KeyTimes;
import org.vigil.domain.session.SessionEvent;
import org.vigil.domain.session.SessionProtocol;
import org.vigil.domain.session.SessionState;
import org.vigil.domain.session.SessionReplay;
import org.vigil.domain.session.SessionSnapshot;
import org.vigil.domain.vitals.AssessmentRules;
import org.vigil.store.AuditTrail;
import org.vigil.store.ClinicStore;
import org.vigil.store.CourseStore;
import org.vigil.store.RegisterStore;
import org.vigil.store.SessionEventStore;
import org.vigil.store.SessionStore;
import org.vigil.store.SessionStore.StoredSession;
import org.vigil.store.Transaction;

/**
 * Session reports and the daily clinic log, read for printing (issue 13). A report is a
 * read-only projection: the session's events, the register entries it wrote, the patient, the
 * course and the protocol in force are read in one read transaction together with the audit
 * chain's head (SIG-4), so the paper names exactly the state it shows. Producing it writes one
 * audit event, {@code REPORT_PRINTED}, naming the kind, the sessions and that head; nothing else.
 */
public final class SessionReports {

    private static final String AUDIT_ACTION = "REPORT_PRINTED";

    /**
     * One of a patient's sessions as their history lists it, to choose the one to print.
     *
     * @param route empty when no dose was authorised
     */
    public record PastSession(long sessionId, LocalDate date, int chair, SessionState state, Optional<Route> route, BigDecimal doseMg) {}

    /** What was printed, as the audit event names it. */
    private enum Kind { SESSION, DAY_SESSIONS, DAY_LOG }

    private final ClinicalContext ctx;
    private final SessionStore sessions;
    private final SessionEventStore events;
    private final CourseStore courses;
    private final RegisterStore register;
    private final ClinicStore clinics;
    private final AuditTrail trail;

    SessionReports(ClinicalContext ctx, SessionStore sessions, SessionEventStore events, CourseStore courses, RegisterStore register,
                   ClinicStore clinics, AuditTrail trail) {
        this.ctx = ctx;
        this.sessions = sessions;
        this.events = events;
        this.courses = courses;
        this.register = register;
        this.clinics = clinics;
        this.trail = trail;
    }

    /** From the session screen or the patient's history: whoever prints on the floor (ROLE-2, a refusal audited). */
    public Outcome<SessionReport> session(Actor actor, long sessionId) {
        Refusal refused = ctx.audit.refuseUnless(actor, Permission.PRINT_SESSION_REPORTS, "report.session");
        return refused != null ? Outcome.refused(refused) : audited(actor, actor.fullName(), Kind.SESSION, read(actor.fullName(),
                (tx, h) -> one(tx, sessionId, h)), r -> List.of(r.sessionId()), SessionReport::heading);
    }

    /**
     * For `vigil report session`: as for `vigil register print`, whoever can read the data folder can
     * already read the database file, so the command needs no login; the operator is who the machine says.
     */
    public Outcome<SessionReport> session(String operator, long sessionId) {
        return audited(null, operator, Kind.SESSION, read(operator, (tx, h) -> one(tx, sessionId, h)), r -> List.of(r.sessionId()),
                SessionReport::heading);
    }

    /** A manager prints any day's session reports in one batch (READ_CLINIC_REPORTS). */
    public Outcome<List<SessionReport>> day(Actor actor, LocalDate date) {
        Refusal refused = ctx.audit.refuseUnless(actor, Permission.READ_CLINIC_REPORTS, "report.daySessions");
        return refused != null ? Outcome.refused(refused) : audited(actor, actor.fullName(), Kind.DAY_SESSIONS,
                read(actor.fullName(), (tx, h) -> dayReports(tx, date, h)), SessionReports::ids, SessionReports::heading);
    }

    public Outcome<List<SessionReport>> day(String operator, LocalDate date) {
        return audited(null, operator, Kind.DAY_SESSIONS, read(operator, (tx, h) -> dayReports(tx, date, h)), SessionReports::ids,
                SessionReports::heading);
    }

    /** The daily clinic log, printed at day close by whoever closes the day on the floor. */
    public Outcome<ClinicDayLog> dayLog(Actor actor, LocalDate date) {
        Refusal refused = ctx.audit.refuseUnless(actor, Permission.PRINT_SESSION_REPORTS, "report.dayLog");
        return refused != null ? Outcome.refused(refused) : audited(actor, actor.fullName(), Kind.DAY_LOG,
                read(actor.fullName(), (tx, h) -> log(tx, date, h)), l -> l.rows().stream().map(ClinicDayLog.Row::sessionId).toList(),
                ClinicDayLog::heading);
    }

    public Outcome<ClinicDayLog> dayLog(String operator, LocalDate date) {
        return audited(null, operator, Kind.DAY_LOG, read(operator, (tx, h) -> log(tx, date, h)),
                l -> l.rows().stream().map(ClinicDayLog.Row::sessionId).toList(), ClinicDayLog::heading);
    }

    /** A patient's sessions that began, newest first: the patient screen's history, each with its report to print. */
    public Outcome<List<PastSession>> history(Actor actor, long patientId) {
        Refusal refused = ctx.audit.refuseUnless(actor, Permission.VIEW_PATIENTS, "report.history");
        if (refused != null) {
            return Outcome.refused(refused);
        }
        return Outcome.done(ctx.database.read(tx -> {
            List<StoredSession> started = sessions.ofPatient(tx, patientId).stream()
                    .filter(s -> !SessionStore.BOOKED.equals(s.state()) && !SessionStore.CANCELLED.equals(s.state())).toList();
            Map<Long, List<SessionEvent>> stored = started.isEmpty() ? Map.of()
                    : events.events(tx, started.stream().map(StoredSession::id).toList());
            List<PastSession> past = new ArrayList<>();
            for (StoredSession s : started.reversed()) {
                SessionSnapshot snapshot = SessionReplay.replay(stored.getOrDefault(s.id(), List.of()));
                past.add(new PastSession(s.id(), s.date(), s.chair(), state(s, snapshot), snapshot.route(), snapshot.doseMg()));
            }
            return past;
        }));
    }

    /** What a read inside the transaction gives, once the clinic and the chain head are known. */
    private interface Reading<T> {
        Outcome<T> read(Transaction tx, ReportHeading heading);
    }

    private <T> Outcome<T> read(String printedBy, Reading<T> reading) {
        return ctx.database.read(tx -> {
            Optional<Clinic> clinic = clinics.find(tx);
            if (clinic.isEmpty()) {
                return Outcome.refused(Refusal.of("SETUP-1", "print.register.notSetUp"));
            }
            Instant now = ctx.clock.instant();
            PaperSize paper = PaperSize.valueOf(ctx.settings(tx).text(SettingKeys.PRINT_PAPER_SIZE));
            ChainCheckpoint head = trail.head(tx, now, "session report");
            return reading.read(tx, new ReportHeading(clinic.get().name(), ctx.clock.getZone(), paper, printedBy, now, head));
        });
    }

    /** SIG-4: the one write a report makes, naming what was printed and the chain head it carries. */
    private <T> Outcome<T> audited(Actor actor, String operator, Kind kind, Outcome<T> outcome, Function<T, List<Long>> sessionIds,
                                   Function<T, ReportHeading> heading) {
        return ctx.printed(outcome, actor, operator, AUDIT_ACTION, "session", done -> {
            List<Long> ids = sessionIds.apply(done);
            return ids.size() == 1 ? ids.getFirst() : null;
        }, done -> {
            ChainCheckpoint head = heading.apply(done).chainHead();
            return "kind=" + kind + "; sessions=" + sessionIds.apply(done) + "; auditHead=" + head.seq() + ":" + head.hash();
        }, null);
    }

    private static List<Long> ids(List<SessionReport> reports) {
        return reports.stream().map(SessionReport::sessionId).toList();
    }

    /** A batch is refused when the day has no session, so it always has a first report to take the heading from. */
    private static ReportHeading heading(List<SessionReport> reports) {
        return reports.getFirst().heading();
    }

    private Outcome<SessionReport> one(Transaction tx, long sessionId, ReportHeading heading) {
        Optional<StoredSession> session = sessions.byId(tx, sessionId).filter(s -> !SessionStore.CANCELLED.equals(s.state()));
        if (session.isEmpty()) {
            return Outcome.refused(Refusal.of("SESSION", "report.session.notFound", String.valueOf(sessionId)));
        }
        if (SessionStore.BOOKED.equals(session.get().state())) {
            // Nothing happened yet: a booked slot has no record to print.
            return Outcome.refused(Refusal.of("SESSION", "report.session.notStarted", String.valueOf(sessionId)));
        }
        Settings current = ctx.settings(tx);
        return Outcome.done(report(tx, session.get(), heading, new Names(tx), current));
    }

    private Outcome<List<SessionReport>> dayReports(Transaction tx, LocalDate date, ReportHeading heading) {
        if (date == null) {
            return Outcome.refused(Refusal.of("SESSION", "report.session.dayMissing"));
        }
        List<StoredSession> started = started(tx, date);
        if (started.isEmpty()) {
            return Outcome.refused(Refusal.of("SESSION", "report.session.dayNone", date));
        }
        Names names = new Names(tx);
        Settings current = ctx.settings(tx);
        List<SessionReport> reports = new ArrayList<>();
        for (StoredSession s : started) {
            reports.add(report(tx, s, heading, names, current));
        }
        return Outcome.done(reports);
    }

    /** Every session of the day that began (checked in), by chair; booked slots nobody came to are not sessions yet. */
    private List<StoredSession> started(Transaction tx, LocalDate date) {
        return sessions.between(tx, date, date).stream().filter(s -> !SessionStore.BOOKED.equals(s.state())).toList();
    }

    private Outcome<ClinicDayLog> log(Transaction tx, LocalDate date, ReportHeading heading) {
        if (date == null) {
            return Outcome.refused(Refusal.of("SESSION", "report.session.dayMissing"));
        }
        Names names = new Names(tx);
        Map<Long, PatientView> patients = new HashMap<>();
        List<ClinicDayLog.Row> rows = new ArrayList<>();
        for (StoredSession s : started(tx, date)) {
            List<SessionEventStore.StoredEvent> stored = events.ofSession(tx, s.id());
            List<SessionReport.Recorded> entries = recorded(stored, names);
            SessionSnapshot snapshot = SessionReplay.replay(entries.stream().map(SessionReport.Recorded::event).toList());
            Instant asOf = asOf(snapshot);
            SessionProtocol protocol = SessionProtocol.from(new Settings(ctx.settings.asOf(tx, asOf)));
            PatientView patient = patients.computeIfAbsent(s.patientId(), id -> ctx.view(tx, id).orElseThrow());
            rows.add(new ClinicDayLog.Row(s.id(), s.chair(), patient.displayName(), patient.patient().mrn(), state(s, snapshot),
                    snapshot.route(), snapshot.authorisation().map(a -> a.doseMg()).orElse(BigDecimal.ZERO),
                    KeyTimes.of(snapshot, protocol, asOf), SessionSignature.of(entries),
                    who(entries, e -> e instanceof SessionEvent.DeviceGiven || e instanceof SessionEvent.InfusionStarted),
                    who(entries, e -> e instanceof SessionEvent.Discharged || e instanceof SessionEvent.ReferredToEmergency
                            || e instanceof SessionEvent.Abandoned)));
        }
        return Outcome.done(new ClinicDayLog(heading, date, rows));
    }

    private SessionReport report(Transaction tx, StoredSession s, ReportHeading heading, Names names, Settings current) {
        List<SessionReport.Recorded> entries = recorded(events.ofSession(tx, s.id()), names);
        SessionSnapshot snapshot = SessionReplay.replay(entries.stream().map(SessionReport.Recorded::event).toList());
        Instant asOf = asOf(snapshot);
        // The thresholds the session ran under, not today's: a protocol changed since must not redraw an old chart.
        Settings then = new Settings(ctx.settings.asOf(tx, asOf));
        SessionProtocol protocol = SessionProtocol.from(then);
        PatientView patient = ctx.view(tx, s.patientId()).orElseThrow();
        SessionReport.PatientLine line = new SessionReport.PatientLine(patient.displayName(), patient.patient().dateOfBirth(),
                patient.patient().mrn(), patient.patient().idNumber(), patient.patient().sex());
        Optional<SessionReport.CourseLine> course = courses.byId(tx, s.courseId()).map(c -> {
            int week = Schedule.weekOf(sessions.dosesGiven(tx, s.courseId()), s.date());
            return new SessionReport.CourseLine(c.course().regimen(), ScheduleRules.from(current).plan(c.course().regimen()).at(week).phase(),
                    week);
        });
        Optional<Weight> weight = patient.weights().stream().filter(w -> !w.measuredOn().isAfter(s.date())).findFirst();
        DischargeGate.Result gate = DischargeGate.evaluate(snapshot, protocol, asOf);
        return new SessionReport(heading, s.id(), s.date(), s.chair(), line, course, snapshot, entries, supplies(tx, s.id()), weight,
                protocol, AssessmentRules.from(then), gate, GateTimes.metSince(snapshot, protocol, asOf), KeyTimes.of(snapshot, protocol, asOf), asOf,
                state(s, snapshot));
    }

    /**
     * Where the session stands: its events say, except for a slot recorded as discharged without
     * chair-side events (history entered afterwards), whose events would replay to "booked".
     */
    private static SessionState state(StoredSession s, SessionSnapshot snapshot) {
        return snapshot.events().isEmpty() && !SessionStore.BOOKED.equals(s.state()) && !SessionStore.CANCELLED.equals(s.state())
                ? SessionState.valueOf(s.state()) : snapshot.state();
    }

    /** The end of the session (discharge, referral, stop), or now for one still running. */
    private Instant asOf(SessionSnapshot snapshot) {
        Instant now = ctx.clock.instant();
        return snapshot.state().isFinished() ? snapshot.events().stream().map(e -> e.at()).max(Instant::compareTo).orElse(now) : now;
    }

    /** Who recorded the first event of a kind: the nurse who gave the dose, who discharged. */
    private static String who(List<SessionReport.Recorded> entries, java.util.function.Predicate<SessionEvent> kind) {
        return entries.stream().filter(r -> kind.test(r.event())).map(SessionReport.Recorded::by).findFirst().orElse("");
    }

    private static List<SessionReport.Recorded> recorded(List<SessionEventStore.StoredEvent> stored, Names names) {
        return stored.stream().map(e -> new SessionReport.Recorded(e.event(), e.recordedAt(), names.of(e.recordedBy()))).toList();
    }

    /** CD-3, CD-5: the register entries this session wrote, with their signatures (SIG-1, SIG-3). */
    private List<SessionReport.Supply> supplies(Transaction tx, long sessionId) {
        List<RegisterEntry> entries = register.ofSession(tx, sessionId);
        if (entries.isEmpty()) {
            return List.of();
        }
        Map<Long, List<EntrySignature>> signatures = register.signatures(tx, entries.stream().map(RegisterEntry::id).toList());
        Map<Long, Product> products = new HashMap<>();
        register.products(tx).forEach(p -> products.put(p.id(), p));
        return entries.stream().map(e -> {
            Product p = products.get(e.productId());
            String product = p == null ? "#" + e.productId() : p.name() + " " + p.strength();
            return new SessionReport.Supply(e, product, signatures.getOrDefault(e.id(), List.of()));
        }).toList();
    }

    /** Users' full names, each looked up once per print (SIG-1). */
    private final class Names {
        private final Transaction tx;
        private final Map<Long, String> known = new HashMap<>();

        Names(Transaction tx) {
            this.tx = tx;
        }

        String of(long userId) {
            return known.computeIfAbsent(userId, id -> ctx.users.byId(tx, id).map(UserAccount::fullName).orElse("#" + id));
        }
    }
}
