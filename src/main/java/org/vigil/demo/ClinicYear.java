package org.vigil.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.vigil.domain.Actor;
import org.vigil.domain.Route;
import org.vigil.domain.course.Indication;
import org.vigil.domain.patient.Allergies;
import org.vigil.domain.patient.Childbearing;
import org.vigil.domain.patient.ChildbearingPotential;
import org.vigil.domain.patient.Patient;
import org.vigil.domain.patient.PersonName;
import org.vigil.domain.patient.Screening;
import org.vigil.domain.patient.Sex;
import org.vigil.domain.patient.Weight;
import org.vigil.domain.register.Product;
import org.vigil.domain.scale.ScaleKind;
import org.vigil.domain.session.AdverseEventKind;
import org.vigil.domain.session.SessionEvent;
import org.vigil.domain.session.SessionEvent.AdverseEventOpened.Severity;
import org.vigil.service.BackdatedEntries;
import org.vigil.service.BackdatedEntries.Entry;
import org.vigil.service.DrugRegister;
import org.vigil.service.Registration;
import org.vigil.service.Services;

/**
 * A year of a busy clinic's sessions, ending yesterday: every day some fourteen patients over six
 * chairs, each session told from check-in to discharge (baseline, authorisation, the devices or
 * the infusion with its register entries, the BP check — now and then late —, sedation scores,
 * now and then a raised BP, nausea or a referral), and monthly PHQ-9 and MADRS scores. Written
 * through the door for back-dated records, a month per transaction. What
 * `vigil benchmark --month-report` reports over.
 */
public final class ClinicYear {

    /** The chair nurses, the prescriber who authorises, signs and witnesses. */
    public record Staff(List<Actor> nurses, Actor prescriber) {}

    /** What was written: the period covered and how much. */
    public record Written(LocalDate from, LocalDate until, int sessions, int events) {}

    private static final int DAYS = 365;
    private static final int CHAIRS = 6;
    private static final int PATIENTS = 60;
    private static final int NASAL_DELIVERY = 400;
    private static final int VIAL_DELIVERY = 120;
    private static final String[][] NAMES = {{"陈", "静"}, {"Walker", "Tom"}, {"黄", "磊"}, {"Nguyen", "Linh"}, {"赵", "敏"},
            {"Patel", "Ravi"}};
    private static final String SUPPLIER = "Pharma Supplies Ltd, 1 Dock Road";
    private static final String WASTE = "Discarded into the controlled-drug waste container";

    private final Services services;
    private final Staff staff;
    private final ZoneId zone;
    private final Random random = new Random(20260101L);
    private final List<long[]> courses = new ArrayList<>();
    private final Product nasal;
    private final Product iv;
    private String nasalLot;
    private String ivLot;
    private int sessions;
    private int events;

    private ClinicYear(Services services, Staff staff, ZoneId zone) {
        this.services = services;
        this.staff = staff;
        this.zone = zone;
        List<Product> products = services.register().products(staff.prescriber()).value();
        this.nasal = products.stream().filter(p -> p.route() == Route.NASAL).findFirst().orElseThrow();
        this.iv = products.stream().filter(p -> p.route() == Route.IV).findFirst().orElseThrow();
    }

    /** Writes about {@code wanted} sessions over the year before {@code today}, in a data folder with no patients yet. */
    public static Written write(Services services, Staff staff, LocalDate today, int wanted, ZoneId zone) {
        ClinicYear year = new ClinicYear(services, staff, zone);
        LocalDate first = today.minusDays(DAYS);
        year.patients(first);
        LocalDate month = first;
        int day = 0;
        int months = 0;
        while (month.isBefore(today)) {
            LocalDate start = month;
            LocalDate end = month.plusMonths(1).isBefore(today) ? month.plusMonths(1) : today;
            int startIndex = day;
            int monthIndex = months++;
            services.backdated().write(batch -> {
                int index = startIndex;
                for (LocalDate d = start; d.isBefore(end); d = d.plusDays(1), index++) {
                    int count = (int) ((long) (index + 1) * wanted / DAYS - (long) index * wanted / DAYS);
                    year.day(batch, d, index, count);
                }
                year.scales(batch, start, monthIndex);
            });
            day += (int) ChronoUnit.DAYS.between(start, end);
            month = end;
        }
        return new Written(first, today.minusDays(1), year.sessions, year.events);
    }

    /** Sixty patients, a fifth on IV, each screened and on one TRD course from the first day. */
    private void patients(LocalDate first) {
        Actor nurse = staff.nurses().getFirst();
        for (int i = 0; i < PATIENTS; i++) {
            String[] name = NAMES[i % NAMES.length];
            Patient patient = new Patient("YEAR-" + i, new PersonName(name[0], name[1] + " " + (i / NAMES.length + 1)),
                    first.minusYears(25 + i % 35), i % 2 == 0 ? Sex.FEMALE : Sex.MALE, null, null, "YEAR-ID-" + (2000 + i),
                    Optional.of(new Weight(BigDecimal.valueOf(60 + i % 30), first)), Allergies.NONE_KNOWN, Optional.empty(),
                    new Childbearing(ChildbearingPotential.NO, false, ""), "");
            long id = ((Registration.Saved) services.patients().register(nurse, patient, false).value()).patient().id();
            services.screenings().record(nurse, id, Screening.clear(first)).value();
            Route route = i % 5 == 0 ? Route.IV : Route.NASAL;
            long course = services.courses().start(staff.prescriber(), id, Indication.TRD, route, "", first).value().course().id();
            courses.add(new long[] {id, course, route == Route.IV ? 1 : 0});
        }
    }

    private void day(BackdatedEntries.Batch batch, LocalDate day, int index, int count) {
        Instant opening = day.atTime(LocalTime.of(7, 30)).atZone(zone).toInstant();
        if (nasalLot == null || day.getDayOfWeek().getValue() == 1) {
            // A delivery each Monday: a week's lot, so each device reads a short lot history.
            nasalLot = "NS-" + day;
            ivLot = "IV-" + day;
            batch.receipt(new DrugRegister.Receipt(nasal.id(), nasalLot, day.plusYears(2), NASAL_DELIVERY, SUPPLIER, "INV-N-" + day),
                    staff.nurses().getFirst(), staff.prescriber(), opening);
            batch.receipt(new DrugRegister.Receipt(iv.id(), ivLot, day.plusYears(2), VIAL_DELIVERY, SUPPLIER, "INV-V-" + day),
                    staff.nurses().getFirst(), staff.prescriber(), opening);
        }
        for (int k = 0; k < count; k++) {
            long[] course = courses.get((index * count + k) % PATIENTS);
            int chair = 1 + k % CHAIRS;
            Instant start = day.atTime(LocalTime.of(8, 0)).atZone(zone).toInstant().plus(Duration.ofMinutes(150L * (k / CHAIRS)));
            Actor nurse = staff.nurses().get(chair % staff.nurses().size());
            long session = batch.bookedSession(course[0], course[1], day, chair, nurse, start.minus(Duration.ofDays(2)));
            List<Entry> story = course[2] == 1 ? iv(start, nurse) : nasal(start, nurse);
            batch.sessionUnderWay(session, story, "clinic year");
            sessions++;
            events += story.size();
        }
    }

    private List<Entry> nasal(Instant t, Actor nurse) {
        List<Entry> e = before(t, nurse);
        int devices = 2 + random.nextInt(2);
        e.add(new Entry(new SessionEvent.DoseAuthorised(t.plus(min(12)), 28 * devices, Route.NASAL, devices), staff.prescriber().userId()));
        for (int d = 0; d < devices; d++) {
            e.add(new Entry(new SessionEvent.DeviceGiven(d + 1, t.plus(min(15 + 5 * d)), "", nasalLot, true), nurse.userId()));
        }
        return after(e, t.plus(min(15)), nurse);
    }

    private List<Entry> iv(Instant t, Actor nurse) {
        List<Entry> e = before(t, nurse);
        e.add(new Entry(new SessionEvent.DoseAuthorised(t.plus(min(12)), new BigDecimal("35"), 40), staff.prescriber().userId()));
        e.add(new Entry(new SessionEvent.InfusionStarted(t.plus(min(15)), new BigDecimal("21"), ivLot), nurse.userId()));
        e.add(new Entry(new SessionEvent.InfusionEnded(t.plus(min(55)), new BigDecimal("1.4"), new BigDecimal("0.6"),
                staff.prescriber().userId(), WASTE), nurse.userId()));
        return after(e, t.plus(min(15)), nurse);
    }

    private List<Entry> before(Instant t, Actor nurse) {
        List<Entry> e = new ArrayList<>();
        e.add(new Entry(new SessionEvent.CheckedIn(t, false), nurse.userId()));
        e.add(new Entry(new SessionEvent.ChecklistCompleted(t.plus(min(6))), nurse.userId()));
        e.add(new Entry(new SessionEvent.BaselineRecorded(t.plus(min(8)), 122 + random.nextInt(14), 76 + random.nextInt(10), 72, 98),
                nurse.userId()));
        return e;
    }

    /** From the dose start: the BP check (one in ten late), sedation, sometimes a raised BP or nausea or a referral, then discharge. */
    private List<Entry> after(List<Entry> e, Instant dose, Actor nurse) {
        long n = nurse.userId();
        e.add(new Entry(new SessionEvent.SedationScored(dose.plus(min(15)), 4), n));
        int checkAt = random.nextInt(10) == 0 ? 48 + random.nextInt(20) : 38 + random.nextInt(5);
        boolean raised = random.nextInt(12) == 0;
        e.add(new Entry(new SessionEvent.SedationScored(dose.plus(min(30)), 5), n));
        e.add(new Entry(new SessionEvent.VitalsRecorded(dose.plus(min(checkAt)), raised ? 168 : 134, raised ? 98 : 84, 80, 97), n));
        if (raised) {
            e.add(new Entry(new SessionEvent.VitalsRecorded(dose.plus(min(checkAt + 15)), 146, 88, 78, 97), n));
        }
        if (random.nextInt(400) == 0) {
            e.add(new Entry(new SessionEvent.AdverseEventOpened("ae-" + sessions, AdverseEventKind.CHEST_PAIN, Severity.SEVERE,
                    "", "Emergency services called", dose.plus(min(70))), n));
            e.add(new Entry(new SessionEvent.ReferredToEmergency("Chest pain", dose.plus(min(75))), n));
            return e;
        }
        if (random.nextInt(15) == 0) {
            e.add(new Entry(new SessionEvent.AdverseEventOpened("ae-" + sessions, AdverseEventKind.NAUSEA, Severity.MILD, "",
                    "Reassured, sips of water", dose.plus(min(70))), n));
            e.add(new Entry(new SessionEvent.AdverseEventResolved("ae-" + sessions, "Settled", dose.plus(min(95))), n));
        }
        e.add(new Entry(new SessionEvent.SedationScored(dose.plus(min(60)), 5), n));
        e.add(new Entry(new SessionEvent.SedationScored(dose.plus(min(90)), 5), n));
        e.add(new Entry(new SessionEvent.SedationScored(dose.plus(min(120)), 5), n));
        long observed = 120 + random.nextInt(25);
        e.add(new Entry(new SessionEvent.VitalsRecorded(dose.plus(min(observed - 3)), 126, 80, 74, 98), n));
        e.add(new Entry(new SessionEvent.TransportArrived(dose.plus(min(observed - 2))), n));
        e.add(new Entry(new SessionEvent.ReadyToLeaveSigned(dose.plus(min(observed - 1))), staff.prescriber().userId()));
        e.add(new Entry(new SessionEvent.Discharged(dose.plus(min(observed)), dose.plus(min(observed - 1)), observed), n));
        return e;
    }

    /** On the first day of each month of the year, every course's PHQ-9 and MADRS: a third of the patients remit, a third respond, a third do not. */
    private void scales(BackdatedEntries.Batch batch, LocalDate on, int monthIndex) {
        // Improvement reaches its level after six months and holds.
        int month = Math.min(6, monthIndex);
        for (int i = 0; i < courses.size(); i++) {
            long[] c = courses.get(i);
            int goal = switch (i % 3) {
                case 0 -> 4;
                case 1 -> 10;
                default -> 17;
            };
            int phq9 = 20 - (20 - goal) * month / 6;
            int madrs = 34 - (34 - goal * 2) * month / 6;
            Instant at = on.atTime(LocalTime.of(7, 0)).atZone(zone).toInstant();
            batch.scale(c[0], c[1], ScaleKind.PHQ9, on, items(phq9, 9, 3), staff.prescriber(), at);
            batch.scale(c[0], c[1], ScaleKind.MADRS, on, items(madrs, 10, 6), staff.prescriber(), at);
        }
    }

    /** A total spread over the items, each within the scale's range. */
    private static List<Integer> items(int total, int count, int max) {
        List<Integer> items = new ArrayList<>();
        int left = total;
        for (int i = 0; i < count; i++) {
            int item = Math.min(max, (left + count - i - 1) / (count - i));
            items.add(item);
            left -= item;
        }
        return items;
    }

    private static Duration min(long minutes) {
        return Duration.ofMinutes(minutes);
    }
}
