package org.vigil.service;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vigil.domain.Actor;
import org.vigil.domain.Role;
import org.vigil.domain.Route;
import org.vigil.domain.course.Indication;
import org.vigil.domain.patient.Screening;
import org.vigil.domain.register.CountKind;
import org.vigil.domain.register.DiscrepancyOutcome;
import org.vigil.domain.scale.ScaleKind;
import org.vigil.domain.session.AdverseEventKind;
import org.vigil.domain.session.SessionEvent;
import org.vigil.domain.session.SessionEvent.AdverseEventOpened.Severity;
import org.vigil.service.BackdatedEntries.Entry;
import org.vigil.testing.Stockroom;

/**
 * March 2025 at the test clinic, told as the nurses recorded it (BP-9), with every figure of the
 * manager's report known in advance:
 *
 * <ul>
 *   <li>Tue 4 Mar, chair 1, Grace, nurse Li: 2 devices at 09:12 and 09:17, BP check at 09:52 (on
 *       time), discharged 11:22 (130 min).
 *   <li>Tue 4 Mar, chair 2, David, nurse Wu: 2 devices at 09:42 and 09:47, BP check at 10:34 (target
 *       10:22: 12 min late) 170/102 then 165/96 (one raised episode, BP-4), nausea (mild),
 *       discharged 11:57 (135 min).
 *   <li>Wed 5 Mar, chair 1, Zhang Wei, nurse Li: IV 35 mg from 09:15, BP check at 10:20 (target 09:55:
 *       25 min late), chest pain (severe), referred to emergency care at 10:30.
 *   <li>Wed 5 Mar, chair 2, Grace, nurse Wu: baseline 182/112, stopped before the dose.
 *   <li>Thu 6 Mar, chair 3, David, nurse Li: high baseline accepted (BP-2), a dose warning
 *       acknowledged (ADM-4), 3 devices, the third before the rest ended (ADM-2), an alarm
 *       acknowledged, BP check on time, discharged after 125 min.
 * </ul>
 *
 * Doses: nasal 7 devices (196 mg) in 3 sessions, IV 1 vial (35 mg) in 1. Scales: Grace PHQ-9 20 → 8
 * (response), MADRS 30 → 10 (response and remission); David PHQ-9 18 → 4 (both); Zhang Wei PHQ-9
 * 22 → 15 (neither), and 3 on 1 April, after the period. Register counts: a discrepancy on 20 March
 * resolved as explained on 21 March, another on 25 March still open. The clock ends on 2 April.
 */
public final class PeriodClinic implements AutoCloseable {

    public static final LocalDate MARCH_1 = LocalDate.of(2025, 3, 1);
    public static final LocalDate MARCH_31 = LocalDate.of(2025, 3, 31);
    public static final String MANAGER_PASSWORD = "quarterly figures by the window";
    private static final String NURSE_PASSWORD = "the trolley squeaks on the left";
    private static final String PRESCRIBER_PASSWORD = "ginger tea before the first session";

    public final TestClinic clinic;
    public final Actor manager;
    public final Actor li;
    public final Actor wu;
    public final Actor prescriber;

    private PeriodClinic(TestClinic clinic) {
        this.clinic = clinic;
        this.manager = clinic.person("manager.shah", MANAGER_PASSWORD, Role.MANAGER);
        this.li = clinic.person("nurse.li", NURSE_PASSWORD, Role.NURSE);
        this.wu = clinic.person("nurse.wu", NURSE_PASSWORD, Role.NURSE);
        this.prescriber = clinic.person("drchen", PRESCRIBER_PASSWORD, Role.PRESCRIBER);
    }

    public static PeriodClinic open(Path dir) {
        PeriodClinic c = new PeriodClinic(TestClinic.setUp(dir));
        c.seed();
        return c;
    }

    public Services services() {
        return clinic.services();
    }

    private void seed() {
        Services s = services();
        LocalDate today = PatientForm.TODAY;
        Stockroom.nasal(s, li, prescriber, PRESCRIBER_PASSWORD, today);
        Stockroom.iv(s, li, prescriber, PRESCRIBER_PASSWORD, today);
        long[] grace = course(PatientForm.grace(), Route.NASAL);
        long[] david = course(PatientForm.david(), Route.NASAL);
        long[] zhang = course(PatientForm.zhangWei(), Route.IV);
        clinic.clock.set(at("2025-03-20T07:00"));
        s.backdated().write(batch -> {
            tell(batch, grace, "2025-03-04", 1, graceTuesday());
            tell(batch, david, "2025-03-04", 2, davidTuesday());
            tell(batch, zhang, "2025-03-05", 1, zhangWednesday());
            tell(batch, grace, "2025-03-05", 2, graceStopped());
            tell(batch, david, "2025-03-06", 3, davidThursday());
            batch.scale(grace[0], grace[1], ScaleKind.PHQ9, today, phq9(20), li, at("2025-03-03T09:00"));
            batch.scale(grace[0], grace[1], ScaleKind.PHQ9, LocalDate.of(2025, 3, 25), phq9(8), li, at("2025-03-25T09:00"));
            batch.scale(grace[0], grace[1], ScaleKind.MADRS, today, madrs(30), li, at("2025-03-03T09:00"));
            batch.scale(grace[0], grace[1], ScaleKind.MADRS, LocalDate.of(2025, 3, 25), madrs(10), li, at("2025-03-25T09:00"));
            batch.scale(david[0], david[1], ScaleKind.PHQ9, today, phq9(18), li, at("2025-03-03T09:00"));
            batch.scale(david[0], david[1], ScaleKind.PHQ9, LocalDate.of(2025, 3, 28), phq9(4), li, at("2025-03-28T09:00"));
            batch.scale(zhang[0], zhang[1], ScaleKind.PHQ9, today, phq9(22), li, at("2025-03-03T09:00"));
            batch.scale(zhang[0], zhang[1], ScaleKind.PHQ9, LocalDate.of(2025, 3, 20), phq9(15), li, at("2025-03-20T09:00"));
            batch.scale(zhang[0], zhang[1], ScaleKind.PHQ9, LocalDate.of(2025, 4, 1), phq9(3), li, at("2025-04-01T09:00"));
        });
        // CD-6: LOT-B7 counted two short on the 20th, explained on the 21st; LOT-P1 one short on the 25th, left open.
        s.counts().count(li, CountKind.HANDOVER, shelf("LOT-B7", 98), wu, NURSE_PASSWORD).value();
        clinic.clock.set(at("2025-03-21T10:00"));
        long first = s.counts().discrepancies(manager).value().getFirst().id();
        s.counts().resolve(manager, first, DiscrepancyOutcome.EXPLAINED, "Two devices were in the fridge door", MANAGER_PASSWORD).value();
        clinic.clock.set(at("2025-03-25T17:00"));
        s.counts().count(li, CountKind.DAY_CLOSE, shelf("LOT-P1", 99), wu, NURSE_PASSWORD).value();
        clinic.clock.set(at("2025-04-02T08:00"));
    }

    private long[] course(PatientForm form, Route route) {
        Services s = services();
        long id = ((Registration.Saved) s.patients().register(li, form.patient(), false).value()).patient().id();
        s.screenings().record(li, id, Screening.clear(PatientForm.TODAY)).value();
        long course = s.courses().start(prescriber, id, Indication.TRD, route, "", PatientForm.TODAY).value().course().id();
        return new long[] {id, course};
    }

    private void tell(BackdatedEntries.Batch batch, long[] course, String day, int chair, List<Entry> story) {
        long session = batch.bookedSession(course[0], course[1], LocalDate.parse(day), chair, li, at("2025-03-03T12:00"));
        batch.sessionUnderWay(session, story, "period report test");
    }

    /** The blind count's sheet, every lot at its balance after March's doses except the one miscounted. */
    private List<StockCounts.CountedLot> shelf(String lot, int counted) {
        List<StockCounts.CountedLot> lines = new ArrayList<>();
        for (StockCounts.SheetLot l : services().counts().sheet(li).value()) {
            int balance = switch (l.lot()) {
                case "LOT-A1" -> 93;
                case Stockroom.IV_LOT -> 19;
                default -> 100;
            };
            lines.add(new StockCounts.CountedLot(l.product().id(), l.lot(), l.lot().equals(lot) ? counted : balance));
        }
        return lines;
    }

    private List<Entry> graceTuesday() {
        Story t = new Story(li, "2025-03-04");
        t.add("09:00", new SessionEvent.CheckedIn(t.at("09:00"), false)).add("09:05", new SessionEvent.ChecklistCompleted(t.at("09:05")))
                .add("09:08", new SessionEvent.BaselineRecorded(t.at("09:08"), 130, 82, 74, 98));
        t.by(prescriber).add("09:10", new SessionEvent.DoseAuthorised(t.at("09:10"), 56, Route.NASAL, 2)).by(li)
                .add("09:12", new SessionEvent.DeviceGiven(1, t.at("09:12"), "", "LOT-A1", true))
                .add("09:17", new SessionEvent.DeviceGiven(2, t.at("09:17"), "", "LOT-A1", true))
                .add("09:52", new SessionEvent.VitalsRecorded(t.at("09:52"), 138, 86, 80, 97))
                .add("11:10", new SessionEvent.VitalsRecorded(t.at("11:10"), 128, 80, 74, 98));
        return t.discharged("11:20", "11:22", 130);
    }

    private List<Entry> davidTuesday() {
        Story t = new Story(wu, "2025-03-04");
        t.add("09:30", new SessionEvent.CheckedIn(t.at("09:30"), false)).add("09:35", new SessionEvent.ChecklistCompleted(t.at("09:35")))
                .add("09:38", new SessionEvent.BaselineRecorded(t.at("09:38"), 134, 84, 70, 98));
        t.by(prescriber).add("09:40", new SessionEvent.DoseAuthorised(t.at("09:40"), 56, Route.NASAL, 2)).by(wu)
                .add("09:42", new SessionEvent.DeviceGiven(1, t.at("09:42"), "", "LOT-A1", true))
                .add("09:47", new SessionEvent.DeviceGiven(2, t.at("09:47"), "", "LOT-A1", true))
                .add("10:34", new SessionEvent.VitalsRecorded(t.at("10:34"), 170, 102, 88, 97))
                .add("10:40", new SessionEvent.AdverseEventOpened("ae-1", AdverseEventKind.NAUSEA, Severity.MILD, "", "Sips of water",
                        t.at("10:40")))
                .add("10:49", new SessionEvent.VitalsRecorded(t.at("10:49"), 165, 96, 84, 97))
                .add("11:00", new SessionEvent.AdverseEventResolved("ae-1", "Settled", t.at("11:00")))
                .add("11:04", new SessionEvent.VitalsRecorded(t.at("11:04"), 150, 90, 80, 98))
                .add("11:45", new SessionEvent.VitalsRecorded(t.at("11:45"), 130, 84, 76, 98));
        return t.discharged("11:55", "11:57", 135);
    }

    private List<Entry> zhangWednesday() {
        Story t = new Story(li, "2025-03-05");
        t.add("09:00", new SessionEvent.CheckedIn(t.at("09:00"), false)).add("09:05", new SessionEvent.ChecklistCompleted(t.at("09:05")))
                .add("09:08", new SessionEvent.BaselineRecorded(t.at("09:08"), 126, 80, 72, 99));
        t.by(prescriber).add("09:10", new SessionEvent.DoseAuthorised(t.at("09:10"), new BigDecimal("35"), 40)).by(li)
                .add("09:15", new SessionEvent.InfusionStarted(t.at("09:15"), new BigDecimal("2.1"), Stockroom.IV_LOT))
                .add("09:55", new SessionEvent.InfusionEnded(t.at("09:55"), new BigDecimal("1.4"), new BigDecimal("0.6"),
                        prescriber.userId(), "Controlled-drug waste container"))
                .add("10:20", new SessionEvent.VitalsRecorded(t.at("10:20"), 142, 88, 96, 96))
                .add("10:25", new SessionEvent.AdverseEventOpened("ae-2", AdverseEventKind.CHEST_PAIN, Severity.SEVERE, "",
                        "Ambulance called", t.at("10:25")))
                .add("10:30", new SessionEvent.ReferredToEmergency("Chest pain, ambulance called", t.at("10:30")));
        return t.entries;
    }

    private List<Entry> graceStopped() {
        Story t = new Story(wu, "2025-03-05");
        t.add("13:00", new SessionEvent.CheckedIn(t.at("13:00"), false))
                .add("13:10", new SessionEvent.BaselineRecorded(t.at("13:10"), 182, 112, 90, 98))
                .add("13:20", new SessionEvent.Abandoned("Baseline BP too high", t.at("13:20")));
        return t.entries;
    }

    private List<Entry> davidThursday() {
        Story t = new Story(li, "2025-03-06");
        t.add("09:00", new SessionEvent.CheckedIn(t.at("09:00"), false)).add("09:05", new SessionEvent.ChecklistCompleted(t.at("09:05")))
                .add("09:08", new SessionEvent.BaselineRecorded(t.at("09:08"), 145, 92, 76, 98));
        t.by(prescriber).add("09:09", new SessionEvent.BaselineOverridden("Usual BP for him", t.at("09:09")))
                .add("09:10", new SessionEvent.DoseAuthorised(t.at("09:10"), new BigDecimal("84"), Route.NASAL, 3, 0,
                        "ADM-4 dose.warning.increase", "Discussed with the patient", Optional.empty()))
                .by(li)
                .add("09:12", new SessionEvent.DeviceGiven(1, t.at("09:12"), "", "LOT-A1", true))
                .add("09:17", new SessionEvent.DeviceGiven(2, t.at("09:17"), "", "LOT-A1", true))
                .add("09:20", new SessionEvent.DeviceGiven(3, t.at("09:20"), "Patient needs to leave on time", "LOT-A1", true))
                .add("09:50", new SessionEvent.AlarmAcknowledged("BP_CHECK", li.userId(), t.at("09:50")))
                .add("09:53", new SessionEvent.VitalsRecorded(t.at("09:53"), 140, 88, 78, 98))
                .add("11:05", new SessionEvent.VitalsRecorded(t.at("11:05"), 132, 84, 74, 98));
        return t.discharged("11:15", "11:17", 125);
    }

    private static Instant at(String localUtc) {
        return Instant.parse(localUtc + ":00Z");
    }

    private static List<Integer> phq9(int total) {
        return spread(total, 9, 3);
    }

    private static List<Integer> madrs(int total) {
        return spread(total, 10, 6);
    }

    private static List<Integer> spread(int total, int count, int max) {
        List<Integer> items = new ArrayList<>();
        int left = total;
        for (int i = 0; i < count; i++) {
            int item = Math.min(max, (left + count - i - 1) / (count - i));
            items.add(item);
            left -= item;
        }
        return items;
    }

    /** A session's events as recorded, each by the user named when it was added. */
    private final class Story {
        final List<Entry> entries = new ArrayList<>();
        private final String day;
        private Actor by;

        Story(Actor nurse, String day) {
            this.by = nurse;
            this.day = day;
        }

        Instant at(String time) {
            return PeriodClinic.at(day + "T" + time);
        }

        Story by(Actor who) {
            by = who;
            return this;
        }

        Story add(String time, SessionEvent event) {
            entries.add(new Entry(event, by.userId()));
            return this;
        }

        List<Entry> discharged(String ready, String left, long minutes) {
            entries.add(new Entry(new SessionEvent.TransportArrived(at(ready).minusSeconds(120)), by.userId()));
            entries.add(new Entry(new SessionEvent.ReadyToLeaveSigned(at(ready)), prescriber.userId()));
            entries.add(new Entry(new SessionEvent.Discharged(at(left), at(ready), minutes), by.userId()));
            return entries;
        }
    }

    @Override
    public void close() {
        clinic.close();
    }
}
