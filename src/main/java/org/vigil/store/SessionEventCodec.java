package org.vigil.store;

import org.vigil.domain.session.AlarmPriority;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.vigil.domain.session.AdverseEventKind;
import org.vigil.domain.session.ChecklistAnswer;
import org.vigil.domain.session.ChecklistItem;
import org.vigil.domain.session.DueItem;
import org.vigil.domain.Route;
import org.vigil.domain.session.SessionEvent;
import org.vigil.domain.session.SessionEvent.AdministrationProblem;
import org.vigil.domain.session.SessionEvent.AdverseEventOpened;
import org.vigil.domain.session.SessionEvent.AlarmAcknowledged;
import org.vigil.domain.session.SessionEvent.AlarmResolved;
import org.vigil.domain.session.SessionEvent.BaselineOverridden;
import org.vigil.domain.session.SessionEvent.ChecklistAnswered;
import org.vigil.domain.session.SessionEvent.AdverseEventResolved;
import org.vigil.domain.session.SessionEvent.Abandoned;
import org.vigil.domain.session.SessionEvent.BaselineRecorded;
import org.vigil.domain.session.SessionEvent.CheckedIn;
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
import org.vigil.domain.session.SessionEvent.SedationScored;
import org.vigil.domain.session.SessionEvent.TransportArrived;
import org.vigil.domain.session.SessionEvent.VitalsRecorded;

/**
 * Session events to and from a kind and a "key=value;key=value" payload. The clinical moment is
 * kept in its own column, so only the other fields are here. Backslash escapes ';', '=' and
 * itself, so free-text reasons survive any characters the nurse types.
 */
public final class SessionEventCodec {

    /** The session_event.payload column's size. */
    public static final int PAYLOAD_MAX_CHARACTERS = 4000;

    private SessionEventCodec() {}

    /**
     * Whether the event's payload fits its column. The last line of defence behind the field
     * limits (domain SessionTextLimits): a write that would fail is refused with a message first.
     */
    public static boolean fits(SessionEvent event) {
        return payload(event).length() <= PAYLOAD_MAX_CHARACTERS;
    }

    /**
     * The kind this event is stored under. Written out rather than taken from the class name: a
     * stored session must replay after a record is renamed, and a new kind does not compile
     * until it is given its name here and in {@link #event}. Never change a name once released.
     */
    public static String kind(SessionEvent e) {
        return names(e).kind();
    }

    /**
     * The audit chain's action for this event, fixed for the same reason as {@link #kind}: reports
     * and exports select on it, and the chain's hashes cover it.
     */
    public static String auditAction(SessionEvent e) {
        return names(e).auditAction();
    }

    private record Names(String kind, String auditAction) {}

    private static Names names(SessionEvent event) {
        return switch (event) {
            case CheckedIn _ -> new Names("CheckedIn", "SESSION_CHECKED_IN");
            case ChecklistAnswered _ -> new Names("ChecklistAnswered", "SESSION_CHECKLIST_ANSWERED");
            case SessionEvent.ChecklistOverridden _ -> new Names("ChecklistOverridden", "SESSION_CHECKLIST_OVERRIDDEN");
            case ChecklistCompleted _ -> new Names("ChecklistCompleted", "SESSION_CHECKLIST_COMPLETED");
            case BaselineRecorded _ -> new Names("BaselineRecorded", "SESSION_BASELINE_RECORDED");
            case BaselineOverridden _ -> new Names("BaselineOverridden", "SESSION_BASELINE_OVERRIDDEN");
            case DoseAuthorised _ -> new Names("DoseAuthorised", "SESSION_DOSE_AUTHORISED");
            case DeviceGiven _ -> new Names("DeviceGiven", "SESSION_DEVICE_GIVEN");
            case InfusionStarted _ -> new Names("InfusionStarted", "SESSION_INFUSION_STARTED");
            case InfusionEnded _ -> new Names("InfusionEnded", "SESSION_INFUSION_ENDED");
            case AdministrationProblem _ -> new Names("AdministrationProblem", "SESSION_ADMINISTRATION_PROBLEM");
            case VitalsRecorded _ -> new Names("VitalsRecorded", "SESSION_VITALS_RECORDED");
            case SedationScored _ -> new Names("SedationScored", "SESSION_SEDATION_SCORED");
            case DissociationNoted _ -> new Names("DissociationNoted", "SESSION_DISSOCIATION_NOTED");
            case AdverseEventOpened _ -> new Names("AdverseEventOpened", "SESSION_ADVERSE_EVENT_OPENED");
            case AdverseEventResolved _ -> new Names("AdverseEventResolved", "SESSION_ADVERSE_EVENT_RESOLVED");
            case AlarmAcknowledged _ -> new Names("AlarmAcknowledged", "SESSION_ALARM_ACKNOWLEDGED");
            case AlarmResolved _ -> new Names("AlarmResolved", "SESSION_ALARM_RESOLVED");
            case TransportArrived _ -> new Names("TransportArrived", "SESSION_TRANSPORT_ARRIVED");
            case SessionEvent.DischargeBpOverridden _ -> new Names("DischargeBpOverridden", "SESSION_DISCHARGE_BP_OVERRIDDEN");
            case ReadyToLeaveSigned _ -> new Names("ReadyToLeaveSigned", "SESSION_READY_TO_LEAVE_SIGNED");
            case Discharged _ -> new Names("Discharged", "SESSION_DISCHARGED");
            case SessionEvent.DischargeAdviceGiven _ -> new Names("DischargeAdviceGiven", "SESSION_DISCHARGE_ADVICE_GIVEN");
            case Abandoned _ -> new Names("Abandoned", "SESSION_ABANDONED");
            case ReferredToEmergency _ -> new Names("ReferredToEmergency", "SESSION_REFERRED_TO_EMERGENCY");
        };
    }

    public static String payload(SessionEvent event) {
        Map<String, Object> f = new LinkedHashMap<>();
        switch (event) {
            case CheckedIn e -> {
                f.put("hepatic", e.hepaticMonitoring());
                f.put("postpartum", e.postpartum());
            }
            case BaselineRecorded e -> vitals(f, e.sbp(), e.dbp(), e.heartRate(), e.spo2());
            case ChecklistAnswered e -> {
                ChecklistAnswer a = e.answer();
                f.put("item", a.item().name());
                f.put("yes", a.yes());
                f.put("time", a.time().map(Instant::toString).orElse(""));
                f.put("detail", a.detail());
                f.put("reason", a.reason());
            }
            case SessionEvent.ChecklistOverridden e -> {
                f.put("item", e.item().name());
                f.put("reason", e.reason());
                f.put("prescriberId", e.prescriberId());
                f.put("prescriber", e.prescriberName());
            }
            case BaselineOverridden e -> f.put("reason", e.reason());
            case DoseAuthorised e -> {
                f.put("doseMg", plain(e.doseMg()));
                f.put("route", e.route().name());
                f.put("devices", e.devices());
                f.put("infusionMinutes", e.infusionMinutes());
                f.put("warnings", e.warnings());
                f.put("acknowledged", e.warningAcknowledgement());
                e.ivBasis().ifPresent(b -> {
                    f.put("mgPerKg", plain(b.mgPerKg()));
                    f.put("weightKg", plain(b.weightKg()));
                    f.put("weighedOn", b.weighedOn().toString());
                });
            }
            case InfusionStarted e -> {
                f.put("rate", plain(e.rateMlPerHour()));
                f.put("lot", e.lot());
            }
            case InfusionEnded e -> {
                f.put("volume", plain(e.volumeGivenMl()));
                f.put("residual", plain(e.residualMl()));
                f.put("wasteWitness", Long.toString(e.wasteWitnessId()));
                f.put("wasteMethod", e.wasteMethod());
            }
            case AdministrationProblem e -> {
                f.put("problem", e.problem().name());
                f.put("note", e.note());
            }
            case AlarmAcknowledged e -> {
                f.put("cause", e.cause());
                f.put("userId", e.userId());
            }
            case AlarmResolved e -> {
                f.put("cause", e.cause());
                f.put("priority", e.priority().name());
                f.put("raisedAt", e.raisedAt().toString());
                f.put("userId", e.userId());
            }
            case DeviceGiven e -> {
                f.put("number", e.number());
                f.put("override", e.restOverrideReason());
                f.put("lot", e.lot());
                f.put("dots", e.dotsChecked());
            }
            case SessionEvent.DischargeBpOverridden e -> f.put("reason", e.reason());
            case VitalsRecorded e -> vitals(f, e.sbp(), e.dbp(), e.heartRate(), e.spo2());
            case SedationScored e -> f.put("moaas", e.moaas());
            case DissociationNoted e -> f.put("present", e.present());
            case AdverseEventOpened e -> {
                f.put("eventId", e.eventId());
                f.put("kind", e.kind().name());
                f.put("severity", e.severity().name());
                f.put("description", e.description());
                f.put("action", e.action());
            }
            case AdverseEventResolved e -> {
                f.put("eventId", e.eventId());
                f.put("resolution", e.resolution());
            }
            case Abandoned e -> f.put("reason", e.reason());
            case ReferredToEmergency e -> f.put("reason", e.reason());
            case ChecklistCompleted e -> { }
            case TransportArrived e -> { }
            case ReadyToLeaveSigned e -> { }
            case SessionEvent.DischargeAdviceGiven e -> {
                f.put("userId", e.userId());
                f.put("user", e.userName());
                f.put("handover", e.handover().name());
                f.put("language", e.language().name());
            }
            case Discharged e -> {
                f.put("readyToLeaveAt", e.readyToLeaveAt() == null ? "" : e.readyToLeaveAt().toString());
                f.put("monitoredMinutes", e.monitoredMinutes());
            }
        }
        StringBuilder out = new StringBuilder();
        f.forEach((k, v) -> {
            if (!out.isEmpty()) {
                out.append(';');
            }
            out.append(k).append('=').append(escape(String.valueOf(v)));
        });
        return out.toString();
    }

    public static SessionEvent event(String kind, String payload, Instant at) {
        Map<String, String> f = parse(payload);
        return switch (kind) {
            // Check-ins stored before SCH-4's checklist carry no "postpartum": they read as false, as they were asked.
            case "CheckedIn" -> new CheckedIn(at, bool(f, "hepatic"), bool(f, "postpartum"));
            case "ChecklistAnswered" -> new ChecklistAnswered(new ChecklistAnswer(ChecklistItem.valueOf(text(f, "item")), bool(f, "yes"),
                    optionalInstant(f, "time"), text(f, "detail"), text(f, "reason")), at);
            case "ChecklistOverridden" -> new SessionEvent.ChecklistOverridden(ChecklistItem.valueOf(text(f, "item")), text(f, "reason"),
                    Long.parseLong(text(f, "prescriberId")), text(f, "prescriber"), at);
            case "ChecklistCompleted" -> new ChecklistCompleted(at);
            case "BaselineOverridden" -> new BaselineOverridden(text(f, "reason"), at);
            case "BaselineRecorded" -> new BaselineRecorded(at, num(f, "sbp"), num(f, "dbp"), num(f, "heartRate"), num(f, "spo2"));
            // Authorisations stored before issue 10 have whole mg and neither acknowledgement nor IV basis.
            case "DoseAuthorised" -> new DoseAuthorised(at, new BigDecimal(text(f, "doseMg")), Route.valueOf(text(f, "route")),
                    num(f, "devices"), num(f, "infusionMinutes"), text(f, "warnings"), f.getOrDefault("acknowledged", ""),
                    f.containsKey("mgPerKg") ? Optional.of(new IvBasis(new BigDecimal(text(f, "mgPerKg")), new BigDecimal(text(f, "weightKg")),
                            LocalDate.parse(text(f, "weighedOn")))) : Optional.empty());
            case "DeviceGiven" -> new DeviceGiven(num(f, "number"), at, text(f, "override"), text(f, "lot"), bool(f, "dots"));
            case "DischargeBpOverridden" -> new SessionEvent.DischargeBpOverridden(text(f, "reason"), at);
            // Events stored before the register (issue 12) have no lot and no witness.
            case "InfusionStarted" -> new InfusionStarted(at, new BigDecimal(text(f, "rate")), f.getOrDefault("lot", ""));
            case "InfusionEnded" -> new InfusionEnded(at, new BigDecimal(text(f, "volume")), new BigDecimal(text(f, "residual")),
                    Long.parseLong(f.getOrDefault("wasteWitness", "0")), f.getOrDefault("wasteMethod", ""));
            case "AdministrationProblem" -> new AdministrationProblem(AdministrationProblem.Problem.valueOf(text(f, "problem")),
                    text(f, "note"), at);
            case "AlarmAcknowledged" -> new AlarmAcknowledged(text(f, "cause"), Long.parseLong(text(f, "userId")), at);
            case "AlarmResolved" -> new AlarmResolved(text(f, "cause"), AlarmPriority.valueOf(text(f, "priority")),
                    Instant.parse(text(f, "raisedAt")), Long.parseLong(text(f, "userId")), at);
            case "VitalsRecorded" -> new VitalsRecorded(at, num(f, "sbp"), num(f, "dbp"), num(f, "heartRate"), num(f, "spo2"));
            case "SedationScored" -> new SedationScored(at, num(f, "moaas"));
            case "DissociationNoted" -> new DissociationNoted(bool(f, "present"), at);
            case "AdverseEventOpened" -> new AdverseEventOpened(text(f, "eventId"), AdverseEventKind.valueOf(text(f, "kind")),
                    AdverseEventOpened.Severity.valueOf(text(f, "severity")), text(f, "description"), text(f, "action"), at);
            case "AdverseEventResolved" -> new AdverseEventResolved(text(f, "eventId"), text(f, "resolution"), at);
            case "TransportArrived" -> new TransportArrived(at);
            case "ReadyToLeaveSigned" -> new ReadyToLeaveSigned(at);
            case "Discharged" -> new Discharged(at, optionalInstant(f, "readyToLeaveAt").orElse(null),
                    f.containsKey("monitoredMinutes") ? Long.parseLong(text(f, "monitoredMinutes")) : 0);
            case "DischargeAdviceGiven" -> new SessionEvent.DischargeAdviceGiven(at, Long.parseLong(text(f, "userId")), text(f, "user"),
                    SessionEvent.DischargeAdviceGiven.AdviceHandover.valueOf(text(f, "handover")),
                    org.vigil.domain.Language.of(text(f, "language")).orElse(org.vigil.domain.Language.EN));
            case "Abandoned" -> new Abandoned(text(f, "reason"), at);
            case "ReferredToEmergency" -> new ReferredToEmergency(text(f, "reason"), at);
            default -> throw new StoreException("Unknown session event kind " + kind);
        };
    }

    private static void vitals(Map<String, Object> f, int sbp, int dbp, int heartRate, int spo2) {
        f.put("sbp", sbp);
        f.put("dbp", dbp);
        f.put("heartRate", heartRate);
        f.put("spo2", spo2);
    }

    private static String text(Map<String, String> f, String key) {
        return f.get(key);
    }

    private static Optional<Instant> optionalInstant(Map<String, String> f, String key) {
        String value = text(f, key);
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(Instant.parse(value));
    }

    private static int num(Map<String, String> f, String key) {
        return Integer.parseInt(text(f, key));
    }

    private static boolean bool(Map<String, String> f, String key) {
        return Boolean.parseBoolean(text(f, key));
    }

    /**
     * A number as plain digits, or in scientific form when its plain digits would not fit the
     * payload: "1E+2147483648" written out is two billion digits (issue 14: it threw here).
     * Both forms read back with {@code new BigDecimal}.
     */
    private static String plain(BigDecimal n) {
        long digits = Math.max((long) n.precision() - n.scale(), (long) n.scale());
        return digits > PAYLOAD_MAX_CHARACTERS ? n.toString() : n.toPlainString();
    }

    static String escape(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace("=", "\\=");
    }

    static Map<String, String> parse(String payload) {
        Map<String, String> fields = new LinkedHashMap<>();
        StringBuilder key = new StringBuilder();
        StringBuilder value = new StringBuilder();
        StringBuilder current = key;
        for (int i = 0; i < payload.length(); i++) {
            char ch = payload.charAt(i);
            if (ch == '\\' && i + 1 < payload.length()) {
                current.append(payload.charAt(++i));
            } else if (ch == '=' && current == key) {
                current = value;
            } else if (ch == ';') {
                fields.put(key.toString(), value.toString());
                key.setLength(0);
                value.setLength(0);
                current = key;
            } else {
                current.append(ch);
            }
        }
        if (!key.isEmpty()) {
            fields.put(key.toString(), value.toString());
        }
        return fields;
    }
}
