package org.vigil.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigil.domain.Actor;
import org.vigil.domain.Clinic;
import org.vigil.domain.Outcome;
import org.vigil.domain.PaperSize;
import org.vigil.domain.Permission;
import org.vigil.domain.Refusal;
import org.vigil.domain.SettingKeys;
import org.vigil.domain.Settings;
import org.vigil.domain.register.Discrepancy;
import org.vigil.domain.register.DiscrepancyOutcome;
import org.vigil.domain.report.HeldSession;
import org.vigil.domain.report.OutcomeRates;
import org.vigil.domain.report.PeriodReport;
import org.vigil.domain.report.SessionFigures;
import org.vigil.domain.scale.ScaleThresholds;
import org.vigil.domain.session.SessionProtocol;
import org.vigil.domain.session.SessionReplay;
import org.vigil.store.AuditTrail;
import org.vigil.store.ClinicStore;
import org.vigil.store.CountStore;
import org.vigil.store.FollowUpStore;
import org.vigil.store.PeriodReportRecords;
import org.vigil.store.Transaction;

/**
 * The manager's report on a period (issue 13, item 4): sessions, doses, observation, BP checks,
 * safety, adverse events, referrals, register discrepancies and outcomes, read in one read-only
 * transaction with a fixed number of statements. Reading it for the screen writes nothing;
 * printing it writes one audit event naming the period and the audit chain's head it was read
 * with (SIG-4), as the printed register does. The manager's (ROLE-2).
 */
public final class ClinicReports {

    private static final String AUDIT_ACTION = "PERIOD_REPORT_PRINTED";

    private final ClinicalContext ctx;
    private final PeriodReportRecords records;
    private final CountStore counts;
    private final FollowUpStore followUp;
    private final ClinicStore clinics;
    private final AuditTrail trail;
    private final MonitoringFormsOverdue monitoringForms;

    ClinicReports(ClinicalContext ctx, PeriodReportRecords records, CountStore counts, FollowUpStore followUp, ClinicStore clinics,
                  AuditTrail trail, MonitoringFormsOverdue monitoringForms) {
        this.ctx = ctx;
        this.records = records;
        this.counts = counts;
        this.followUp = followUp;
        this.clinics = clinics;
        this.trail = trail;
        this.monitoringForms = monitoringForms;
    }

    /** For the screen: the figures as they stand, nothing written (a refusal is audited, ROLE-2). */
    public Outcome<PeriodReport> figures(Actor actor, LocalDate from, LocalDate until) {
        Refusal refused = ctx.audit.refuseUnless(actor, Permission.READ_CLINIC_REPORTS, "report.period.view");
        if (refused != null) {
            return Outcome.refused(refused);
        }
        return read(actor.fullName(), from, until);
    }

    /** For paper or a PDF from the window: the same figures, and the print audited (SIG-4). */
    public Outcome<PeriodReport> printout(Actor actor, LocalDate from, LocalDate until) {
        Refusal refused = ctx.audit.refuseUnless(actor, Permission.READ_CLINIC_REPORTS, "report.period.print");
        if (refused != null) {
            return Outcome.refused(refused);
        }
        return ctx.printed(read(actor.fullName(), from, until), actor, null, AUDIT_ACTION, "report", r -> null,
                ClinicReports::describe, null);
    }

    /**
     * For `vigil report month`: as for `vigil register print`, whoever can read the data folder can
     * already read the database file, so the command needs no login; the operator is the machine's user.
     */
    public Outcome<PeriodReport> printout(String operator, LocalDate from, LocalDate until) {
        return ctx.printed(read(operator, from, until), null, operator, AUDIT_ACTION, "report", r -> null,
                ClinicReports::describe, null);
    }

    private Outcome<PeriodReport> read(String readBy, LocalDate from, LocalDate until) {
        if (from == null || until == null) {
            return Outcome.refused(Refusal.of("SIG-4", "report.period.missing"));
        }
        if (from.isAfter(until)) {
            return Outcome.refused(Refusal.of("SIG-4", "report.period.reversed", from, until));
        }
        return ctx.database.read(tx -> {
            Optional<Clinic> clinic = clinics.find(tx);
            if (clinic.isEmpty()) {
                return Outcome.refused(Refusal.of("SETUP-1", "print.register.notSetUp"));
            }
            Instant now = ctx.clock.instant();
            ZoneId zone = ctx.clock.getZone();
            Settings settings = ctx.settings(tx);
            SessionProtocol protocol = SessionProtocol.from(settings);
            ScaleThresholds thresholds = ScaleThresholds.from(settings);
            List<HeldSession> held = held(tx, from, until);
            return Outcome.done(new PeriodReport(clinic.get().name(), from, until, zone,
                    PaperSize.valueOf(settings.text(SettingKeys.PRINT_PAPER_SIZE)), readBy, now, trail.head(tx, now, "period report"),
                    SessionFigures.counts(held, from, until), doses(tx, from, until), SessionFigures.observation(held, protocol),
                    SessionFigures.bpChecks(held, protocol), SessionFigures.safety(held, protocol), SessionFigures.adverseEvents(held),
                    SessionFigures.referrals(held), discrepancies(tx, from, until, zone), monitoringForms.overdueAt(tx, until),
                    outcomes(tx, from, until, thresholds),
                    new PeriodReport.Definitions(Math.toIntExact(protocol.bpCheckAfter().toMinutes()),
                            Math.toIntExact(protocol.bpCheckWindow().toMinutes()), protocol.recheckSbpAbove(), protocol.recheckDbpAbove(),
                            thresholds.responseReductionPercent(), thresholds.phq9RemissionBelow(), thresholds.madrsRemissionAtOrBelow())));
        });
    }

    /** The period's sessions replayed, each named with the nurse who checked the patient in. */
    private List<HeldSession> held(Transaction tx, LocalDate from, LocalDate until) {
        Map<Long, String> names = records.staffNames(tx);
        List<HeldSession> held = new ArrayList<>();
        for (PeriodReportRecords.HeldSession s : records.held(tx, from, until)) {
            held.add(HeldSession.of(s.id(), s.day(), s.chair(), names.getOrDefault(s.checkedInBy(), ""), SessionReplay.replay(s.events()),
                    s.state(), s.doseGiven()));
        }
        return held;
    }

    private List<PeriodReport.ProductDoses> doses(Transaction tx, LocalDate from, LocalDate until) {
        return records.administered(tx, from, until).stream()
                .map(p -> new PeriodReport.ProductDoses(p.product(), p.unit(), p.sessions(), p.units(), p.mg())).toList();
    }

    /** CD-6: opened and resolved within the period (days in the clinic's zone), and still open at its end. */
    private PeriodReport.DiscrepancyCounts discrepancies(Transaction tx, LocalDate from, LocalDate until, ZoneId zone) {
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = until.plusDays(1).atStartOfDay(zone).toInstant();
        int opened = 0;
        int openAtEnd = 0;
        Map<DiscrepancyOutcome, Integer> resolved = new EnumMap<>(DiscrepancyOutcome.class);
        for (Discrepancy d : counts.discrepancies(tx)) {
            if (!d.openedAt().isBefore(end)) {
                continue;
            }
            opened += d.openedAt().isBefore(start) ? 0 : 1;
            Optional<Instant> resolvedAt = d.resolution().map(Discrepancy.Resolution::at);
            if (resolvedAt.isEmpty() || !resolvedAt.get().isBefore(end)) {
                openAtEnd++;
            } else if (!resolvedAt.get().isBefore(start)) {
                resolved.merge(d.resolution().get().outcome(), 1, Integer::sum);
            }
        }
        return new PeriodReport.DiscrepancyCounts(opened,
                resolved.entrySet().stream().map(e -> new PeriodReport.Resolved(e.getKey(), e.getValue())).toList(), openAtEnd);
    }

    private List<PeriodReport.OutcomeRate> outcomes(Transaction tx, LocalDate from, LocalDate until, ScaleThresholds thresholds) {
        List<PeriodReportRecords.TreatedCourse> treated = records.treated(tx, from, until);
        List<OutcomeRates.TreatedCourse> courses = treated.stream()
                .map(c -> new OutcomeRates.TreatedCourse(c.id(), c.regimen(), c.firstDose() != null ? c.firstDose() : c.plannedStart()))
                .toList();
        return OutcomeRates.of(courses, followUp.scales(tx, treated.stream().map(PeriodReportRecords.TreatedCourse::id).toList()), until,
                thresholds);
    }

    private static String describe(PeriodReport r) {
        return "period=" + r.from() + ".." + r.until() + "; sessions=" + r.sessions().held() + "; auditHead=" + r.chainHead().seq() + ":"
                + r.chainHead().hash();
    }
}
