package org.vigil.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.vigil.domain.course.Suspension;
import org.vigil.domain.session.DischargeGate;
import org.vigil.domain.session.DueItem;
import org.vigil.domain.session.SessionEvent;
import org.vigil.domain.session.SessionProtocol;
import org.vigil.domain.session.SessionSnapshot;
import org.vigil.domain.session.SessionTransitions;
import org.vigil.domain.alarm.AlarmRules;
import org.vigil.domain.dose.DoseRules;
import org.vigil.domain.alarm.Alarm;

/**
 * One session as the chair-side screen shows it, computed from the stored events at the moment
 * of asking: after a restart the same events give the same list, with lateness (ALM-4).
 *
 * @param due what the nurse must do and when (DueItems)
 * @param gate each DIS-1 criterion, met or why not, and the DIS-2 ready-to-leave time
 * @param alarms every alarm of the session, resolved ones included (SessionAlarms)
 * @param asOf the clinic clock's moment the view was computed at
 * @param protocol the protocol in force, so a screen can ask the domain which action is allowed now
 * @param alarmRules ALM-2/ALM-3 pause and escalation in force
 * @param doseRules ADM-4 dose numbers in force, so the authorisation screen can show the warnings before the signature
 */
public record SessionView(long sessionId, long courseId, int chair, PatientView patient, SessionSnapshot snapshot, List<DueItem> due,
                          DischargeGate.Result gate, List<Alarm> alarms, Instant asOf, SessionProtocol protocol, AlarmRules alarmRules,
                          DoseRules doseRules) {

    public SessionView {
        due = List.copyOf(due);
        alarms = List.copyOf(alarms);
    }

    /** May this event follow now? The same check the service makes, for enabling buttons. */
    public boolean allows(SessionEvent event) {
        return SessionTransitions.check(snapshot, event, protocol).isEmpty();
    }

    /** PAT-1: the same answer check-in and authorisation get, so the board shows why they would be refused. */
    public Optional<Suspension> suspension() {
        return Suspension.beforeDose(patient.latestScreening());
    }

    /** Alarms still shown: their cause has not been resolved. */
    public List<Alarm> activeAlarms() {
        return alarms.stream().filter(a -> a.resolution().isEmpty()).toList();
    }
}
