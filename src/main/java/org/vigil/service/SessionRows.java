package org.vigil.service;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.vigil.domain.export.ExportColumn;
import org.vigil.domain.export.ExportRow;
import org.vigil.domain.session.SessionEvent;
import org.vigil.domain.session.SessionReplay;
import org.vigil.domain.session.SessionSnapshot;
import org.vigil.store.PeriodRecords;
import org.vigil.store.SessionEventStore.StoredEvent;
import org.vigil.store.SessionStore;

/**
 * A session of the period as export rows: one summary row, or one row per reading. Everything
 * comes from replaying the session's own events, as every screen does, so the export says what
 * the session screen says.
 */
final class SessionRows {

    private final ExportSubjects subjects;

    SessionRows(ExportSubjects subjects) {
        this.subjects = subjects;
    }

    /** One row: the session's day, patient, dose, times (DIS-2), worst readings and who signed. */
    void summary(PeriodRecords.Slot slot, List<StoredEvent> stored, ExportRow row) {
        SessionSnapshot s = SessionReplay.replay(stored.stream().map(StoredEvent::event).toList());
        common(slot, row);
        row.put(ExportColumn.CHAIR, slot.chair()).put(ExportColumn.REGIMEN, slot.regimen())
                .put(ExportColumn.STATE, stored.isEmpty() || SessionStore.CANCELLED.equals(slot.state()) ? slot.state() : s.state());
        s.authorisation().ifPresent(a -> row.put(ExportColumn.ROUTE, a.route()).put(ExportColumn.DOSE_MG, a.doseMg().toPlainString())
                .put(ExportColumn.MG_PER_KG, a.ivBasis().map(b -> b.mgPerKg().toPlainString()).orElse("")));
        row.put(ExportColumn.DEVICES_GIVEN, s.route().isPresent() ? Integer.toString(s.devicesGiven()) : "");
        Set<String> lots = new LinkedHashSet<>();
        List<String> overrides = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Instant readyToLeave = null;
        long monitored = -1;
        for (StoredEvent e : stored) {
            switch (e.event()) {
                case SessionEvent.CheckedIn c -> row.put(ExportColumn.CHECKED_IN_AT, subjects.time(c.at()));
                case SessionEvent.DoseAuthorised a -> {
                    row.put(ExportColumn.AUTHORISED_BY, subjects.staff(e.recordedBy()));
                    if (!a.warningAcknowledgement().isEmpty()) {
                        overrides.add("DOSE_WARNING");
                        notes.add(a.warningAcknowledgement());
                    }
                }
                case SessionEvent.DeviceGiven d -> {
                    lots.add(d.lot());
                    if (!d.restOverrideReason().isEmpty()) {
                        overrides.add("DEVICE_" + d.number());
                        notes.add(d.restOverrideReason());
                    }
                }
                case SessionEvent.InfusionStarted i -> lots.add(i.lot());
                case SessionEvent.ChecklistOverridden o -> {
                    overrides.add(o.item().name());
                    notes.add(o.reason());
                }
                case SessionEvent.BaselineOverridden o -> {
                    overrides.add("BASELINE_BP");
                    notes.add(o.reason());
                }
                case SessionEvent.DischargeBpOverridden o -> {
                    overrides.add("DISCHARGE_BP");
                    notes.add(o.reason());
                }
                case SessionEvent.ReadyToLeaveSigned r -> row.put(ExportColumn.READY_SIGNED_BY, subjects.staff(e.recordedBy()));
                case SessionEvent.Discharged d -> {
                    readyToLeave = d.readyToLeaveAt();
                    monitored = d.monitoredMinutes();
                }
                case SessionEvent.AdverseEventOpened a -> notes.add(join(a.description(), a.action()));
                case SessionEvent.AdverseEventResolved r -> notes.add(r.resolution());
                case SessionEvent.AdministrationProblem p -> notes.add(p.note());
                case SessionEvent.Abandoned a -> notes.add(a.reason());
                case SessionEvent.ReferredToEmergency r -> notes.add(r.reason());
                default -> { }
            }
        }
        lots.remove("");
        Optional<Instant> start = s.doseStart();
        row.put(ExportColumn.LOTS, String.join("; ", lots)).put(ExportColumn.DOSE_START_AT, start.map(subjects::time).orElse(""))
                .put(ExportColumn.READY_TO_LEAVE_AT, subjects.time(readyToLeave))
                .put(ExportColumn.DISCHARGED_AT, s.dischargedAt().map(subjects::time).orElse(""))
                .put(ExportColumn.MONITORED_MINUTES, monitored < 0 ? "" : Long.toString(monitored));
        if (readyToLeave != null && start.isPresent()) {
            row.put(ExportColumn.READY_TO_LEAVE_MINUTES, Duration.between(start.get(), readyToLeave).toMinutes());
        }
        s.baseline().ifPresent(b -> row.put(ExportColumn.BASELINE_BP, b.sbp() + "/" + b.dbp()));
        s.postDoseReadings().stream().max((a, b) -> a.sbp() != b.sbp() ? Integer.compare(a.sbp(), b.sbp()) : Integer.compare(a.dbp(), b.dbp()))
                .ifPresent(r -> row.put(ExportColumn.HIGHEST_BP, r.sbp() + "/" + r.dbp()));
        s.scores().stream().mapToInt(SessionEvent.SedationScored::moaas).min().ifPresent(m -> row.put(ExportColumn.LOWEST_MOAAS, m));
        boolean dissociated = s.events().stream().anyMatch(e -> e instanceof SessionEvent.DissociationNoted d && d.present());
        row.put(ExportColumn.DISSOCIATION, s.route().isPresent() ? bool(dissociated) : "")
                .put(ExportColumn.ADVERSE_EVENTS, String.join("; ", s.adverseEvents().stream()
                        .map(a -> a.kind() + " " + a.severity()).toList()))
                .put(ExportColumn.OVERRIDES, String.join("; ", overrides))
                .put(ExportColumn.NOTES, String.join("; ", notes.stream().filter(n -> !n.isEmpty()).toList()));
    }

    /** A row per vital-sign set, MOAA/S score and dissociation note, with both its times (BP-9) and who recorded it. */
    void readings(PeriodRecords.Slot slot, List<StoredEvent> stored, ExportRow row, Consumer<ExportRow> out) {
        Optional<Instant> start = SessionReplay.replay(stored.stream().map(StoredEvent::event).toList()).doseStart();
        for (StoredEvent e : stored) {
            row.clear();
            switch (e.event()) {
                case SessionEvent.BaselineRecorded b -> vitals(row, "BASELINE", b.sbp(), b.dbp(), b.heartRate(), b.spo2());
                case SessionEvent.VitalsRecorded v -> vitals(row, "VITALS", v.sbp(), v.dbp(), v.heartRate(), v.spo2());
                case SessionEvent.SedationScored m -> row.put(ExportColumn.READING, "MOAAS").put(ExportColumn.MOAAS, m.moaas());
                case SessionEvent.DissociationNoted d -> row.put(ExportColumn.READING, "DISSOCIATION")
                        .put(ExportColumn.DISSOCIATION, bool(d.present()));
                default -> {
                    continue;
                }
            }
            common(slot, row);
            Instant observed = e.event().at();
            row.put(ExportColumn.OBSERVED_AT, subjects.time(observed)).put(ExportColumn.RECORDED_AT, subjects.time(e.recordedAt()))
                    .put(ExportColumn.MINUTES_AFTER_DOSE, start.map(t -> Long.toString(Duration.between(t, observed).toMinutes())).orElse(""))
                    .put(ExportColumn.RECORDED_BY, subjects.staff(e.recordedBy()));
            out.accept(row);
        }
    }

    private void common(PeriodRecords.Slot slot, ExportRow row) {
        row.put(ExportColumn.SESSION, subjects.session(slot.id())).put(ExportColumn.SESSION_DATE, slot.date());
        subjects.patient(row, slot.patientId(), slot.date());
    }

    private static void vitals(ExportRow row, String kind, int sbp, int dbp, int heartRate, int spo2) {
        row.put(ExportColumn.READING, kind).put(ExportColumn.SBP, sbp).put(ExportColumn.DBP, dbp).put(ExportColumn.HEART_RATE, heartRate)
                .put(ExportColumn.SPO2, spo2);
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + " — " + b;
    }

    /** TRUE and FALSE: what spreadsheets in either language read as yes and no. */
    private static String bool(boolean value) {
        return value ? "TRUE" : "FALSE";
    }
}
