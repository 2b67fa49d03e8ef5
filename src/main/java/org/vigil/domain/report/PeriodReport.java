package org.vigil.domain.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import org.vigil.domain.ChainCheckpoint;
import org.vigil.domain.PaperSize;
import org.vigil.domain.course.Regimen;
import org.vigil.domain.register.DiscrepancyOutcome;
import org.vigil.domain.scale.ScaleKind;
import org.vigil.domain.session.AdverseEventKind;
import org.vigil.domain.session.SessionEvent.AdverseEventOpened.Severity;

/**
 * The manager's report on a period (issue 13, item 4): what the clinic did and how safely, read
 * from the stored records and changed by nothing. The same figures are shown on the screen and
 * printed; a printed one names the audit chain's head it was read with (SIG-4).
 *
 * @param from first day of the period, in the clinic's time zone
 * @param until last day, inclusive
 * @param monitoringFormsOverdue PAT-6 forms past their deadline at the end of the period; empty
 *     where this version keeps no monitoring-form queue
 * @param definitions the protocol settings the figures were counted by, printed with them
 */
public record PeriodReport(
        String clinicName,
        LocalDate from,
        LocalDate until,
        ZoneId zone,
        PaperSize paper,
        String printedBy,
        Instant printedAt,
        ChainCheckpoint chainHead,
        SessionCounts sessions,
        List<ProductDoses> doses,
        ObservationTimes observation,
        LateBpChecks bpChecks,
        SafetyCounts safety,
        List<AdverseEventCount> adverseEvents,
        List<Referral> referrals,
        DiscrepancyCounts discrepancies,
        OptionalInt monitoringFormsOverdue,
        List<OutcomeRate> outcomes,
        Definitions definitions) {

    public PeriodReport {
        Objects.requireNonNull(chainHead);
        doses = List.copyOf(doses);
        adverseEvents = List.copyOf(adverseEvents);
        referrals = List.copyOf(referrals);
        outcomes = List.copyOf(outcomes);
    }

    /**
     * How many sessions were held (the patient checked in), in all and by day, chair and nurse;
     * {@code enteredAfterwards} of them were entered after the day without a chair-side record, so
     * they count as held, dosed or ended but give no times, readings or checks.
     */
    public record SessionCounts(int held, int dosed, int abandoned, int referred, int enteredAfterwards, List<DayCount> perDay, List<Tally> perChair,
                                List<Tally> perNurse) {
        public SessionCounts {
            perDay = List.copyOf(perDay);
            perChair = List.copyOf(perChair);
            perNurse = List.copyOf(perNurse);
        }
    }

    /** One day of the period, every day listed (a day without sessions counts 0, so the chart shows the gap). */
    public record DayCount(LocalDate day, int held, int dosed) {}

    /** A label (chair number, nurse's name) and how many sessions it had. */
    public record Tally(String label, int sessions) {}

    /**
     * CD-3: what the register says was given in the period's sessions, per product.
     *
     * @param units devices or vials taken from stock
     * @param mg esketamine given
     */
    public record ProductDoses(String product, String unit, int sessions, int units, BigDecimal mg) {}

    /**
     * OBS-1: minutes from the dose start to discharge, for the sessions discharged after a dose.
     *
     * @param minutes each session's minutes, shortest first (for the chart)
     */
    public record ObservationTimes(List<Long> minutes, OptionalInt median, OptionalInt longest, long minimumMinutes) {

        /** The width of a chart's bands: a reading aid for the spread, not a clinical threshold. */
        public static final int BAND_MINUTES = 10;

        public ObservationTimes {
            minutes = List.copyOf(minutes);
        }

        /** How many sessions took each band of minutes, from the shortest session's band to the longest's, empty bands included. */
        public List<Band> bands() {
            List<Band> bands = new java.util.ArrayList<>();
            if (minutes.isEmpty()) {
                return bands;
            }
            for (long from = minutes.getFirst() / BAND_MINUTES * BAND_MINUTES; from <= minutes.getLast(); from += BAND_MINUTES) {
                long start = from;
                bands.add(new Band(start, (int) minutes.stream().filter(m -> m >= start && m < start + BAND_MINUTES).count()));
            }
            return bands;
        }
    }

    /** Sessions whose observation took from {@code fromMinutes} to under the next band. */
    public record Band(long fromMinutes, int sessions) {}

    /**
     * BP-3: the post-dose checks of the dosed sessions; late ones are listed.
     *
     * @param due sessions that had a check to do and ended or took it
     * @param onTime taken inside the window
     * @param missed never taken although the patient was still there when the window closed
     */
    public record LateBpChecks(int due, int onTime, List<LateCheck> late, int missed, OptionalInt medianMinutesLate,
                               OptionalInt longestMinutesLate) {
        public LateBpChecks {
            late = List.copyOf(late);
        }
    }

    /** One late check: when, where, by whom, and how many minutes after the target it was taken. */
    public record LateCheck(LocalDate day, int chair, String nurse, long minutesLate) {}

    /**
     * BP-4, the overrides (BP-2, PAT-2/PAT-4, ADM-2/ADM-5, DIS-1), ADM-4 warnings and ALM-2 acknowledgements.
     *
     * @param elevatedEpisodes runs of consecutive post-dose readings above the BP-4 thresholds
     * @param sessionsElevated sessions with at least one such reading
     */
    public record SafetyCounts(int elevatedEpisodes, int sessionsElevated, int baselineOverrides, int checklistOverrides,
                               int deviceOverrides, int dischargeBpOverrides, int warningsAcknowledged, int alarmsAcknowledged) {

        public int overrides() {
            return baselineOverrides + checklistOverrides + deviceOverrides + dischargeBpOverrides;
        }
    }

    /** OBS-4: adverse events opened in the period, by kind and severity. */
    public record AdverseEventCount(AdverseEventKind kind, Severity severity, int count) {}

    /** OBS-4: a patient handed to emergency care, with the reason the clinician gave. */
    public record Referral(LocalDate day, int chair, String reason) {}

    /**
     * CD-6: count discrepancies opened in the period, resolved in it (by outcome), and open at its end.
     */
    public record DiscrepancyCounts(int opened, List<Resolved> resolved, int openAtEnd) {
        public DiscrepancyCounts {
            resolved = List.copyOf(resolved);
        }

        public int resolvedTotal() {
            return resolved.stream().mapToInt(Resolved::count).sum();
        }
    }

    public record Resolved(DiscrepancyOutcome outcome, int count) {}

    /**
     * SCALE: response and remission among the courses treated in the period that had a baseline and
     * a later assessment on this scale by the period's end.
     */
    public record OutcomeRate(Regimen regimen, ScaleKind scale, int assessed, int responders, int remitters) {

        /** Percent, rounded to a whole number; empty without assessed courses. */
        public OptionalInt responsePercent() {
            return percent(responders);
        }

        public OptionalInt remissionPercent() {
            return percent(remitters);
        }

        private OptionalInt percent(int part) {
            return assessed == 0 ? OptionalInt.empty() : OptionalInt.of(Math.round(part * 100f / assessed));
        }
    }

    /**
     * The settings the figures were counted by, printed beside them so the reader knows what "late"
     * and "response" meant in this clinic at the time.
     */
    public record Definitions(int bpCheckMinutes, int bpCheckWindowMinutes, int recheckSbpAbove, int recheckDbpAbove,
                              int responseReductionPercent, int phq9RemissionBelow, int madrsRemissionAtOrBelow) {}
}
