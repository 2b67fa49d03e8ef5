/**
 * Treatment courses, their schedule and monitoring, as pure functions (no I/O, no clock).
 *
 * <ul>
 *   <li>{@link org.vigil.domain.course.TreatmentCourse} — a {@link org.vigil.domain.course.Regimen}
 *       (indication + route, PAT-5) with the prescriber's decisions: the
 *       {@link org.vigil.domain.course.WeekFourReview} (SCH-1, SCH-2),
 *       {@link org.vigil.domain.course.FrequencyChange}s (SCH-5) and the
 *       {@link org.vigil.domain.course.CourseEnd}. Decisions return a new course or a refusal.</li>
 *   <li>{@link org.vigil.domain.course.Enrolment#check} — may this screened patient start this
 *       course (PAT-1 … PAT-6)? Returns {@link org.vigil.domain.course.Finding}s and the starting
 *       dose (ADM-4).</li>
 *   <li>{@link org.vigil.domain.course.Schedule#status} — the next session, missed sessions and
 *       their SCH-5 guidance, the open review task (SCH-1 … SCH-6);
 *       {@link org.vigil.domain.course.DayList#on} builds the clinic's day list;
 *       {@link org.vigil.domain.course.PlannedSessionCheck#check} says what planning a session on
 *       a day would meet.</li>
 *   <li>{@link org.vigil.domain.course.MonitoringPlan#tasks} — SCH-7 monitoring due dates.</li>
 * </ul>
 *
 * Numbers come from {@link org.vigil.domain.course.ScheduleRules},
 * {@link org.vigil.domain.course.EnrolmentRules} and {@link org.vigil.domain.course.MonitoringRules},
 * each built by {@code from(Settings)} with keys in {@link org.vigil.domain.course.CourseSettingKeys}.
 */
package org.vigil.domain.course;
