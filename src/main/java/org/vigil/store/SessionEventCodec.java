package org.vigil.store;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.vigil.domain.session.Route;
import org.vigil.domain.session.SessionEvent;
import org.vigil.domain.session.SessionEvent.AdverseEventOpened;
import org.vigil.domain.session.SessionEvent.AdverseEventResolved;
import org.vigil.domain.session.SessionEvent.Abandoned;
import org.vigil.domain.session.SessionEvent.BaselineRecorded;
import org.vigil.domain.session.SessionEvent.CheckedIn;
import org.vigil.domain.session.SessionEvent.ChecklistCompleted;
import org.vigil.domain.session.SessionEvent.DeviceGiven;
import org.vigil.domain.session.SessionEvent.Discharged;
import org.vigil.domain.session.SessionEvent.DissociationNoted;
import org.vigil.domain.session.SessionEvent.DoseAuthorised;
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

    private SessionEventCodec() {}

    public static String kind(SessionEvent e) {
        return e.getClass().getSimpleName();
    }

    public static String payload(SessionEvent event) {
        Map<String, Object> f = new LinkedHashMap<>();
        switch (event) {
            case CheckedIn e -> f.put("hepatic", e.hepaticMonitoring());
            case BaselineRecorded e -> vitals(f, e.sbp(), e.dbp(), e.heartRate(), e.spo2());
            case DoseAuthorised e -> {
                f.put("doseMg", e.doseMg());
                f.put("route", e.route().name());
                f.put("devices", e.devices());
            }
            case DeviceGiven e -> {
                f.put("number", e.number());
                f.put("override", e.restOverrideReason());
            }
            case VitalsRecorded e -> vitals(f, e.sbp(), e.dbp(), e.heartRate(), e.spo2());
            case SedationScored e -> f.put("moaas", e.moaas());
            case DissociationNoted e -> f.put("present", e.present());
            case AdverseEventOpened e -> {
                f.put("eventId", e.eventId());
                f.put("kind", e.kind());
                f.put("serious", e.serious());
            }
            case AdverseEventResolved e -> f.put("eventId", e.eventId());
            case Abandoned e -> f.put("reason", e.reason());
            case ReferredToEmergency e -> f.put("reason", e.reason());
            case ChecklistCompleted e -> { }
            case InfusionStarted e -> { }
            case InfusionEnded e -> { }
            case TransportArrived e -> { }
            case ReadyToLeaveSigned e -> { }
            case Discharged e -> { }
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
            case "CheckedIn" -> new CheckedIn(at, bool(f, "hepatic"));
            case "ChecklistCompleted" -> new ChecklistCompleted(at);
            case "BaselineRecorded" -> new BaselineRecorded(at, num(f, "sbp"), num(f, "dbp"), num(f, "heartRate"), num(f, "spo2"));
            case "DoseAuthorised" -> new DoseAuthorised(at, num(f, "doseMg"), Route.valueOf(text(f, "route")), num(f, "devices"));
            case "DeviceGiven" -> new DeviceGiven(num(f, "number"), at, text(f, "override"));
            case "InfusionStarted" -> new InfusionStarted(at);
            case "InfusionEnded" -> new InfusionEnded(at);
            case "VitalsRecorded" -> new VitalsRecorded(at, num(f, "sbp"), num(f, "dbp"), num(f, "heartRate"), num(f, "spo2"));
            case "SedationScored" -> new SedationScored(at, num(f, "moaas"));
            case "DissociationNoted" -> new DissociationNoted(bool(f, "present"), at);
            case "AdverseEventOpened" -> new AdverseEventOpened(text(f, "eventId"), text(f, "kind"), bool(f, "serious"), at);
            case "AdverseEventResolved" -> new AdverseEventResolved(text(f, "eventId"), at);
            case "TransportArrived" -> new TransportArrived(at);
            case "ReadyToLeaveSigned" -> new ReadyToLeaveSigned(at);
            case "Discharged" -> new Discharged(at);
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

    private static int num(Map<String, String> f, String key) {
        return Integer.parseInt(text(f, key));
    }

    private static boolean bool(Map<String, String> f, String key) {
        return Boolean.parseBoolean(text(f, key));
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
