package org.vigil.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vigil.domain.Actor;
import org.vigil.domain.Outcome;
import org.vigil.domain.Permission;
import org.vigil.domain.Refusal;
import org.vigil.domain.SettingKeys;
import org.vigil.domain.Settings;
import org.vigil.domain.course.ChairBooking;
import org.vigil.domain.course.DayList;
import org.vigil.domain.course.DayListEntry;
import org.vigil.domain.course.EnrolmentRules;
import org.vigil.domain.course.Finding;
import org.vigil.domain.course.NextSession;
import org.vigil.domain.course.PlannedSessionCheck;
import org.vigil.domain.course.ScheduleRules;
import org.vigil.store.CourseStore.StoredCourse;
import org.vigil.store.PatientStore;
import org.vigil.store.SessionStore;

/**
 * The clinic's days (SCH-6): who is due, overdue or booked, and booking a session slot for a
 * day and a chair.
 */
public final class ClinicDay {

    /** A booking made, with any warnings the schedule has for that day (e.g. SCH-2). */
    public record Booked(long sessionId, List<Finding> warnings) {}

    private final ClinicalContext ctx;
    private final Courses courses;
    private final SessionStore sessions;

    ClinicDay(ClinicalContext ctx, Courses courses, SessionStore sessions) {
        this.ctx = ctx;
        this.courses = courses;
        this.sessions = sessions;
    }

    /**
     * Every day from {@code from} to {@code to}: bookings on that day, and on today's line also
     * every course due today or overdue that is not booked yet.
     */
    public Outcome<List<DayRow>> between(Actor actor, LocalDate from, LocalDate to) {
        Refusal refused = ctx.audit.refuseUnless(actor, Permission.VIEW_PATIENTS, "day.list");
        if (refused != null) {
            return Outcome.refused(refused);
        }
        return Outcome.done(ctx.database.read(c -> rows(c, from, to)));
    }

    private List<DayRow> rows(Connection c, LocalDate from, LocalDate to) throws SQLException {
        Settings settings = ctx.settings(c);
        LocalDate today = ctx.today();
        Map<Long, CourseView> active = new HashMap<>();
        courses.activeViews(c).forEach(v -> active.put(v.id(), v));
        Map<Long, PatientView> patients = new HashMap<>();
        List<DayRow> rows = new ArrayList<>();
        Set<Long> bookedCourses = new HashSet<>();
        for (SessionStore.StoredSession s : sessions.between(c, from, to)) {
            // SCH-6: a booked course is listed once, with its chair, also while its session is
            // running; once the session has ended it leaves the list (an abandoned one's course
            // is due again and comes back below as due).
            if (s.ended()) {
                continue;
            }
            CourseView course = active.get(s.courseId());
            Optional<NextSession> next = Optional.ofNullable(course).map(v -> v.status().next());
            rows.add(new DayRow(s.date(), patient(c, s.patientId(), patients, settings), s.courseId(),
                    course == null ? courses.stored(c, s.courseId()).orElseThrow().course().regimen() : course.course().regimen(),
                    next, Optional.of(s.chair()), Optional.of(s.id()), s.running()));
            bookedCourses.add(s.courseId());
        }
        // Due and overdue courses appear on today's line, the day they should be seen.
        if (!today.isBefore(from) && !today.isAfter(to)) {
            Map<Long, NextSession> nextByCourse = new HashMap<>();
            active.forEach((id, v) -> nextByCourse.put(id, v.status().next()));
            for (DayListEntry entry : DayList.on(today, nextByCourse)) {
                if (bookedCourses.contains(entry.courseId())) {
                    continue;
                }
                CourseView course = active.get(entry.courseId());
                PatientView patient = patient(c, course.patientId(), patients, settings);
                if (!patient.active()) {
                    continue; // an inactive patient is not expected in clinic
                }
                rows.add(new DayRow(today, patient, course.id(), course.course().regimen(),
                        Optional.of(entry.next()), Optional.empty(), Optional.empty(), false));
            }
        }
        rows.sort(Comparator.comparing(DayRow::day).thenComparing(r -> r.chair().orElse(Integer.MAX_VALUE))
                .thenComparing(r -> r.patient().displayName()));
        return rows;
    }

    private PatientView patient(Connection c, long id, Map<Long, PatientView> cache, Settings settings) throws SQLException {
        PatientView known = cache.get(id);
        if (known == null) {
            PatientStore.StoredPatient stored = ctx.patients.byId(c, id).orElseThrow();
            known = ctx.view(c, stored, settings);
            cache.put(id, known);
        }
        return known;
    }

    /** Books a course's next session on a day and chair; refused when the schedule says no. */
    public Outcome<Booked> book(Actor actor, long courseId, LocalDate day, int chair) {
        return ctx.database.write(c -> {
            Refusal refused = ctx.audit.refuseUnless(c, actor, Permission.RECORD_CLINICAL, "day.book");
            if (refused != null) {
                return Outcome.<Booked>refused(refused);
            }
            Settings settings = ctx.settings(c);
            Optional<Refusal> slot = ChairBooking.check(chair, settings.integer(SettingKeys.CLINIC_CHAIRS), day, ctx.today());
            if (slot.isPresent()) {
                return refuse(c, actor, courseId, day, chair, slot.get());
            }
            Optional<StoredCourse> course = courses.stored(c, courseId);
            if (course.isEmpty()) {
                return refuse(c, actor, courseId, day, chair, Refusal.of("SCH-6", "course.notFound"));
            }
            // PAT-1: an absolute contraindication screened after the course began stops every booking.
            Optional<Refusal> suspended = Suspensions.refusal(ctx, c, course.get().patientId());
            if (suspended.isPresent()) {
                return refuse(c, actor, courseId, day, chair, suspended.get());
            }
            List<ChairBooking.Taken> thatDay = sessions.between(c, day, day).stream()
                    .map(s -> new ChairBooking.Taken(s.chair(), s.patientId(), s.ended())).toList();
            Optional<Refusal> taken = ChairBooking.against(thatDay, chair, course.get().patientId(), day);
            if (taken.isPresent()) {
                return refuse(c, actor, courseId, day, chair, taken.get());
            }
            PatientStore.StoredPatient patient = ctx.patients.byId(c, course.get().patientId()).orElseThrow();
            if (!patient.active()) {
                return refuse(c, actor, courseId, day, chair, Refusal.of("REG", "patient.notFound"));
            }
            List<Finding> findings = PlannedSessionCheck.check(patient.patient(), course.get().course(), sessions.dosesGiven(c, courseId),
                    day, ScheduleRules.from(settings), EnrolmentRules.from(settings));
            Optional<Finding> stop = findings.stream().filter(Finding::blocks).findFirst();
            if (stop.isPresent()) {
                return refuse(c, actor, courseId, day, chair, stop.get().refusal());
            }
            long id = sessions.book(c, patient.id(), courseId, day, chair, actor.userId(), ctx.clock.instant());
            ctx.audit.record(c, actor, "SESSION_BOOKED", "session", id, null, "course=" + courseId + "; day=" + day + "; chair=" + chair,
                    null);
            return Outcome.<Booked>done(new Booked(id, findings.stream().filter(f -> !f.blocks()).toList()));
        });
    }

    /** ROLE-2: every refused booking is audited, in the booking's transaction, which then writes nothing else. */
    private Outcome<Booked> refuse(Connection c, Actor actor, long courseId, LocalDate day, int chair, Refusal refusal)
            throws SQLException {
        ctx.audit.record(c, actor, "BOOKING_REFUSED", "course", courseId, null, "day=" + day + "; chair=" + chair,
                refusal.ruleId() + " " + refusal.messageKey() + " " + refusal.args());
        return Outcome.refused(refusal);
    }

    public Outcome<Void> cancel(Actor actor, long sessionId, String reason) {
        return ctx.database.write(c -> {
            Refusal refused = ctx.audit.refuseUnless(c, actor, Permission.RECORD_CLINICAL, "day.cancel");
            if (refused != null) {
                return Outcome.<Void>refused(refused);
            }
            if (reason == null || reason.isBlank()) {
                return Outcome.<Void>refused(Refusal.of("SIG-4", "reason.required"));
            }
            Optional<SessionStore.StoredSession> session = sessions.byId(c, sessionId);
            if (session.isEmpty() || !SessionStore.BOOKED.equals(session.get().state())) {
                return Outcome.<Void>refused(Refusal.of("SCH-6", "booking.notBooked"));
            }
            sessions.setState(c, sessionId, SessionStore.CANCELLED, false);
            ctx.audit.record(c, actor, "SESSION_CANCELLED", "session", sessionId, "state=BOOKED", "state=CANCELLED", reason.strip());
            return Outcome.<Void>done(null);
        });
    }
}
