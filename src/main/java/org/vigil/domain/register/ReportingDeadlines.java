package org.vigil.domain.register;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * CD-6: when the authority must hear of a loss or theft (a number of business days) and when the
 * written report is due (calendar days), counted from the day it was found.
 */
public record ReportingDeadlines(int noticeBusinessDays, int formDays) {

    public LocalDate noticeDue(LocalDate found) {
        LocalDate day = found;
        int left = noticeBusinessDays;
        while (left > 0) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return day;
    }

    public LocalDate formDue(LocalDate found) {
        return found.plusDays(formDays);
    }
}
