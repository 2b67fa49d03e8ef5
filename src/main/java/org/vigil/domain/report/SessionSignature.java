package org.vigil.domain.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vigil.domain.session.SessionEvent;

/**
 * SIG-1: one signature given in a session, as paper prints it: the signer's full name, the
 * moment and what it meant. Session signatures are the events a prescriber signs with their
 * password (SIG-2); the register's own signatures on the session's entries print with the lots.
 *
 * @param detail what was signed for where the meaning alone does not say (the checklist item, the reason)
 */
public record SessionSignature(Meaning meaning, String signer, Instant at, String detail) {

    /** Message key {@code report.session.signature.<NAME>}. */
    public enum Meaning {
        /** PRE-2 */
        DOSE_AUTHORISED,
        /** PAT-2/PAT-4 */
        CHECKLIST_OVERRIDDEN,
        /** BP-2 */
        BASELINE_ACCEPTED,
        /** DIS-1 */
        DISCHARGE_BP_ACCEPTED,
        /** DIS-1: "clinically stable and ready to leave" */
        READY_TO_LEAVE
    }

    /** The signed events among the session's, in the order they were recorded. */
    public static List<SessionSignature> of(List<SessionReport.Recorded> entries) {
        List<SessionSignature> signatures = new ArrayList<>();
        for (SessionReport.Recorded r : entries) {
            signed(r).ifPresent(signatures::add);
        }
        return signatures;
    }

    private static Optional<SessionSignature> signed(SessionReport.Recorded r) {
        return switch (r.event()) {
            case SessionEvent.DoseAuthorised e -> Optional.of(new SessionSignature(Meaning.DOSE_AUTHORISED, r.by(), e.at(), ""));
            // SIG-1: the override keeps the name as it was at signing.
            case SessionEvent.ChecklistOverridden e -> Optional.of(new SessionSignature(Meaning.CHECKLIST_OVERRIDDEN,
                    e.prescriberName().isEmpty() ? r.by() : e.prescriberName(), e.at(), e.item().name()));
            case SessionEvent.BaselineOverridden e -> Optional.of(new SessionSignature(Meaning.BASELINE_ACCEPTED, r.by(), e.at(), e.reason()));
            case SessionEvent.DischargeBpOverridden e -> Optional.of(new SessionSignature(Meaning.DISCHARGE_BP_ACCEPTED, r.by(), e.at(),
                    e.reason()));
            case SessionEvent.ReadyToLeaveSigned e -> Optional.of(new SessionSignature(Meaning.READY_TO_LEAVE, r.by(), e.at(), ""));
            default -> Optional.empty();
        };
    }
}
