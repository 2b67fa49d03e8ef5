package org.vigil.ui.session;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import org.vigil.domain.Actor;
import org.vigil.domain.Outcome;
import org.vigil.domain.Permission;
import org.vigil.domain.Refusal;
import org.vigil.domain.Route;
import org.vigil.domain.session.DischargeAdviceSheet;
import org.vigil.domain.session.SessionEvent.DischargeAdviceGiven.AdviceHandover;
import org.vigil.report.DischargeAdvicePdf;
import org.vigil.report.PrintedPdf;
import org.vigil.text.Messages;
import org.vigil.ui.register.RegisterPrintModel;
import org.vigil.domain.session.SessionEvent.Abandoned;
import org.vigil.domain.session.SessionState;
import org.vigil.domain.session.SessionEvent.ReferredToEmergency;
import org.vigil.domain.vitals.VitalLimits;
import org.vigil.service.CourseView;
import org.vigil.service.Services;
import org.vigil.service.SessionEngine;
import org.vigil.service.SessionView;
import org.vigil.ui.board.Floor;
import org.vigil.ui.board.FloorModel;
import org.vigil.ui.common.FormMessages;
import org.vigil.ui.common.SignatureDialog;
import org.vigil.ui.common.UiContext;
import org.vigil.ui.report.ReportOutput;
import org.vigil.ui.report.SessionReportDialog;

/**
 * The session screen without its controls: the session as this workstation's floor model holds
 * it, the {@link SessionMoment} the screen shows at the clinic clock, the line for a refusal or
 * fault, and whether abandoning or referring may be asked now. Every command runs on the
 * background executor with a request id (RequestIds) and hands the service's reply to the floor
 * model, which the board, the alarm bar and this screen all follow; nothing is polled here. The
 * course's route and the vital limits are read once, when the screen opens, with the session
 * itself when it is not on today's floor.
 */
final class SessionViewModel {

    /** One call of the session engine as the logged-in user. */
    @FunctionalInterface
    interface Action {
        Outcome<SessionView> call(SessionEngine engine, Actor actor, long sessionId, String requestId) throws Exception;
    }

    /** One signed call (SIG-2), as the signer authenticated in the dialog, with their password. */
    @FunctionalInterface
    interface SignedAction {
        Outcome<SessionView> call(SessionEngine engine, Actor signer, String password, long sessionId, String requestId) throws Exception;
    }

    private final Services services;
    private final UiContext ui;
    private final Supplier<Actor> actor;
    private final FloorModel floor;
    private final long sessionId;
    private final RequestIds ids = new RequestIds();
    private final ReadOnlyObjectWrapper<SessionView> view = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<SessionMoment> moment = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper mayAbandon = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper mayRefer = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper mayReport = new ReadOnlyBooleanWrapper();
    /** Held here, listened to weakly: the floor model outlives every session screen opened from it. */
    private final ChangeListener<Floor> followFloor;
    private final ChangeListener<String> floorProblem = (obs, old, problem) -> message.set(problem == null ? "" : problem);
    private Optional<Route> courseRoute = Optional.empty();
    private VitalLimits limits;
    private Optional<String> proposedLot = Optional.empty();

    SessionViewModel(Services services, UiContext ui, Supplier<Actor> actor, FloorModel floor, long sessionId) {
        this.services = services;
        this.ui = ui;
        this.actor = actor;
        this.floor = floor;
        this.sessionId = sessionId;
        this.followFloor = (obs, old, now) -> {
            if (now != null) {
                now.session(sessionId).ifPresent(this::take);
            }
        };
        view.addListener((obs, old, now) -> atClock());
        floor.floorProperty().addListener(new WeakChangeListener<>(followFloor));
        // The session shown may be out of date while the floor cannot be loaded: the screen says so until a load works.
        floor.problemProperty().addListener(new WeakChangeListener<>(floorProblem));
        open();
    }

    UiContext ui() {
        return ui;
    }

    /** The session as last answered or loaded; null until the screen has opened. */
    ReadOnlyObjectProperty<SessionView> viewProperty() {
        return view.getReadOnlyProperty();
    }

    /** What the screen shows: the session at the clinic clock; null until the screen has opened. */
    ReadOnlyObjectProperty<SessionMoment> momentProperty() {
        return moment.getReadOnlyProperty();
    }

    /** The screen's message line: why opening, abandoning or referring did not happen, or why the floor could not be loaded; else empty. */
    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty mayAbandonProperty() {
        return mayAbandon.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty mayReferProperty() {
        return mayRefer.getReadOnlyProperty();
    }

    /** A report can be printed once the session has begun, by whoever prints on the floor (the service checks again). */
    ReadOnlyBooleanProperty mayReportProperty() {
        return mayReport.getReadOnlyProperty();
    }

    /** Opens the session's report dialog: the service reads the session as stored, so what prints is what was recorded. */
    void report(javafx.stage.Window owner, ReportOutput output) {
        SessionView shown = view.get();
        if (shown == null) {
            return;
        }
        String about = ui.text("report.session.dialog.sessionAbout", shown.patient().displayName(), ui.text("sessionScreen.state."
                + shown.snapshot().state().name()), shown.chair());
        SessionReportDialog.show(services, ui, owner, actor.get(), sessionId, about, output);
    }

    /** Each second: due items, the gate and what may be done are worked out again at the clinic clock; nothing is decremented. */
    void tick() {
        atClock();
    }

    void abandon(String reason) {
        runWithMessage(List.of("abandon", reason), (engine, who, id, request) -> engine.abandon(who, id, reason, request));
    }

    void refer(String reason) {
        runWithMessage(List.of("refer", reason), (engine, who, id, request) -> engine.referToEmergency(who, id, reason, request));
    }

    /**
     * Runs one action in the background, as the logged-in user, with the request id of this
     * submission; the reply goes to the floor model and this screen.
     *
     * @param payload what the user submitted, for recognising a retry of the same submission
     * @param onDone after the reply is shown, e.g. clears the entry that was taken
     * @param onRefused gets the service's refusal, or each field problem's, to show next to the control
     * @param onFault gets the sentence for a fault (the stack trace is in the log)
     */
    void run(Object payload, Action action, Runnable onDone, Consumer<Refusal> onRefused, Consumer<String> onFault) {
        String requestId = ids.idFor(payload);
        Actor who = actor.get();
        SessionEngine engine = services.sessions();
        ui.background().run(() -> {
            Outcome<SessionView> outcome = action.call(engine, who, sessionId, requestId);
            ids.settled(requestId);
            return outcome;
        }, outcome -> {
            switch (outcome) {
                case Outcome.Done<SessionView> done -> {
                    answered(done.value());
                    onDone.run();
                }
                case Outcome.Refused<SessionView> refused -> onRefused.accept(refused.refusal());
                // A field problem is a refusal about one control: the step places each as it places a refusal.
                case Outcome.Invalid<SessionView> invalid -> invalid.problems().forEach(p -> onRefused.accept(p.refusal()));
            }
        }, onFault);
    }

    /**
     * DIS-3: the advice is printed in the patient's language, from the session as stored; once the
     * printer has taken it, that it was printed is recorded with the session. A print cancelled or
     * failed records nothing: the nurse can then explain it and record that instead.
     *
     * @param said the line under the buttons: what happened at the printer
     */
    void printDischargeAdvice(RegisterPrintModel.Printer printer, Consumer<String> said, Consumer<Refusal> onRefused,
                              Consumer<String> onFault) {
        Actor who = actor.get();
        ui.background().run(() -> {
            Outcome<DischargeAdviceSheet> sheet = services.dischargeAdvice().sheet(who, sessionId);
            if (!(sheet instanceof Outcome.Done<DischargeAdviceSheet> done)) {
                return sheet.<PrintedPdf>notDone();
            }
            return DischargeAdvicePdf.render(done.value(), Messages.of(done.value().language().locale())::get);
        }, outcome -> {
            switch (outcome) {
                case Outcome.Done<PrintedPdf> pdf -> printer.print(pdf.value(), ui.text("sessionScreen.advice.job"), result -> {
                    switch (result) {
                        case SENT -> run(List.of("dischargeAdvice", AdviceHandover.PRINTED), (engine, actor, id, request) ->
                                engine.recordDischargeAdvice(actor, id, AdviceHandover.PRINTED, request), () -> said.accept(""), onRefused, onFault);
                        case CANCELLED -> said.accept("");
                        case NO_PRINTER -> said.accept(ui.text("sessionScreen.advice.noPrinter"));
                        case FAILED -> said.accept(ui.text("sessionScreen.advice.printFailed"));
                    }
                });
                case Outcome.Refused<PrintedPdf> refused -> onRefused.accept(refused.refusal());
                case Outcome.Invalid<PrintedPdf> invalid -> invalid.problems().forEach(p -> onRefused.accept(p.refusal()));
            }
        }, onFault);
    }

    /** The signed action as the signature dialog runs it, with a request id for this submission by this signer. */
    SignatureDialog.Signing<SessionView> signing(Object payload, SignedAction action) {
        SessionEngine engine = services.sessions();
        return (signer, password) -> {
            String requestId = ids.idFor(List.of(payload, signer.username()));
            Outcome<SessionView> outcome = action.call(engine, signer, password, sessionId, requestId);
            ids.settled(requestId);
            return outcome;
        };
    }

    /** The service's reply to an action: every screen of this workstation shows it at once, this one even when the session is not on today's floor. */
    void answered(SessionView reply) {
        floor.update(reply);
        take(reply);
    }

    private void runWithMessage(Object payload, Action action) {
        FormMessages messages = new FormMessages(ui, message::set);
        messages.clear();
        run(payload, action, () -> { }, messages::refusal, messages::fault);
    }

    /** A reply or load older than the session shown (a load that began before an action) never takes it back. */
    private void take(SessionView candidate) {
        if (view.get() == null || Floor.mayReplace(candidate, view.get())) {
            view.set(candidate);
        }
    }

    private void atClock() {
        SessionView shown = view.get();
        if (shown == null || limits == null) {
            return;
        }
        SessionMoment m = SessionMoment.at(shown, ui.clock().instant(), actor.get(), courseRoute, limits, proposedLot);
        moment.set(m);
        mayAbandon.set(m.allows(new Abandoned("-", m.now())));
        mayRefer.set(m.allows(new ReferredToEmergency("-", m.now())));
        mayReport.set(m.snapshot().state() != SessionState.BOOKED && actor.get().may(Permission.PRINT_SESSION_REPORTS));
    }

    private record Opened(Outcome<SessionView> view, Optional<Route> route, VitalLimits limits, Optional<String> proposedLot) {}

    private void open() {
        Actor who = actor.get();
        Optional<SessionView> onFloor = Optional.ofNullable(floor.floor()).flatMap(f -> f.session(sessionId));
        onFloor.ifPresent(this::take);
        ui.background().run(() -> opened(who, onFloor), opened -> new FormMessages(ui, message::set).show(opened.view(), loaded -> {
            courseRoute = opened.route();
            limits = opened.limits();
            proposedLot = opened.proposedLot();
            message.set("");
            take(loaded);
            atClock();
        }), message::set);
    }

    private Opened opened(Actor who, Optional<SessionView> onFloor) {
        Outcome<SessionView> loaded = onFloor.map(Outcome::done).orElseGet(() -> services.sessions().view(who, sessionId));
        Optional<Route> route = Optional.empty();
        if (loaded.isDone()) {
            SessionView v = loaded.value();
            Outcome<List<CourseView>> courses = services.courses().ofPatient(who, v.patient().id());
            if (courses.isDone()) {
                route = courses.value().stream().filter(c -> c.id() == v.courseId()).findFirst().map(c -> c.course().regimen().route());
            }
        }
        // ADM-3: the device or infusion step starts from the earliest-expiring lot in stock; the nurse checks it against the pack.
        Optional<String> lot = route
                .flatMap(r -> Optional.of(services.register().proposedLot(who, r)).filter(Outcome::isDone).flatMap(Outcome::value))
                .map(l -> l.lot());
        return new Opened(loaded, route, VitalLimits.from(services.settings().current()), lot);
    }
}
