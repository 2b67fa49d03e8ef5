package org.vigil.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import org.vigil.domain.session.SessionEvent;
import org.vigil.service.BackdatedEntries.Entry;
import org.vigil.service.Registration;
import org.vigil.service.Services;

/**
 * A year of a busy clinic's nasal sessions, ending yesterday, for `vigil benchmark
 * --export-sessions N`: each told from check-in to discharge with a baseline, two devices, BP at
 * 40, 90 and 125 minutes, six MOAA/S scores and a dissociation that comes and goes, through the
 * door for back-dated records, a month per transaction. No stock moves: the register stays empty.
 */
public final class SessionYear {

    /** What was written. */
    public record Written(int sessions, int events, LocalDate from, LocalDate until) {}

    private static final String[][] NAMES = {{"张", "伟"}, {"Okafor", "Grace"}, {"李", "娜"}, {"Brown", "David"}, {"王", "芳"},
            {"Smith", "Ann"}, {"刘", "洋"}, {"Garcia", "Maria"}};
    private static final int PATIENTS = 60;
    private static final int CHAIRS = 6;
    private static final int DAYS = 365;
    private static final int[] SEDATION_MINUTES = {15, 30, 45, 60, 90, 120};
    private static final int[] BP_MINUTES = {40, 90, 125};

    private SessionYear() {}

    public static Written write(Services services, Actor nurse, Actor prescriber, int wanted, LocalDate today, ZoneId zone) {
        List<long[]> courses = courses(services, nurse, prescriber, today);
        LocalDate first = today.minusDays(DAYS);
        int written = 0;
        int events = 0;
        int perDay = Math.max(1, (wanted + DAYS - 1) / DAYS);
        LocalDate month = first.withDayOfMonth(1);
        while (written < wanted && month.isBefore(today)) {
            LocalDate monthStart = month.isBefore(first) ? first : month;
            LocalDate monthEnd = month.plusMonths(1).isAfter(today) ? today : month.plusMonths(1);
            int[] counts = {written, events};
            services.backdated().write(batch -> {
                for (LocalDate day = monthStart; day.isBefore(monthEnd) && counts[0] < wanted; day = day.plusDays(1)) {
                    for (int i = 0; i < perDay && counts[0] < wanted; i++) {
                        long[] course = courses.get(counts[0] % courses.size());
                        Instant checkIn = day.atTime(8, 0).atZone(zone).toInstant().plus(Duration.ofMinutes(40L * (i / CHAIRS)));
                        List<Entry> told = session(checkIn, counts[0], nurse, prescriber);
                        batch.toldSession(course[0], course[1], day, 1 + i % CHAIRS, nurse, checkIn.minus(Duration.ofDays(7)), told);
                        counts[0]++;
                        counts[1] += told.size();
                    }
                }
            });
            written = counts[0];
            events = counts[1];
            month = month.plusMonths(1);
        }
        return new Written(written, events, first, today.minusDays(1));
    }

    private static List<Entry> session(Instant checkIn, int n, Actor nurse, Actor prescriber) {
        List<Entry> e = new ArrayList<>();
        long by = nurse.userId();
        Instant dose = checkIn.plus(Duration.ofMinutes(15));
        e.add(new Entry(new SessionEvent.CheckedIn(checkIn, false), by));
        e.add(new Entry(new SessionEvent.ChecklistCompleted(checkIn.plus(Duration.ofMinutes(6))), by));
        e.add(new Entry(new SessionEvent.BaselineRecorded(checkIn.plus(Duration.ofMinutes(8)), 118 + n % 17, 74 + n % 9, 70 + n % 11, 98),
                by));
        e.add(new Entry(new SessionEvent.DoseAuthorised(checkIn.plus(Duration.ofMinutes(12)), BigDecimal.valueOf(56), Route.NASAL, 2, 0,
                "", "", Optional.empty()), prescriber.userId()));
        e.add(new Entry(new SessionEvent.DeviceGiven(1, dose, "", "LOT-" + (n / 400), true), by));
        e.add(new Entry(new SessionEvent.DeviceGiven(2, dose.plus(Duration.ofMinutes(5)), "", "LOT-" + (n / 400), true), by));
        List<SessionEvent> observed = new ArrayList<>();
        for (int m : SEDATION_MINUTES) {
            observed.add(new SessionEvent.SedationScored(dose.plus(Duration.ofMinutes(m)), m == 15 ? 4 : 5));
        }
        for (int k = 0; k < BP_MINUTES.length; k++) {
            observed.add(new SessionEvent.VitalsRecorded(dose.plus(Duration.ofMinutes(BP_MINUTES[k])), 138 - 6 * k + n % 13, 86 - 3 * k,
                    76, 97));
        }
        observed.add(new SessionEvent.DissociationNoted(true, dose.plus(Duration.ofMinutes(20))));
        observed.add(new SessionEvent.DissociationNoted(false, dose.plus(Duration.ofMinutes(50))));
        observed.sort((a, b) -> a.at().compareTo(b.at()));
        observed.forEach(o -> e.add(new Entry(o, by)));
        e.add(new Entry(new SessionEvent.TransportArrived(dose.plus(Duration.ofMinutes(118))), by));
        e.add(new Entry(new SessionEvent.ReadyToLeaveSigned(dose.plus(Duration.ofMinutes(126))), prescriber.userId()));
        e.add(new Entry(new SessionEvent.Discharged(dose.plus(Duration.ofMinutes(128)), dose.plus(Duration.ofMinutes(120)), 128), by));
        return e;
    }

    /** Sixty adults under PAT-3's older-adult age, half with Chinese names, each with a TRD nasal course: [patient id, course id]. */
    private static List<long[]> courses(Services services, Actor nurse, Actor prescriber, LocalDate today) {
        List<long[]> courses = new ArrayList<>();
        for (int i = 0; i < PATIENTS; i++) {
            String[] name = NAMES[i % NAMES.length];
            Patient patient = new Patient("YEAR-" + i, new PersonName(name[0], name[1] + (i / NAMES.length == 0 ? "" : " " + i)),
                    today.minusYears(19 + i % 45).minusDays(i * 7L), i % 2 == 0 ? Sex.MALE : Sex.FEMALE, null, null, "YEAR-ID-" + (1000 + i),
                    Optional.empty(), Allergies.NONE_KNOWN, Optional.empty(), new Childbearing(ChildbearingPotential.NO, false, ""), "");
            long id = ((Registration.Saved) services.patients().register(nurse, patient, false).value()).patient().id();
            services.screenings().record(nurse, id, Screening.clear(today)).value();
            long course = services.courses().start(prescriber, id, Indication.TRD, Route.NASAL, "", today).value().course().id();
            courses.add(new long[] {id, course});
        }
        return courses;
    }
}
