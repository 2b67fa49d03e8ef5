package org.vigil.service;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.vigil.domain.Actor;
import org.vigil.domain.Language;
import org.vigil.domain.SettingKeys;
import org.vigil.domain.session.SessionEvent.DischargeAdviceGiven;
import org.vigil.domain.Outcome;
import org.vigil.domain.Permission;
import org.vigil.domain.Refusal;
import org.vigil.domain.Settings;
import org.vigil.domain.UserAccount;
import org.vigil.domain.patient.IdNumberFormat;
import org.vigil.domain.course.Finding;
import org.vigil.domain.course.Regimen;
import org.vigil.domain.register.EntryDraft;
import org.vigil.domain.register.Signer;
import org.vigil.domain.session.DischargeGate;
import org.vigil.domain.session.AdverseEventKind;
import org.vigil.domain.session.ChecklistAnswer;
import org.vigil.domain.session.ChecklistItem;
import org.vigil.domain.session.DueItem;
import org.vigil.domain.session.DueItems;
import org.vigil.domain.session.PreDoseChecklist;
import org.vigil.domain.session.SessionEvent.AdministrationProblem;
import org.vigil.domain.session.SessionEvent.AdverseEventOpened.Severity;
import org.vigil.domain.session.SessionEvent.AlarmAcknowledged;
import org.vigil.domain.session.SessionEvent.AlarmResolved;
import org.vigil.domain.session.SessionEvent.BaselineOverridden;
import org.vigil.domain.session.SessionEvent.ChecklistAnswered;
import org.vigil.domain.session.SessionEvent.ChecklistOverridden;
import org.vigil.domain.alarm.Alarm;
import org.vigil.domain.alarm.AlarmRules;
import org.vigil.domain.vitals.AssessmentRules;
import org.vigil.domain.alarm.SessionAlarms;
import org.vigil.domain.Route;
import org.vigil.domain.session.SessionEvent;
import org.vigil.domain.session.SessionEvent.AdverseEventOpened;
import org.vigil.domain.session.SessionEvent.AdverseEventResolved;
import org.vigil.domain.session.SessionEvent.Abandoned;
import org.vigil.domain.session.SessionEvent.ChecklistCompleted;
import org.vigil.domain.session.SessionEvent.DeviceGiven;
import org.vigil.domain.session.SessionEvent.Discharged;
import org.vigil.domain.session.SessionEvent.DissociationNoted;
import org.vigil.domain.session.SessionEvent.DoseAuthorised;
import org.vigil.domain.session.SessionEvent.IvBasis;
import org.vigil.domain.session.SessionEvent.InfusionEnded;
import org.vigil.domain.session.SessionEvent.InfusionStarted;
import org.vigil.domain.session.SessionEvent.ReadyToLeaveSigned;
import org.vigil.domain.session.SessionEvent.ReferredToEmergency;
import org.vigil.domain.session.SessionEvent.TransportArrived;
import org.vigil.domain.session.SessionProtocol;
import org.vigil.domain.session.SessionSettingKeys;
import org.vigil.domain.session.SessionTextLimits;
import org.vigil.domain.session.SessionReplay;
import org.vigil.domain.session.SessionSnapshot;
import org.vigil.domain.session.SessionTransitions;
import org.vigil.domain.dose.DoseCheck;
import org.vigil.domain.dose.DoseRules;
import org.vigil.domain.dose.Prescriber;
import org.vigil.store.SessionEventCodec;
import org.vigil.store.SessionEventStore;
import org.vigil.store.SessionEventStore.RequestBinding;
import org.vigil.store.SessionStore;
import org.vigil.store.SessionStore.StoredSession;
import org.vigil.store.Transaction;

/**
 * Runs a session at the chair (issue 4). Every action becomes one {@link SessionEvent}: the
 * role is checked (ROLE-2), the stored events are replayed, the domain says whether the event
 * may follow them, and the event, the session's summary state and the audit event are written
 * in one transaction. Each action carries a request id, so a double-submitted action is
 * applied once. Nothing is kept in memory: every answer is replayed at the clinic clock.
 */
public final class SessionEngine {

    /** Turns an action's input into its event, or says why the input cannot be taken. */
    interface Step {
        Outcome<SessionEvent> make(Transaction tx, StoredSession session, SessionSnapshot before, Settings settings, Instant now);
    }

    private final ClinicalContext ctx;
    private final SessionStore sessions;
    private final SessionEventStore events;
    private final Accounts accounts;
    private final Courses courses;
    private final DrugRegister register;
    private final SessionInputs inputs;

    SessionEngine(ClinicalContext ctx, SessionStore sessions, SessionEventStore events, Accounts accounts, Courses courses,
                  DrugRegister register) {
        this.ctx = ctx;
        this.register = register;
        this.sessions = sessions;
        this.events = events;
        this.accounts = accounts;
        this.courses = courses;
        this.inputs = new SessionInputs(ctx, sessions);
    }

    /** Check-in of a session booked for today; refused while the patient has another session open. */
    public Outcome<SessionView> startSession(Actor actor, long sessionId, String requestId) {
        return act(actor, sessionId, requestId, Permission.RECORD_CLINICAL, "session.start", null, inputs(),
                (tx, s, before, settings, now) -> inputs.checkIn(tx, s, before, settings, now, postpartum(tx, s)));
    }

    /** SCH-4: the PPD single dose is given after delivery, and its checklist asks what applies then. */
    private boolean postpartum(Transaction tx, StoredSession s) {
        return courses.stored(tx, s.courseId()).map(x -> x.course().regimen() == Regimen.PPD_SINGLE_IV).orElse(false);
    }

    /** PRE-1/PRE-3: one checklist answer, stored with who and when; an unsafe answer needing a reason is refused without it. */
    public Outcome<SessionView> answerChecklist(Actor actor, long sessionId, ChecklistAnswer answer, String requestId) {
        Objects.requireNonNull(answer, "answer");
        return act(actor, sessionId, requestId, Permission.RECORD_CLINICAL, "session.checklistAnswer", null, inputs(answer),
                (tx, s, before, settings, now) -> {
                    Optional<Refusal> problem = PreDoseChecklist.refuseAnswer(answer, SessionProtocol.from(settings), now);
                    return problem.isPresent() ? Outcome.refused(problem.get()) : Outcome.done(new ChecklistAnswered(answer, now));
                });
    }

    /**
     * PAT-2/PAT-4: a prescriber overrides a relative contraindication answered at the chair
     * (pregnant; breastfeeding after a PPD dose), with a reason, signing with their password
     * (SIG-2). Taken only while that item's current answer is the unsafe one.
     *
     * <p>The screening's override is the course-level decision; it does not carry over to the
     * chair, because PAT-4 asks again before every session and the answer given today is a new
     * fact. The prescriber decides for this session, seeing the screening's decision.
     */
    public Outcome<SessionView> overrideChecklistItem(Actor actor, long sessionId, ChecklistItem item, String reason, String password,
                                                      String requestId) {
        Objects.requireNonNull(item, "item");
        return act(actor, sessionId, requestId, Permission.PRESCRIBE, "session.checklistOverride", new Signature(password),
                inputs(item, reason), (tx, s, before, settings, now) -> Outcome.done(new ChecklistOverridden(item, reason, actor.userId(), actor.fullName(), now)));
    }

    /** PRE-1: every item answered and none stops the session (no transport: reschedule instead). */
    public Outcome<SessionView> completeChecklist(Actor actor, long sessionId, String requestId) {
        return act(actor, sessionId, requestId, Permission.RECORD_CLINICAL, "session.checklist", null, inputs(),
                (tx, s, before, settings, now) -> Outcome.done(new ChecklistCompleted(now)));
    }

    /** BP-1 baseline; BP-8 input limits are checked first. */
    public Outcome<SessionView> recordBaseline(Actor actor, long sessionId, int sbp, int dbp, int heartRate, int spo2, Instant observedAt,
                                               String requestId) {
        return act(actor, sessionId, requestId, Permission.RECORD_CLINICAL, "session.baseline", null, inputs(sbp, dbp, heartRate, spo2, observedAt),
                (tx, s, before, settings, now) -> inputs.baseline(before, settings, now, sbp, dbp, heartRate, spo2, observedAt));
    }

    /** BP-2: the prescriber accepts a raised baseline with a reason, signing with their password (SIG-2). */
    public Outcome<SessionView> overrideBaseline(Actor actor, long sessionId, String reason, String password, String requestId) {
        return act(actor, sessionId, requestId, Permission.PRESCRIBE, "session.baselineOverride", new Signature(password), inputs(reason),
                (tx, s, before, settings, now) -> Outcome.done(new BaselineOverridden(reason, now)));
    }

    /** A nasal dose in whole mg, with no warning to acknowledge: see the full form. */
    public Outcome<SessionView> authoriseDose(Actor actor, long sessionId, int doseMg, Route route, int infusionMinutes, String password,
                                              String requestId) {
        return authoriseDose(actor, sessionId, BigDecimal.valueOf(doseMg), route, infusionMinutes, null, password, requestId);
    }

    /**
     * PRE-2 and ADM-4: the prescriber authorises the dose, signing with their password (SIG-2).
     * A warning (an IV dose above the mg/kg setting) is never signed through silently: the
     * authorisation is refused unless it carries the prescriber's acknowledgement with a reason,
     * which is stored on the event. An IV dose is taken to one decimal of a mg, with the mg/kg and
     * the weight it was computed from (PROD-2).
     *
     * @param infusionMinutes IV infusion duration; ignored for nasal
     * @param warningAcknowledgement the prescriber's reason for going ahead despite the warnings
     *     shown to them; null or blank when none were shown
     */
    public Outcome<SessionView> authoriseDose(Actor actor, long sessionId, BigDecimal doseMg, Route route, int infusionMinutes,
                                              String warningAcknowledgement, String password, String requestId) {
        Objects.requireNonNull(doseMg, "doseMg");
        Objects.requireNonNull(route, "route");
        return act(actor, sessionId, requestId, Permission.PRESCRIBE, "session.authorise", new Signature(password),
                inputs(doseMg.stripTrailingZeros().toPlainString(), route, infusionMinutes, warningAcknowledgement),
                (tx, s, before, settings, now) -> authorised(tx, s, settings, now, actor, doseMg, route, infusionMinutes,
                        warningAcknowledgement));
    }

    /**
     * ADM-1/ADM-2/ADM-3: the next nasal device, with its lot and the dots checked. A reason
     * overrides the rest period, or allows a re-dose after vomiting or an incomplete dose (ADM-5);
     * only a prescriber may give one.
     */
    public Outcome<SessionView> giveDevice(Actor actor, long sessionId, String lot, boolean dotsChecked, String overrideReason,
                                           String requestId) {
        boolean override = overrideReason != null && !overrideReason.isBlank();
        return act(actor, sessionId, requestId, override ? Permission.PRESCRIBE : Permission.RECORD_CLINICAL, "session.device", null, inputs(lot, dotsChecked, overrideReason),
                (tx, s, before, settings, now) -> {
                    Optional<Refusal> suspended = Suspensions.refusal(ctx, tx, s.patientId()); // PAT-1 before every device too
                    if (suspended.isPresent()) {
                        return Outcome.refused(suspended.get());
                    }
                    return Outcome.done(new DeviceGiven(before.devicesGiven() + 1, now, overrideReason, lot, dotsChecked));
                });
    }

    /**
     * IV: the infusion starts at the given rate, prepared from vials of this lot; the vials leave the
     * register's stock in the same transaction (CD-3, ADM-3).
     */
    public Outcome<SessionView> startInfusion(Actor actor, long sessionId, BigDecimal rateMlPerHour, String lot, String requestId) {
        return act(actor, sessionId, requestId, Permission.RECORD_CLINICAL, "session.infusionStart", null, inputs(rateMlPerHour, lot),
                (tx, s, before, settings, now) -> {
                    Optional<Refusal> suspended = Suspensions.refusal(ctx, tx, s.patientId()); // PAT-1 before the infusion runs
                    if (suspended.isPresent()) {
                        return Outcome.refused(suspended.get());
                    }
                    if (rateMlPerHour == null) {
                        return Outcome.refused(Refusal.of("ADM-1", "session.refused.infusionRate"));
                    }
                    // PROD-2: a rate above the setting is a slip of the keyboard, refused before it is stored.
                    BigDecimal fastest = settings.decimal(SessionSettingKeys.INFUSION_RATE_MAX_ML_PER_HOUR);
                    if (rateMlPerHour.compareTo(fastest) > 0) {
                        return Outcome.refused(Refusal.of("PROD-2", "session.refused.infusionRateAbove",
                                fastest.stripTrailingZeros().toPlainString()));
                    }
                    return Outcome.done(new InfusionStarted(now, rateMlPerHour, lot));
                });
    }

    /**
     * IV: the infusion ends. What was drawn and not given — the residual, and what was left in the
     * vials — is wasted in the register in the same transaction, witnessed by another user who signs
     * with their password now (CD-5, SIG-2): the infusion does not end until its waste is witnessed.
     *
     * @param witness the waste's witness, or null when nothing is left to waste
     * @param method how the waste was destroyed
     */
    public Outcome<SessionView> endInfusion(Actor actor, long sessionId, BigDecimal volumeGivenMl, BigDecimal residualMl, Actor witness,
                                            String witnessPassword, String method, String requestId) {
        return act(actor, sessionId, requestId, Permission.RECORD_CLINICAL, "session.infusionEnd", null,
                inputs(volumeGivenMl, residualMl, witness == null ? 0 : witness.userId(), method),
                (tx, s, before, settings, now) -> {
                    if (volumeGivenMl == null || residualMl == null) {
                        return Outcome.refused(Refusal.of("ADM-1", "session.refused.infusionVolume"));
                    }
                    if (witness != null) {
                        Optional<Refusal> refused = register.witnessRefusal(tx, actor, witness, witnessPassword, "session.infusionEnd");
                        if (refused.isPresent()) {
                            return Outcome.refused(refused.get());
                        }
                    }
                    return Outcome.done(new InfusionEnded(now, volumeGivenMl, residualMl, witness == null ? 0 : witness.userId(), method));
                });
    }

    /** ADM-5: vomiting or an incomplete administration, recorded with its time. */
    public Outcome<SessionView> recordAdministrationProblem(Actor actor, long sessionId, AdministrationProblem.Problem problem, String note,
                                                            String requestId) {
        Objects.requireNonNull(problem, "problem");
        return act(actor, sessionId, requestId, Permission.RECORD_CLINICAL, "session.administrationProblem", null, inputs(problem, note),
                (tx, s, before, settings, now) -> Outcome.done(new AdministrationProblem(problem, note, now)));
    }

    /** A set of vital signs as observed (BP-9); BP-8 limits refuse mistyped values. */
    public Outcome<SessionView> recordVitals(Actor actor, long sessionId, int sbp, int dbp, int heartRate, int spo2, Instant observedAt,
                                             String requestId) {
        return act(actor, sessionId, requestId, Permission.RECORD_CLINICAL, "session.vitals", null, inputs(sbp, dbp, heartRate, spo2, observedAt),
                (tx, s, before, settings, now) -> inputs.vitals(before, settings, now, sbp, dbp, heartRate, spo2, observedAt));
    }

    /** OBS-2 MOAA/S score as observed. */
    public Outcome<SessionView> scoreSedation(Actor actor, long sessionId, int moaas, Instant observedAt, String requestId) {
        return act(actor, sessionId, requestId, Permission.RECORD_CLINICAL, "session.sedation", null, inputs(moaas, observedAt),
                (tx, s, before, settings, now) -> inputs.sedation(before, settings, now, moaas, observedAt));
    }

    /** OBS-3: onset ({@code present}) or resolution of dissociation. */
    public Outcome<SessionView> noteDissociation(Actor actor, long sessionId, boolean present, String requestId) {
        return act(actor, sessionId, requestId, Permission.RECORD_CLINICAL, "session.dissociation", null, inputs(present),
                (tx, s, before, settings, now) -> Outcome.done(new DissociationNoted(present, now)));
    }

    /**
     * OBS-4: an adverse event from its onset; its id is the next "AE-n" of the session. A serious
     * kind refers the patient to emergency care in the same transaction.
     */
    public Outcome<SessionView> openAdverseEvent(Actor actor, long sessionId, AdverseEventKind kind, Severity severity, String description,
                                                 String action, Instant onset, String requestId) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(severity, "severity");
        return act(actor, sessionId, requestId, Permission.RECORD_CLINICAL, "session.adverseEvent", null, inputs(kind, severity, description, action, onset), (tx, s, before, settings, now) -> {
            Instant at = onset == null ? now : onset;
            if (at.isAfter(now)) {
                return Outcome.refused(Refusal.of("BP-8", "vitals.observedAt.future", 0));
            }
            long opened = before.adverseEvents().size();
            return Outcome.done(new AdverseEventOpened("AE-" + (opened + 1), kind, severity, description, action, at));
        });
    }

    public Outcome<SessionView> resolveAdverseEvent(Actor actor, long sessionId, String eventId, String resolution, String requestId) {
        return act(actor, sessionId, requestId, Permission.RECORD_CLINICAL, "session.adverseEventResolved", null, inputs(eventId, resolution),
                (tx, s, before, settings, now) -> Outcome.done(new AdverseEventResolved(eventId, resolution, now)));
    }

    /** ALM-2: silences an active alarm for the pause; it stays shown until its cause is resolved. */
    public Outcome<SessionView> acknowledgeAlarm(Actor actor, long sessionId, String cause, String requestId) {
        return act(actor, sessionId, requestId, Permission.RECORD_CLINICAL, "session.alarmAcknowledged", null, inputs(cause),
                (tx, s, before, settings, now) -> {
                    boolean active = SessionAlarms.active(before, SessionProtocol.from(settings), AssessmentRules.from(settings), now)
                            .stream().anyMatch(a -> a.cause().equals(cause));
                    return active ? Outcome.done(new AlarmAcknowledged(cause, actor.userId(), now))
                            : Outcome.refused(Refusal.of("ALM-2", "alarm.refused.notActive"));
                });
    }

    public Outcome<SessionView> transportArrived(Actor actor, long sessionId, String requestId) {
        return act(actor, sessionId, requestId, Permission.RECORD_CLINICAL, "session.transport", null, inputs(),
                (tx, s, before, settings, now) -> Outcome.done(new TransportArrived(now)));
    }

    /** DIS-1: the prescriber accepts a last BP above the thresholds for discharge, signing with their password (SIG-2). */
    public Outcome<SessionView> overrideDischargeBp(Actor actor, long sessionId, String reason, String password, String requestId) {
        return act(actor, sessionId, requestId, Permission.PRESCRIBE, "session.dischargeBpOverride", new Signature(password), inputs(reason),
                (tx, s, before, settings, now) -> Outcome.done(new SessionEvent.DischargeBpOverridden(reason, now)));
    }

    /** DIS-1 "clinically stable and ready to leave": a prescriber's signature (ROLE-1), with password (SIG-2). */
    public Outcome<SessionView> signReadyToLeave(Actor actor, long sessionId, String password, String requestId) {
        return act(actor, sessionId, requestId, Permission.PRESCRIBE, "session.readyToLeave", new Signature(password), inputs(),
                (tx, s, before, settings, now) -> Outcome.done(new ReadyToLeaveSigned(now)));
    }

    /**
     * DIS-1: a hard stop until every criterion holds, checked again at this moment. The DIS-2
     * ready-to-leave time and the minutes of monitoring are stored with the discharge.
     */
    public Outcome<SessionView> discharge(Actor actor, long sessionId, String requestId) {
        return act(actor, sessionId, requestId, Permission.RECORD_CLINICAL, "session.discharge", null, inputs(), (tx, s, before, settings, now) -> {
            Instant ready = DischargeGate.evaluate(before, SessionProtocol.from(settings), now).readyToLeaveAt().orElse(null);
            long minutes = before.doseStart().map(start -> Duration.between(start, now).toMinutes()).orElse(0L);
            return Outcome.done(new Discharged(now, ready, minutes));
        });
    }

    /**
     * DIS-3: the discharge advice was handed over, printed or told and acknowledged by the patient,
     * in the language the patient reads (their own, else the clinic's). A prompt, not a stop: the
     * gate asks for it, and the discharge does not wait for it (the rule's "Vigil" is prompt).
     */
    public Outcome<SessionView> recordDischargeAdvice(Actor actor, long sessionId, DischargeAdviceGiven.AdviceHandover handover,
                                                      String requestId) {
        Objects.requireNonNull(handover, "handover");
        return act(actor, sessionId, requestId, Permission.RECORD_CLINICAL, "session.dischargeAdvice", null, inputs(handover),
                (tx, s, before, settings, now) -> {
                    PatientView patient = ctx.view(tx, s.patientId()).orElseThrow();
                    Language language = patient.patient().readsIn(Language.valueOf(settings.text(SettingKeys.CLINIC_LANGUAGE)));
                    return Outcome.done(new DischargeAdviceGiven(now, actor.userId(), actor.fullName(), handover, language));
                });
    }

    /** Stopped before any esketamine was given, with a reason (e.g. PRE-1 no transport: book another day). */
    public Outcome<SessionView> abandon(Actor actor, long sessionId, String reason, String requestId) {
        return act(actor, sessionId, requestId, Permission.RECORD_CLINICAL, "session.abandon", null, inputs(reason),
                (tx, s, before, settings, now) -> Outcome.done(new Abandoned(reason, now)));
    }

    /** OBS-4: handed over to emergency care; allowed at any point of an open session. */
    public Outcome<SessionView> referToEmergency(Actor actor, long sessionId, String reason, String requestId) {
        return act(actor, sessionId, requestId, Permission.RECORD_CLINICAL, "session.refer", null, inputs(reason), (tx, s, before, settings, now) ->
                Outcome.done(new ReferredToEmergency(reason, now)));
    }

    /**
     * The clinic floor today: every session booked for today (cancelled ones left out), each
     * replayed at the clinic clock, in chair order. The board's one load.
     */
    public Outcome<List<SessionView>> today(Actor actor) {
        Refusal refused = ctx.audit.refuseUnless(actor, Permission.VIEW_PATIENTS, "session.today");
        if (refused != null) {
            return Outcome.refused(refused);
        }
        return ctx.database.read(tx -> {
            Settings settings = ctx.settings(tx);
            List<StoredSession> today = sessions.between(tx, ctx.today(), ctx.today()).stream()
                    .filter(s -> !SessionStore.CANCELLED.equals(s.state())).toList();
            // One query per kind of fact for the whole floor: the board reloads every 30 s and after every click.
            Map<Long, List<SessionEvent>> stored = events.events(tx, today.stream().map(StoredSession::id).toList());
            Map<Long, PatientView> patients = ctx.views(tx, today.stream().map(StoredSession::patientId).distinct().toList(), settings);
            List<SessionView> views = new ArrayList<>();
            for (StoredSession s : today) {
                views.add(view(s, patients.get(s.patientId()), SessionReplay.replay(stored.getOrDefault(s.id(), List.of())), settings));
            }
            views.sort(Comparator.comparingInt(SessionView::chair).thenComparingLong(SessionView::sessionId));
            return Outcome.done(List.copyOf(views));
        });
    }

    /**
     * Today's open sessions as de-identified chair watches, for the login and lock screens. No
     * role is needed: nothing here names or describes a patient, and the nurse who comes to a
     * restarted workstation must see at once what is overdue on which chair (ALM-4).
     */
    public List<ChairWatch> floorWatch() {
        return ctx.database.read(tx -> {
            Settings settings = ctx.settings(tx);
            List<ChairWatch> watches = new ArrayList<>();
            // Issue 15: a finished session (discharged, abandoned, referred) has left its chair and is not watched.
            List<StoredSession> open = sessions.between(tx, ctx.today(), ctx.today()).stream()
                    .filter(StoredSession::running).toList();
            Map<Long, List<SessionEvent>> stored = events.events(tx, open.stream().map(StoredSession::id).toList());
            SessionProtocol protocol = SessionProtocol.from(settings);
            Instant now = ctx.clock.instant();
            // Only timers and alarms: the patient's record is not read for a de-identified list.
            for (StoredSession s : open) {
                SessionSnapshot snapshot = SessionReplay.replay(stored.getOrDefault(s.id(), List.of()));
                watches.add(new ChairWatch(s.id(), s.chair(), DueItems.due(snapshot, protocol, now),
                        SessionAlarms.active(snapshot, protocol, AssessmentRules.from(settings), now), AlarmRules.from(settings)));
            }
            watches.sort(Comparator.comparingInt(ChairWatch::chair));
            return List.copyOf(watches);
        });
    }

    /**
     * ALM-4: after a crash or reboot, every item of an open session that fell overdue between
     * {@code lastWatched} and {@code now} is written to the audit trail as due while Vigil was not
     * running, with its target and how late it is against it ("BP-3 BP check due at 40 min (10:40
     * UTC), 7 min late"), as the nurse would say it. The items themselves need no repair: they are derived.
     *
     * @return how many items were noted
     */
    int noteDueWhileClosed(Instant lastWatched, Instant now) {
        java.time.ZoneId zone = ctx.clock.getZone();
        String zoneName = zone.normalized().equals(java.time.ZoneOffset.UTC) ? "UTC" : zone.getId();
        java.time.format.DateTimeFormatter hourMinute = java.time.format.DateTimeFormatter.ofPattern("HH:mm").withZone(zone);
        return ctx.database.write(tx -> {
            Settings settings = ctx.settings(tx);
            SessionProtocol protocol = SessionProtocol.from(settings);
            int noted = 0;
            for (StoredSession s : sessions.between(tx, ctx.today().minusDays(1), ctx.today())) {
                SessionSnapshot snapshot = SessionReplay.replay(events.events(tx, s.id()));
                Instant start = snapshot.doseStart().orElse(null);
                List<String> missed = DueItems.due(snapshot, protocol, now).stream()
                        .filter(d -> d.overdueAt().isAfter(lastWatched) && !d.overdueAt().isAfter(now))
                        .map(d -> d.ruleId() + " " + d.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ').replace("bp", "BP")
                                + " due at " + Duration.between(start, d.target()).toMinutes() + " min (" + hourMinute.format(d.target())
                                + " " + zoneName + "), " + d.lateAgainstTarget(now).toMinutes() + " min late")
                        .toList();
                if (!missed.isEmpty()) {
                    ctx.audit.recordAnonymous(tx, null, "vigil", "SESSION_DUE_WHILE_CLOSED", "session", s.id(), "last watched " + lastWatched,
                            String.join("; ", missed), "ALM-4: fell due while Vigil was not running");
                    noted += missed.size();
                }
            }
            return noted;
        });
    }

    /** The session as it stands now: replayed events, due items and the discharge gate at the clinic clock. */
    public Outcome<SessionView> view(Actor actor, long sessionId) {
        Refusal refused = ctx.audit.refuseUnless(actor, Permission.VIEW_PATIENTS, "session.view");
        if (refused != null) {
            return Outcome.refused(refused);
        }
        return ctx.database.read(tx -> {
            Optional<StoredSession> session = sessions.byId(tx, sessionId).filter(s -> !SessionStore.CANCELLED.equals(s.state()));
            return session.isEmpty() ? Outcome.<SessionView>refused(Refusal.of("SESSION", "session.notFound"))
                    : Outcome.done(uncheckedView(tx, session.get()));
        });
    }

    private Outcome<SessionEvent> authorised(Transaction tx, StoredSession s, Settings settings, Instant now, Actor actor, BigDecimal doseMg,
                                             Route route, int infusionMinutes, String warningAcknowledgement) {
        Optional<Refusal> suspended = Suspensions.refusal(ctx, tx, s.patientId()); // PAT-1 re-checked before every dose
        if (suspended.isPresent()) {
            return Outcome.refused(suspended.get());
        }
        PatientView patient = ctx.view(tx, s.patientId()).orElseThrow();
        Optional<Regimen> regimen = courses.stored(tx, s.courseId()).map(x -> x.course().regimen());
        if (regimen.isPresent() && regimen.get().route() != route) {
            // PRE-2: the authorisation is for the course the prescriber set up, not another route.
            return Outcome.refused(Refusal.of("PRE-2", "session.refused.routeNotCourse", route.name(), regimen.get().route().name()));
        }
        Prescriber prescriber = new Prescriber(actor.userId(), actor.prescribingRight(), isThePatient(tx, actor, patient));
        DoseRules rules = DoseRules.from(settings);
        List<Finding> findings;
        int devices = 0;
        Optional<IvBasis> basis = Optional.empty();
        if (route == Route.NASAL) {
            if (doseMg.stripTrailingZeros().scale() > 0) {
                return Outcome.refused(Refusal.of("ADM-4", "dose.nasal.notWholeDevices", doseMg.toPlainString(), rules.mgPerDevice()));
            }
            boolean firstTrd = regimen.map(r -> r == Regimen.TRD_NASAL).orElse(false) && sessions.dosesGiven(tx, s.courseId()).isEmpty();
            // PAT-3: the clinic configures the older-adult age and its lower first dose in settings.
            DoseCheck.NasalDose dose = DoseCheck.nasal(doseMg.intValueExact(), firstTrd, patient.age(), true, prescriber, rules);
            findings = dose.findings();
            devices = dose.devices();
        } else {
            DoseCheck.IvDose dose = DoseCheck.iv(doseMg, patient.weights().stream().findFirst(), ctx.today(), prescriber, rules);
            findings = dose.findings();
            basis = dose.mgPerKg().map(perKg -> new IvBasis(perKg, dose.weight().orElseThrow().kg(), dose.weight().orElseThrow().measuredOn()));
        }
        Optional<Finding> stop = findings.stream().filter(Finding::blocks).findFirst();
        if (stop.isPresent()) {
            return Outcome.refused(stop.get().refusal());
        }
        List<Finding> warnings = findings.stream().filter(f -> f instanceof Finding.Warning).toList();
        String acknowledged = warningAcknowledgement == null ? "" : warningAcknowledgement.strip();
        if (!warnings.isEmpty() && acknowledged.isEmpty()) {
            // ADM-4: "warn" means a visible warning that needs acknowledging, never a silent signature.
            Refusal first = warnings.getFirst().refusal();
            return Outcome.refused(Refusal.of(first.ruleId(), "session.refused.warningNotAcknowledged", first));
        }
        String shown = warnings.stream().map(f -> f.refusal().ruleId() + " " + f.refusal().messageKey() + " " + f.refusal().args())
                .collect(Collectors.joining("; "));
        return Outcome.done(new DoseAuthorised(now, doseMg, route, devices, route == Route.IV ? infusionMinutes : 0, shown,
                warnings.isEmpty() ? "" : acknowledged, basis));
    }

    /** What an action carried, for binding its request id; nulls allowed, as a form may leave a field empty. */
    private static List<Object> inputs(Object... values) {
        return Arrays.asList(values);
    }

    /** SIG-2: the password typed at the moment of signing. */
    private record Signature(String password) {}

    /**
     * The one path every action takes, in one transaction: role, idempotency, signature, input,
     * transition, then event + summary state + audit together.
     *
     * @param signature null when the action is not a signature
     */
    private Outcome<SessionView> act(Actor actor, long sessionId, String requestId, Permission permission, String action,
                                     Signature signature, List<Object> inputs, Step step) {
        Objects.requireNonNull(requestId, "requestId");
        Instant now = ctx.clock.instant();
        RequestBinding binding = BoundRequest.of(action, sessionId, actor, inputs);
        return ctx.database.write(tx -> {
            Refusal refused = ctx.audit.refuseUnless(tx, actor, permission, action);
            if (refused != null) {
                return Outcome.<SessionView>refused(refused);
            }
            Optional<SessionEventStore.StoredEvent> already = events.byRequestId(tx, requestId);
            if (already.isPresent()) {
                Optional<Refusal> reused = BoundRequest.reused(requestId, already.get(), sessionId, binding);
                if (reused.isPresent()) {
                    // Answering "done" here would drop this action's data without a word.
                    return refuse(tx, actor, sessionId, action, reused.get());
                }
                // The same submission again, applied when first submitted: answer with the session as it is, write nothing.
                return Outcome.done(uncheckedView(tx, sessions.byId(tx, sessionId).orElseThrow()));
            }
            Optional<StoredSession> session = sessions.byId(tx, sessionId).filter(x -> !SessionStore.CANCELLED.equals(x.state()));
            if (session.isEmpty()) {
                return refuse(tx, actor, sessionId, action, Refusal.of("SESSION", "session.notFound"));
            }
            // SIG-2, PWD-5: the password now, and not one set from a one-time code that has not logged in yet.
            Optional<Refusal> unsigned = signature == null ? Optional.empty() : accounts.signatureRefusal(tx, actor, signature.password());
            if (unsigned.isPresent()) {
                ctx.audit.record(tx, actor, "SIGNATURE_REFUSED", "session", sessionId, null, action, Accounts.refusalReason(unsigned.get()));
                return Outcome.<SessionView>refused(unsigned.get());
            }
            List<SessionEvent> stored = events.events(tx, sessionId);
            SessionSnapshot before = SessionReplay.replay(stored);
            Settings settings = ctx.settings(tx);
            Outcome<SessionEvent> made = step.make(tx, session.get(), before, settings, now);
            if (!made.isDone()) {
                return refuse(tx, actor, sessionId, action, made.refusalOrNull());
            }
            SessionEvent event = made.value();
            // Issue 14: text longer than the record keeps is refused with its limit, not left to fail the write.
            Optional<Refusal> tooLong = SessionTextLimits.check(event)
                    .or(() -> SessionEventCodec.fits(event) ? Optional.empty()
                            : Optional.of(Refusal.of("SESSION", "session.refused.tooLong", SessionEventCodec.PAYLOAD_MAX_CHARACTERS)));
            if (tooLong.isPresent()) {
                return refuse(tx, actor, sessionId, action, tooLong.get());
            }
            Optional<Refusal> notNow = SessionTransitions.check(before, event, SessionProtocol.from(settings));
            if (notNow.isPresent()) {
                return refuse(tx, actor, sessionId, action, notNow.get());
            }
            // CD-3: what leaves the stock is written with the step that gives it, or neither is.
            Optional<Refusal> unregistered = registerEntry(tx, actor, session.get(), before, event);
            if (unregistered.isPresent()) {
                return refuse(tx, actor, sessionId, action, unregistered.get());
            }
            events.append(tx, sessionId, event, actor.userId(), now, requestId, binding);
            List<SessionEvent> after = new ArrayList<>(stored);
            after.add(event);
            List<String> resolved = resolveAlarms(tx, sessionId, before, after, settings, actor, now, requestId);
            SessionSnapshot snapshot = SessionReplay.replay(after);
            // The course's schedule counts a dose from the moment esketamine is in the patient.
            boolean doseGiven = session.get().doseGiven() || snapshot.doseStart().isPresent();
            sessions.setState(tx, sessionId, snapshot.state().name(), doseGiven);
            ctx.audit.record(tx, actor, SessionEventCodec.auditAction(event), "session", sessionId,
                    "state=" + before.state(), "state=" + snapshot.state() + "; at=" + event.at() + "; " + SessionEventCodec.payload(event)
                            + (resolved.isEmpty() ? "" : "; alarms resolved=" + resolved),
                    signature == null ? null : "SIG-2 signed");
            return Outcome.done(view(tx, session.get(), snapshot, settings));
        });
    }

    /** PRE-2: the prescriber's account is linked by ID-document number to this patient's record. */
    private boolean isThePatient(Transaction tx, Actor actor, PatientView patient) {
        String own = ctx.users.byId(tx, actor.userId()).map(UserAccount::idNumber).orElse("");
        return !own.isEmpty() && own.equals(IdNumberFormat.comparable(patient.patient().idNumber()));
    }

    /**
     * CD-3, ADM-3, CD-5: a device given takes one device of its lot from the register, an infusion
     * takes its vials, and its end wastes what was drawn and not given, each naming the patient, the
     * prescriber who authorised the dose and the session.
     */
    private Optional<Refusal> registerEntry(Transaction tx, Actor actor, StoredSession s, SessionSnapshot before, SessionEvent event) {
        if (!(event instanceof DeviceGiven) && !(event instanceof InfusionStarted) && !(event instanceof InfusionEnded)) {
            return Optional.empty();
        }
        PatientView patient = ctx.view(tx, s.patientId()).orElseThrow();
        EntryDraft.PatientLine line = new EntryDraft.PatientLine(patient.id(), patient.displayName(), patient.patient().idNumber());
        Signer prescriber = events.ofSession(tx, s.id()).stream().filter(e -> e.event() instanceof SessionEvent.DoseAuthorised)
                .reduce((first, second) -> second)
                .flatMap(e -> ctx.users.byId(tx, e.recordedBy()))
                .map(u -> new Signer(u.id(), u.fullName()))
                .orElseThrow(() -> new IllegalStateException("session " + s.id() + " gives a device without an authorisation"));
        BigDecimal doseMg = before.authorisation().map(SessionEvent.DoseAuthorised::doseMg).orElseThrow();
        return register.sessionStep(tx, DrugRegister.signer(actor), event, doseMg, line, prescriber, s.id());
    }

    /**
     * ALM-2: an alarm whose cause this action removed (the BP was taken, the device given) is
     * resolved by it, at the same moment and by the same user, and the resolution is stored so
     * the alarm's history outlives its cause. Appends to {@code after}.
     */
    private List<String> resolveAlarms(Transaction tx, long sessionId, SessionSnapshot before, List<SessionEvent> after, Settings settings,
                                       Actor actor, Instant now, String requestId) {
        SessionProtocol protocol = SessionProtocol.from(settings);
        AssessmentRules rules = AssessmentRules.from(settings);
        List<Alarm> still = SessionAlarms.active(SessionReplay.replay(after), protocol, rules, now);
        List<String> resolved = new ArrayList<>();
        int n = 0;
        for (Alarm alarm : SessionAlarms.active(before, protocol, rules, now)) {
            if (still.stream().noneMatch(a -> a.cause().equals(alarm.cause()))) {
                AlarmResolved event = new AlarmResolved(alarm.cause(), alarm.priority(), alarm.raisedAt(),
                        actor.userId(), now);
                events.append(tx, sessionId, event, actor.userId(), now, requestId + "/alarm-" + (++n), null);
                after.add(event);
                resolved.add(alarm.cause());
            }
        }
        return resolved;
    }

    /** ROLE-2: every refused action is audited, in the same transaction as nothing else. */
    private Outcome<SessionView> refuse(Transaction tx, Actor actor, long sessionId, String action, Refusal refusal) {
        ctx.audit.record(tx, actor, "SESSION_REFUSED", "session", sessionId, null, action, refusal.ruleId() + " " + refusal.messageKey()
                + " " + refusal.args());
        return Outcome.refused(refusal);
    }

    private SessionView uncheckedView(Transaction tx, StoredSession s) {
        return view(tx, s, events.events(tx, s.id()), ctx.settings(tx));
    }

    private SessionView view(Transaction tx, StoredSession s, List<SessionEvent> stored, Settings settings) {
        return view(tx, s, SessionReplay.replay(stored), settings);
    }

    private SessionView view(Transaction tx, StoredSession s, SessionSnapshot snapshot, Settings settings) {
        return view(s, ctx.views(tx, List.of(s.patientId()), settings).get(s.patientId()), snapshot, settings);
    }

    private SessionView view(StoredSession s, PatientView patient, SessionSnapshot snapshot, Settings settings) {
        SessionProtocol protocol = SessionProtocol.from(settings);
        Instant now = ctx.clock.instant();
        return new SessionView(s.id(), s.courseId(), s.chair(), patient, snapshot,
                DueItems.due(snapshot, protocol, now), DischargeGate.evaluate(snapshot, protocol, now),
                SessionAlarms.all(snapshot, protocol, AssessmentRules.from(settings), now), now, protocol, AlarmRules.from(settings),
                DoseRules.from(settings));
    }
}
