package org.vigil.domain.session;

import java.util.Optional;
import org.vigil.domain.Refusal;
import org.vigil.domain.session.SessionEvent.AdverseEventOpened;

/**
 * The longest free text each session action keeps. A session event is stored as one payload of at
 * most 4 000 characters (session_event.payload), in which ';', '=' and '\' take two characters
 * each; these limits leave room for that with every field of one event at its longest. Issue 14:
 * a 3 942-character adverse event description ended in "Database write failed" instead of a
 * message saying how long it may be. Technical bounds of the record, not clinical numbers.
 */
public final class SessionTextLimits {

    /** What happened, in the nurse's words (OBS-4). */
    public static final int DESCRIPTION = 1500;
    /** What was done about an adverse event. */
    public static final int ACTION = 400;
    /** A checklist answer's detail: the driver and phone, the prescriber, the substance named. */
    public static final int DETAIL = 400;
    /** A reason, note, resolution or method: why, in a sentence or a paragraph. */
    public static final int REASON = 1000;

    private SessionTextLimits() {}

    /** The first text of the event that is longer than it may be, as a refusal naming the field and the limit. */
    public static Optional<Refusal> check(SessionEvent event) {
        return switch (event) {
            case AdverseEventOpened e -> first(
                    tooLong("OBS-4", e.description(), DESCRIPTION, "input.field.description"),
                    tooLong("OBS-4", e.action(), ACTION, "input.field.action"));
            case SessionEvent.AdverseEventResolved e -> tooLong("OBS-4", e.resolution(), REASON, "input.field.resolution");
            case SessionEvent.ChecklistAnswered e -> first(
                    tooLong(e.answer().item().ruleId(), e.answer().detail(), DETAIL, "input.field.detail"),
                    tooLong(e.answer().item().ruleId(), e.answer().reason(), REASON, "input.field.reason"));
            case SessionEvent.ChecklistOverridden e -> tooLong("SIG-4", e.reason(), REASON, "input.field.reason");
            case SessionEvent.BaselineOverridden e -> tooLong("BP-2", e.reason(), REASON, "input.field.reason");
            case SessionEvent.DoseAuthorised e -> tooLong("ADM-4", e.warningAcknowledgement(), REASON, "input.field.reason");
            case SessionEvent.DeviceGiven e -> tooLong("ADM-2", e.restOverrideReason(), REASON, "input.field.reason");
            case SessionEvent.InfusionEnded e -> tooLong("CD-5", e.wasteMethod(), REASON, "input.field.method");
            case SessionEvent.AdministrationProblem e -> tooLong("ADM-5", e.note(), REASON, "input.field.note");
            case SessionEvent.DischargeBpOverridden e -> tooLong("DIS-1", e.reason(), REASON, "input.field.reason");
            case SessionEvent.Abandoned e -> tooLong("SIG-4", e.reason(), REASON, "input.field.reason");
            case SessionEvent.ReferredToEmergency e -> tooLong("SIG-4", e.reason(), REASON, "input.field.reason");
            case SessionEvent.CheckedIn e -> Optional.empty();
            case SessionEvent.ChecklistCompleted e -> Optional.empty();
            case SessionEvent.BaselineRecorded e -> Optional.empty();
            case SessionEvent.InfusionStarted e -> Optional.empty();
            case SessionEvent.VitalsRecorded e -> Optional.empty();
            case SessionEvent.SedationScored e -> Optional.empty();
            case SessionEvent.DissociationNoted e -> Optional.empty();
            case SessionEvent.AlarmAcknowledged e -> Optional.empty();
            case SessionEvent.AlarmResolved e -> Optional.empty();
            case SessionEvent.TransportArrived e -> Optional.empty();
            case SessionEvent.ReadyToLeaveSigned e -> Optional.empty();
            case SessionEvent.Discharged e -> Optional.empty();
            case SessionEvent.DischargeAdviceGiven e -> Optional.empty();
        };
    }

    private static Optional<Refusal> tooLong(String ruleId, String text, int max, String field) {
        return text != null && text.length() > max
                ? Optional.of(Refusal.of(ruleId, "input.text.fieldTooLong", max, new Refusal.Phrase(field)))
                : Optional.empty();
    }

    @SafeVarargs
    private static Optional<Refusal> first(Optional<Refusal>... checks) {
        for (Optional<Refusal> check : checks) {
            if (check.isPresent()) {
                return check;
            }
        }
        return Optional.empty();
    }
}
