package org.vigil.service;

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
import org.vigil.domain.course.Regimen;
import org.vigil.domain.session.SessionState;
import org.vigil.domain.course.ScheduleRules;
import org.vigil.store.CourseStore.StoredCourse;
import org.vigil.store.PatientStore;
import org.vigil.store.SessionEventStore;
import org.vigil.store.SessionStore;
import org.vigil.store.Transaction;

/**
 * The clinic's days (SCH-6): who is due, overdue or booked, who was treated and how it ended,
 * and booking a session slot for a day and a chair.
 */
public final class ClinicDay {

    /** A booking made, with any warnings the schedule has for that day (e.g. SCH-2). */
    public record Booked(long sessionId, List<Finding> warnings) {}

    private final ClinicalContext ctx;
    private final Courses courses;
    private final SessionStore sessions;
    private final SessionEventStore events;

    ClinicDay(ClinicalContext ctx, Courses courses, SessionStore sessions, SessionEventStore events) {
        this.ctx = ctx;
        this.courses = courses;
        this.sessions = sessions;
        this.events = events;
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
        return Outcome.done(ctx.database.read(tx -> rows(tx, from, to)));
    }

    private List<DayRow> rows(Transaction tx, LocalDate from, LocalDate to) {
        Settings settings = ctx.settings(tx);
        LocalDate today = ctx.today();
        Map<Long, CourseView> active = new HashMap<>();
        courses.activeViews(tx).forEach(v -> active.put(v.id(), v));
        // SCH-6: a booked course is listed once, with its chair, also while its session is
        // running; once the session has ended it stays on its day with the outcome (issue 15: the
        // day keeps every patient treated), and an abandoned one's course, due again, comes back
        // below as due.
        List<SessionStore.StoredSession> listed = sessions.between(tx, from, to);
        List<SessionStore.StoredSession> ended = listed.stream().filter(SessionStore.StoredSession::ended).toList();
        Map<Long, java.time.Instant> endedAt = ended.isEmpty() ? Map.of()
                : events.endedAt(tx, ended.stream().map(SessionStore.StoredSession::id).toList());
        Set<Long> bookedCourses = new HashSet<>();
        listed.stream().filter(s -> !s.ended()).forEach(s -> bookedCourses.add(s.courseId()));
        // Due and overdue courses appear on today's line, the day they should be seen.
        List<DayListEntry> due = !today.isBefore(from) && !today.isAfter(to)
                ? DayList.on(today, nextByCourse(active)).stream().filter(e -> !bookedCourses.contains(e.courseId())).toList()
                : List.of();
        Set<Long> patientIds = new HashSet<>();
        listed.forEach(s -> patientIds.add(s.patientId()));
        due.forEach(e -> patientIds.add(active.get(e.courseId()).patientId()));
        Map<Long, PatientView> patients = ctx.views(tx, patientIds, settings);
        // A course ended since its session (e.g. the last dose of a course) is read in one query, not one per row.
        Map<Long, Regimen> endedCourses = courses.regimens(tx, listed.stream().map(SessionStore.StoredSession::courseId)
                .filter(id -> !active.containsKey(id)).collect(java.util.stream.Collectors.toSet()));
        List<DayRow> rows = new ArrayList<>();
        for (SessionStore.StoredSession s : listed) {
            CourseView course = active.get(s.courseId());
            boolean finished = s.ended();
            // A finished session's line is its outcome; the course's next session is on its own line when due.
            Optional<NextSession> next = finished ? Optional.empty() : Optional.ofNullable(course).map(v -> v.status().next());
            Optional<DayRow.Ended> outcome = finished
                    ? Optional.of(new DayRow.Ended(SessionState.valueOf(s.state()), Optional.ofNullable(endedAt.get(s.id())))) : Optional.empty();
            rows.add(new DayRow(s.date(), patients.get(s.patientId()), s.courseId(),
                    course == null ? endedCourses.get(s.courseId()) : course.course().regimen(),
                    next, Optional.of(s.chair()), Optional.of(s.id()), s.running(), outcome));
        }
        for (DayListEntry entry : due) {
            CourseView course = active.get(entry.courseId());
            PatientView patient = patients.get(course.patientId());
            if (!patient.active()) {
                continue; // an inactive patient is not expected in clinic
            }
            rows.add(new DayRow(today, patient, course.id(), course.course().regimen(),
                    Optional.of(entry.next()), Optional.empty(), Optional.empty(), false, Optional.empty()));
        }
        rows.sort(Comparator.comparing(DayRow::day).thenComparing(r -> r.chair().orElse(Integer.MAX_VALUE))
                .thenComparing(r -> r.patient().displayName()));
        return rows;
    }

    private static Map<Long, NextSession> nextByCourse(Map<Long, CourseView> active) {
        Map<Long, NextSession> next = new HashMap<>();
        active.forEach((id, v) -> next.put(id, v.status().next()));
        return next;
    }

    /** Books a course's next session on a day and chair; refused when the schedule says no. */
    public Outcome<Booked> book(Actor actor, long courseId, LocalDate day, int chair) {
        return ctx.database.write(tx -> {
            Refusal refused = ctx.audit.refuseUnless(tx, actor, Permission.RECORD_CLINICAL, "day.book");
            if (refused != null) {
                return Outcome.<Booked>refused(refused);
            }
            Settings settings = ctx.settings(tx);
            Optional<Refusal> slot = ChairBooking.check(chair, settings.integer(SettingKeys.CLINIC_CHAIRS), day, ctx.today());
            if (slot.isPresent()) {
                return refuse(tx, actor, courseId, day, chair, slot.get());
            }
            Optional<StoredCourse> course = courses.stored(tx, courseId);
            if (course.isEmpty()) {
                return refuse(tx, actor, courseId, day, chair, Refusal.of("SCH-6", "course.notFound"));
            }
            // PAT-1: an absolute contraindication screened after the course began stops every booking.
            Optional<Refusal> suspended = Suspensions.refusal(ctx, tx, course.get().patientId());
            if (suspended.isPresent()) {
                return refuse(tx, actor, courseId, day, chair, suspended.get());
            }
            List<ChairBooking.Taken> thatDay = sessions.between(tx, day, day).stream()
                    .map(s -> new ChairBooking.Taken(s.chair(), s.patientId(), s.ended())).toList();
            Optional<Refusal> taken = ChairBooking.against(thatDay, chair, course.get().patientId(), day);
            if (taken.isPresent()) {
                return refuse(tx, actor, courseId, day, chair, taken.get());
            }
            PatientStore.StoredPatient patient = ctx.patients.byId(tx, course.get().patientId()).orElseThrow();
            if (!patient.active()) {
                return refuse(tx, actor, courseId, day, chair, Refusal.of("REG", "patient.notFound"));
            }
            List<Finding> findings = PlannedSessionCheck.check(patient.patient(), course.get().course(), sessions.dosesGiven(tx, courseId),
                    day, ScheduleRules.from(settings), EnrolmentRules.from(settings));
            Optional<Finding> stop = findings.stream().filter(Finding::blocks).findFirst();
            if (stop.isPresent()) {
                return refuse(tx, actor, courseId, day, chair, stop.get().refusal());
            }
            long id = sessions.book(tx, patient.id(), courseId, day, chair, actor.userId(), ctx.clock.instant());
            ctx.audit.record(tx, actor, "SESSION_BOOKED", "session", id, null, "course=" + courseId + "; day=" + day + "; chair=" + chair,
                    null);
            return Outcome.<Booked>done(new Booked(id, findings.stream().filter(f -> !f.blocks()).toList()));
        });
    }

    /** ROLE-2: every refused booking is audited, in the booking's transaction, which then writes nothing else. */
    private Outcome<Booked> refuse(Transaction tx, Actor actor, long courseId, LocalDate day, int chair, Refusal refusal) {
        ctx.audit.record(tx, actor, "BOOKING_REFUSED", "course", courseId, null, "day=" + day + "; chair=" + chair,
                refusal.ruleId() + " " + refusal.messageKey() + " " + refusal.args());
        return Outcome.refused(refusal);
    }

    public Outcome<Void> cancel(Actor actor, long sessionId, String reason) {
        return ctx.database.write(tx -> {
            Refusal refused = ctx.audit.refuseUnless(tx, actor, Permission.RECORD_CLINICAL, "day.cancel");
            if (refused != null) {
                return Outcome.<Void>refused(refused);
            }
            if (reason == null || reason.isBlank()) {
                return Outcome.<Void>refused(Refusal.of("SIG-4", "reason.required"));
            }
            Optional<SessionStore.StoredSession> session = sessions.byId(tx, sessionId);
            if (session.isEmpty() || !SessionStore.BOOKED.equals(session.get().state())) {
                return Outcome.<Void>refused(Refusal.of("SCH-6", "booking.notBooked"));
            }
            sessions.setState(tx, sessionId, SessionStore.CANCELLED, false);
            ctx.audit.record(tx, actor, "SESSION_CANCELLED", "session", sessionId, "state=BOOKED", "state=CANCELLED", reason.strip());
            return Outcome.<Void>done(null);
        });
    }
}
