package org.vigil.service;

import java.util.List;
import org.vigil.domain.session.DischargeGate;
import org.vigil.domain.session.DueItem;
import org.vigil.domain.session.SessionSnapshot;

/**
 * One session as the chair-side screen shows it, computed from the stored events at the moment
 * of asking: after a restart the same events give the same list, with lateness (ALM-4).
 *
 * @param due what the nurse must do and when (DueItems)
 * @param gate each DIS-1 criterion, met or why not, and the DIS-2 ready-to-leave time
 */
public record SessionView(long sessionId, long courseId, PatientView patient, SessionSnapshot snapshot, List<DueItem> due,
                          DischargeGate.Result gate) {

    public SessionView {
        due = List.copyOf(due);
    }
}
