package org.vigil.domain.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.vigil.domain.patient.PrescriberDecision;

/**
 * A small language for schedule tables. Days are counted from the course's first session on
 * day 0, Monday 2 March 2026, so week 1 is days 0–6, week 5 days 28–34, week 9 days 56–62.
 * Decisions are written "review continue @24", "review change WEEKLY @24",
 * "review stop INSUFFICIENT_RESPONSE @24", "freq EVERY_TWO_WEEKS @56", "end COMPLETED @60",
 * separated by ";", and a course only knows the decisions taken by the day of the row.
 */
final class Walk {

    static final LocalDate DAY0 = LocalDate.of(2026, 3, 2);

    private Walk() {}

    static LocalDate day(int n) {
        return DAY0.plusDays(n);
    }

    static int dayNumber(LocalDate date) {
        return (int) ChronoUnit.DAYS.between(DAY0, date);
    }

    static List<LocalDate> days(String list) {
        if (list == null || list.isBlank()) {
            return List.of();
        }
        return Arrays.stream(list.strip().split("\\s+")).map(s -> day(Integer.parseInt(s))).toList();
    }

    static PrescriberDecision drChen(int dayNumber, String why) {
        return new PrescriberDecision(7, "Dr Chen", Instant.parse("2026-03-02T09:00:00Z").plusSeconds(86_400L * dayNumber), why);
    }

    /** The course as known on {@code today}: decisions dated later are not taken yet. */
    static TreatmentCourse course(Regimen regimen, String decisions, int today) {
        TreatmentCourse course = TreatmentCourse.planned(regimen, regimen.indication() == Indication.OTHER ? "ketamine-responsive pain" : "", DAY0);
        if (decisions == null || decisions.isBlank()) {
            return course;
        }
        for (String decision : decisions.split(";")) {
            String[] words = decision.strip().split("\\s+");
            int on = Integer.parseInt(words[words.length - 1].substring(1));
            if (on > today) {
                continue;
            }
            course = switch (words[0]) {
                case "review" -> course.answerReview(new WeekFourReview(day(on), reviewDecision(words), drChen(on, "week-4 review"))).value();
                case "freq" -> course.changeFrequency(new FrequencyChange(day(on), SessionFrequency.valueOf(words[1]),
                        drChen(on, "frequency decision"))).value();
                case "end" -> course.endCourse(new CourseEnd(day(on), EndReason.valueOf(words[1]), drChen(on, "course ends")),
                        Optional.empty()).value();
                default -> throw new IllegalArgumentException(decision);
            };
        }
        return course;
    }

    private static ReviewDecision reviewDecision(String[] words) {
        return switch (words[1]) {
            case "continue" -> new ReviewDecision.Continue();
            case "change" -> new ReviewDecision.Change(SessionFrequency.valueOf(words[2]));
            case "stop" -> new ReviewDecision.Stop(EndReason.valueOf(words[2]));
            default -> throw new IllegalArgumentException(String.join(" ", words));
        };
    }

    /** "due 31", "review 27", "single 0", "ended 60". */
    static String describe(NextSession next) {
        return switch (next) {
            case NextSession.Due d -> "due " + dayNumber(d.date());
            case NextSession.AwaitingReview r -> "review " + dayNumber(r.reviewDueOn());
            case NextSession.SingleDoseGiven s -> "single " + dayNumber(s.givenOn());
            case NextSession.CourseEnded e -> "ended " + dayNumber(e.end().endedOn());
        };
    }

    static long late(NextSession next) {
        return switch (next) {
            case NextSession.Due d -> d.daysOverdue();
            case NextSession.AwaitingReview r -> r.daysOverdue();
            case NextSession.SingleDoseGiven s -> 0;
            case NextSession.CourseEnded e -> 0;
        };
    }

    /** "w2x1" for one session missed in week 2; "w11-12x1" for a two-week block. */
    static String describe(List<MissedSession> missed) {
        return missed.stream()
                .map(m -> "w" + m.firstWeek() + (m.lastWeek() == m.firstWeek() ? "" : "-" + m.lastWeek()) + "x" + m.count())
                .collect(Collectors.joining(" "));
    }

    /** Checks one table row: what is next, how late, and which sessions were missed. */
    static void assertRow(ScheduleStatus status, String next, long late, Integer week, Phase phase, SessionFrequency frequency,
            String missed) {
        assertThat(describe(status.next())).as("next").isEqualTo(next);
        assertThat(late(status.next())).as("days overdue").isEqualTo(late);
        if (status.next() instanceof NextSession.Due due) {
            assertThat(due.week()).as("week of the due session").isEqualTo(week);
            assertThat(due.phase()).as("phase").isEqualTo(phase);
            assertThat(due.frequency()).as("frequency").isEqualTo(frequency);
        }
        assertThat(describe(status.missed())).as("missed").isEqualTo(missed == null ? "" : missed);
    }

    /**
     * A patient who comes on every due day for the given number of weeks, with the prescriber
     * answering the review "continue" on the day it is due. Returns sessions per course week.
     */
    static List<Integer> attendEveryDueSession(Regimen regimen, ScheduleRules rules, String decisions, int weeks) {
        List<LocalDate> given = new ArrayList<>();
        String allDecisions = decisions == null ? "" : decisions;
        int lastDay = weeks * 7 - 1;
        for (int today = 0; today <= lastDay; today++) {
            TreatmentCourse course = course(regimen, allDecisions, today);
            ScheduleStatus status = Schedule.status(course, given, rules, day(today));
            assertThat(status.missed()).as("missed on day %d", today).isEmpty();
            if (status.next() instanceof NextSession.AwaitingReview) {
                allDecisions = allDecisions + (allDecisions.isBlank() ? "" : ";") + "review continue @" + today;
                status = Schedule.status(course(regimen, allDecisions, today), given, rules, day(today));
            }
            if (status.next() instanceof NextSession.Due due && due.date().equals(day(today))) {
                given.add(day(today));
            }
        }
        List<Integer> perWeek = new ArrayList<>();
        for (int w = 0; w < weeks; w++) {
            LocalDate from = day(w * 7);
            LocalDate to = day(w * 7 + 6);
            perWeek.add((int) given.stream().filter(d -> !d.isBefore(from) && !d.isAfter(to)).count());
        }
        return perWeek;
    }
}
