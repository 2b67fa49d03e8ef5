package org.vigil.domain.report;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.vigil.domain.report.PeriodReport.AdverseEventCount;
import org.vigil.domain.report.PeriodReport.DayCount;
import org.vigil.domain.report.PeriodReport.LateBpChecks;
import org.vigil.domain.report.PeriodReport.LateCheck;
import org.vigil.domain.report.PeriodReport.ObservationTimes;
import org.vigil.domain.report.PeriodReport.Referral;
import org.vigil.domain.report.PeriodReport.SafetyCounts;
import org.vigil.domain.report.PeriodReport.SessionCounts;
import org.vigil.domain.report.PeriodReport.Tally;
import org.vigil.domain.session.AdverseEventKind;
import org.vigil.domain.session.BpCheckTiming;
import org.vigil.domain.session.SessionEvent;
import org.vigil.domain.session.SessionEvent.AdverseEventOpened;
import org.vigil.domain.session.SessionEvent.AdverseEventOpened.Severity;
import org.vigil.domain.session.SessionEvent.VitalsRecorded;
import org.vigil.domain.session.SessionProtocol;
import org.vigil.domain.session.SessionSnapshot;
import org.vigil.domain.session.SessionState;

/**
 * The session figures of a period report, counted from the replayed sessions by the protocol the
 * clinic runs: pure, so the same sessions always give the same figures.
 */
public final class SessionFigures {

    private SessionFigures() {}

    /** Sessions held in the period, in all and by day (every day of the period), chair and nurse. */
    public static SessionCounts counts(List<HeldSession> sessions, LocalDate from, LocalDate until) {
        Map<LocalDate, int[]> days = new TreeMap<>();
        for (LocalDate d = from; !d.isAfter(until); d = d.plusDays(1)) {
            days.put(d, new int[2]);
        }
        Map<Integer, Integer> chairs = new TreeMap<>();
        Map<String, Integer> nurses = new TreeMap<>();
        int dosed = 0;
        int abandoned = 0;
        int referred = 0;
        int enteredAfterwards = 0;
        for (HeldSession s : sessions) {
            boolean given = s.doseGiven();
            enteredAfterwards += s.chairSide() ? 0 : 1;
            int[] day = days.computeIfAbsent(s.day(), d -> new int[2]);
            day[0]++;
            day[1] += given ? 1 : 0;
            dosed += given ? 1 : 0;
            abandoned += s.state() == SessionState.ABANDONED ? 1 : 0;
            referred += s.state() == SessionState.REFERRED ? 1 : 0;
            chairs.merge(s.chair(), 1, Integer::sum);
            nurses.merge(s.nurse(), 1, Integer::sum);
        }
        List<DayCount> perDay = days.entrySet().stream().map(e -> new DayCount(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
        List<Tally> perChair = chairs.entrySet().stream().map(e -> new Tally(String.valueOf(e.getKey()), e.getValue())).toList();
        List<Tally> perNurse = nurses.entrySet().stream().map(e -> new Tally(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt(Tally::sessions).reversed().thenComparing(Tally::label)).toList();
        return new SessionCounts(sessions.size(), dosed, abandoned, referred, enteredAfterwards, perDay, perChair, perNurse);
    }

    /** OBS-1: from the dose start to discharge, as stored at discharge (DIS-2), for every session discharged after a dose. */
    public static ObservationTimes observation(List<HeldSession> sessions, SessionProtocol protocol) {
        List<Long> minutes = new ArrayList<>();
        for (HeldSession s : sessions) {
            SessionSnapshot snap = s.snapshot();
            if (snap.state() != SessionState.DISCHARGED || snap.doseStart().isEmpty() || snap.dischargedAt().isEmpty()) {
                continue;
            }
            long stored = snap.events().stream().filter(e -> e instanceof SessionEvent.Discharged)
                    .mapToLong(e -> ((SessionEvent.Discharged) e).monitoredMinutes()).findFirst().orElse(0);
            minutes.add(stored > 0 ? stored : Duration.between(snap.doseStart().get(), snap.dischargedAt().get()).toMinutes());
        }
        minutes.sort(Comparator.naturalOrder());
        return new ObservationTimes(minutes, median(minutes),
                minutes.isEmpty() ? OptionalInt.empty() : OptionalInt.of(Math.toIntExact(minutes.getLast())),
                protocol.observation().toMinutes());
    }

    /** BP-3: each dosed session's check, on time, late (with how late against its target) or missed. */
    public static LateBpChecks bpChecks(List<HeldSession> sessions, SessionProtocol protocol) {
        int due = 0;
        int onTime = 0;
        int missed = 0;
        List<LateCheck> late = new ArrayList<>();
        for (HeldSession s : sessions) {
            Optional<BpCheckTiming> timing = BpCheckTiming.of(s.snapshot(), protocol);
            if (timing.isEmpty()) {
                continue;
            }
            BpCheckTiming t = timing.get();
            if (t.checkedAt().isPresent()) {
                due++;
                if (t.late()) {
                    late.add(new LateCheck(s.day(), s.chair(), s.nurse(), t.lateness().toMinutes()));
                } else {
                    onTime++;
                }
            } else if (ended(s.snapshot()).filter(t::missed).isPresent()) {
                due++;
                missed++;
            }
        }
        late.sort(Comparator.comparing(LateCheck::day).thenComparingInt(LateCheck::chair));
        List<Long> minutes = late.stream().map(LateCheck::minutesLate).sorted().toList();
        return new LateBpChecks(due, onTime, late, missed, median(minutes),
                minutes.isEmpty() ? OptionalInt.empty() : OptionalInt.of(Math.toIntExact(minutes.getLast())));
    }

    /** When a finished session ended: discharge or referral; empty while it runs. */
    private static Optional<Instant> ended(SessionSnapshot s) {
        if (s.dischargedAt().isPresent()) {
            return s.dischargedAt();
        }
        return s.events().stream().filter(e -> e instanceof SessionEvent.ReferredToEmergency).map(SessionEvent::at).findFirst();
    }

    /** BP-4 episodes, the overrides with a reason, ADM-4 warnings acknowledged and ALM-2 alarm acknowledgements. */
    public static SafetyCounts safety(List<HeldSession> sessions, SessionProtocol protocol) {
        int episodes = 0;
        int sessionsElevated = 0;
        int baseline = 0;
        int checklist = 0;
        int device = 0;
        int dischargeBp = 0;
        int warnings = 0;
        int alarms = 0;
        for (HeldSession s : sessions) {
            int here = 0;
            boolean previous = false;
            for (VitalsRecorded r : s.snapshot().postDoseReadings()) {
                boolean elevated = protocol.isElevated(r.sbp(), r.dbp()); // BP-4
                if (elevated && !previous) {
                    here++;
                }
                previous = elevated;
            }
            episodes += here;
            sessionsElevated += here > 0 ? 1 : 0;
            for (SessionEvent e : s.snapshot().events()) {
                switch (e) {
                    case SessionEvent.BaselineOverridden o -> baseline++;
                    case SessionEvent.ChecklistOverridden o -> checklist++;
                    case SessionEvent.DeviceGiven d when !d.restOverrideReason().isEmpty() -> device++;
                    case SessionEvent.DischargeBpOverridden o -> dischargeBp++;
                    case SessionEvent.DoseAuthorised a when !a.warningAcknowledgement().isEmpty() -> warnings++;
                    case SessionEvent.AlarmAcknowledged a -> alarms++;
                    default -> { }
                }
            }
        }
        return new SafetyCounts(episodes, sessionsElevated, baseline, checklist, device, dischargeBp, warnings, alarms);
    }

    /** OBS-4: every adverse event opened, counted by kind and severity, in the order of the kinds and severities. */
    public static List<AdverseEventCount> adverseEvents(List<HeldSession> sessions) {
        Map<AdverseEventKind, Map<Severity, Integer>> counts = new EnumMap<>(AdverseEventKind.class);
        for (HeldSession s : sessions) {
            for (AdverseEventOpened e : s.snapshot().adverseEvents()) {
                counts.computeIfAbsent(e.kind(), k -> new EnumMap<>(Severity.class)).merge(e.severity(), 1, Integer::sum);
            }
        }
        List<AdverseEventCount> list = new ArrayList<>();
        counts.forEach((kind, bySeverity) -> bySeverity.forEach((severity, n) -> list.add(new AdverseEventCount(kind, severity, n))));
        return list;
    }

    /** OBS-4: the sessions that ended with the patient handed to emergency care. */
    public static List<Referral> referrals(List<HeldSession> sessions) {
        List<Referral> referrals = new ArrayList<>();
        for (HeldSession s : sessions) {
            s.snapshot().events().stream().filter(e -> e instanceof SessionEvent.ReferredToEmergency)
                    .map(e -> (SessionEvent.ReferredToEmergency) e).findFirst()
                    .ifPresent(r -> referrals.add(new Referral(s.day(), s.chair(), r.reason())));
        }
        referrals.sort(Comparator.comparing(Referral::day).thenComparingInt(Referral::chair));
        return referrals;
    }

    /** The middle value, or the mean of the two middle values rounded half up; empty for none. */
    static OptionalInt median(List<Long> sorted) {
        if (sorted.isEmpty()) {
            return OptionalInt.empty();
        }
        int n = sorted.size();
        long twice = n % 2 == 1 ? 2 * sorted.get(n / 2) : sorted.get(n / 2 - 1) + sorted.get(n / 2);
        return OptionalInt.of(Math.toIntExact((twice + 1) / 2));
    }
}
