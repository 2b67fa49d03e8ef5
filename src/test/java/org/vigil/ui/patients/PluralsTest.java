package org.vigil.ui.patients;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.vigil.text.Messages;

/** Issue 15, item 11: counts on the course page and in reports take their plural ("1 day", not "1 days"). */
class PluralsTest {

    private final Messages english = Messages.of(Locale.ENGLISH);
    private final Messages chinese = Messages.of(Messages.CHINESE);

    @Test
    @DisplayName("SCH-1 an overdue review, a missed session and a monitoring task say 1 day and 45 days")
    void days() {
        assertThat(english.get("course.review.overdue", "7 Dec 2026", 1)).contains("(1 day)");
        assertThat(english.get("course.review.overdue", "7 Dec 2026", 45)).contains("(45 days)");
        assertThat(english.get("schedule.next.reviewOverdue", "7 Dec 2026", 1)).contains("(1 day)");
        assertThat(english.get("schedule.next.overdue", "7 Dec 2026", 1, 3, "Induction", "Weekly")).contains("(1 day;");
        assertThat(english.get("monitoring.task.overdue", "Drug screen", "7 Dec 2026", 1)).endsWith("(1 day)");
        assertThat(chinese.get("course.review.overdue", "2026年12月7日", 45)).contains("45 天").doesNotContain("days");
    }

    @Test
    @DisplayName("doses, sessions, minutes and audit events counted in words")
    void counts() {
        assertThat(english.get("course.phaseLine", "Induction", 1, 1)).endsWith("1 dose given");
        assertThat(english.get("course.phaseLine", "Induction", 2, 4)).endsWith("4 doses given");
        assertThat(english.get("report.dayLog.count", 1)).isEqualTo("1 session");
        assertThat(english.get("report.session.times.monitored", 1)).contains("1 minute ");
        assertThat(english.get("audit.intact", 1, 12)).isEqualTo("Intact: 1 event and 12 tables checked.");
    }
}
