package org.vigil.ui.session;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.vigil.domain.Actor;
import org.vigil.domain.Permission;
import org.vigil.domain.Refusal;
import org.vigil.domain.session.DischargeGate;
import org.vigil.domain.session.DueItem;
import org.vigil.domain.session.DueItems;
import org.vigil.domain.Route;
import org.vigil.domain.session.SessionEvent;
import org.vigil.domain.session.SessionProtocol;
import org.vigil.domain.session.SessionSnapshot;
import org.vigil.domain.session.SessionTransitions;
import org.vigil.domain.vitals.ReadingWindow;
import org.vigil.domain.vitals.VitalLimits;
import org.vigil.service.SessionView;

/**
 * The session as the screen shows it at one instant of the clinic clock: the last loaded view,
 * with its due items and discharge gate worked out again for {@code now} ("time is data": the
 * one-second tick recomputes from stored instants, it never counts down).
 *
 * @param courseRoute the route of the session's course, so the dose form offers the right one
 * @param limits BP-8 input limits in force, for checking a typed reading next to its field
 * @param proposedLot ADM-3: the earliest-expiring nasal lot in the register's stock, for the device step to start from
 */
record SessionMoment(SessionView view, Instant now, Actor actor, Optional<Route> courseRoute, VitalLimits limits,
                     Optional<String> proposedLot, List<DueItem> due, DischargeGate.Result gate) {

    static SessionMoment at(SessionView view, Instant now, Actor actor, Optional<Route> courseRoute, VitalLimits limits,
                            Optional<String> proposedLot) {
        return new SessionMoment(view, now, actor, courseRoute, limits, proposedLot, DueItems.due(view.snapshot(), view.protocol(), now),
                DischargeGate.evaluate(view.snapshot(), view.protocol(), now));
    }

    /** When the patient was checked in; empty while booked. */
    Optional<Instant> checkedInAt() {
        return snapshot().events().stream().filter(e -> e instanceof SessionEvent.CheckedIn).map(SessionEvent::at).findFirst();
    }

    /** BP-8: the window a reading typed now must fall in, for the field's own check. */
    ReadingWindow readingWindow() {
        Instant started = checkedInAt().orElse(now);
        return snapshot().doseStart().map(d -> ReadingWindow.postDose(started, d)).orElse(ReadingWindow.baseline(started));
    }

    SessionSnapshot snapshot() {
        return view.snapshot();
    }

    SessionProtocol protocol() {
        return view.protocol();
    }

    /** ROLE-2 as the service checks it, plus the state machine: may this event follow now? */
    boolean allows(SessionEvent probe) {
        return actor.may(Permission.RECORD_CLINICAL) && view.allows(probe);
    }

    /** Why the event may not follow now, in the service's own words (shown as a hint by a disabled button). */
    Optional<Refusal> why(SessionEvent probe) {
        return SessionTransitions.check(view.snapshot(), probe, view.protocol());
    }

    boolean mayPrescribe() {
        return actor.may(Permission.PRESCRIBE);
    }

    /** The route the dose is or will be given by: authorised, else the course's. */
    Optional<Route> route() {
        return snapshot().route().or(() -> courseRoute);
    }
}
