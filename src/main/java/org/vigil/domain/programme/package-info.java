/**
 * PAT-6: the risk programme's paperwork, as pure functions over stored facts. A clinic enrolled in
 * the programme files a {@link org.vigil.domain.programme.MonitoringForm} for every session in
 * which esketamine was given; {@link org.vigil.domain.programme.FormDeadline} says when each is due
 * and whether it is due soon or overdue; {@link org.vigil.domain.programme.ProgrammeEnrolment}
 * says whether the clinic was enrolled when a session ended. Numbers come from settings.
 */
package org.vigil.domain.programme;
