package org.vigil.service;

import java.util.List;
import org.vigil.domain.session.DueItem;
import org.vigil.domain.alarm.Alarm;
import org.vigil.domain.alarm.AlarmRules;

/**
 * One chair's timers and alarms with nothing that identifies the patient: what the login and
 * lock screens may show to whoever stands at the workstation, so that after a restart or while
 * locked the floor is still watched (ALM-4).
 */
public record ChairWatch(long sessionId, int chair, List<DueItem> due, List<Alarm> activeAlarms, AlarmRules alarmRules) {

    public ChairWatch {
        due = List.copyOf(due);
        activeAlarms = List.copyOf(activeAlarms);
    }

    public static ChairWatch of(SessionView view) {
        return new ChairWatch(view.sessionId(), view.chair(), view.due(), view.activeAlarms(), view.alarmRules());
    }
}
