package org.vigil.service;

import java.time.Duration;
import java.time.Instant;
import org.vigil.domain.Actor;
import org.vigil.domain.session.ChecklistAnswer;
import org.vigil.domain.session.ChecklistItem;
import org.vigil.domain.session.PreDoseChecklist;

/** PRE-1/PRE-3 answered the safe way, item by item, as a nurse does at the chair. */
public final class Checklists {

    private Checklists() {}

    /** Every question this session asks (SCH-4: a PPD session asks its own). */
    public static void answerAllSafely(SessionEngine engine, Actor nurse, long session, Instant now, String requestPrefix) {
        for (ChecklistItem item : PreDoseChecklist.items(engine.view(nurse, session).value().snapshot())) {
            engine.answerChecklist(nurse, session, safe(item, now), requestPrefix + "-" + item).value();
        }
    }

    public static ChecklistAnswer safe(ChecklistItem item, Instant now) {
        return ChecklistAnswer.clear(item, now.minus(Duration.ofHours(5)), "Li Na, 138 0000 0000");
    }
}
