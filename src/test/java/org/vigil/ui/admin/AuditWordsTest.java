package org.vigil.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.domain.AuditEvent;
import org.vigil.service.WorkstationPreferences;
import org.vigil.text.Messages;
import org.vigil.ui.common.UiContext;

/** Issue 15, item 6: the audit trail names people and says what changed in words, in both languages. */
class AuditWordsTest {

    private static final Instant AT = Instant.parse("2026-12-07T22:20:00Z");

    @TempDir
    Path dir;

    private AuditWords words(Locale language) {
        UiContext ui = new UiContext(language, Clock.fixed(AT, ZoneOffset.UTC), ZoneOffset.UTC, Runnable::run, Runnable::run,
                new WorkstationPreferences(dir));
        return new AuditWords(ui, Map.of(4L, "Li Na", 2L, "Dr Chen"));
    }

    private static AuditEvent event(Long userId, String username, String action, String type, String id, String before, String after) {
        return new AuditEvent(12, AT, userId, username, action, type, id, before, after, null, null, "0", "0");
    }

    @Test
    @DisplayName("a session step reads as its phrase with the state change in words, not state=PRE_DOSE_CHECKS_DONE")
    void sessionStep() {
        AuditEvent e = event(4L, "nurse.li", "SESSION_CHECKLIST_COMPLETED", "session", "7", "state=CHECKED_IN",
                "state=PRE_DOSE_CHECKS_DONE; at=2026-12-07T22:10:00Z; alarms resolved=[]");
        AuditWords en = words(Locale.ENGLISH);

        assertThat(en.who(e)).isEqualTo("Li Na (nurse.li)");
        assertThat(en.action(e)).isEqualTo("Pre-dose checklist completed");
        assertThat(en.record(e)).isEqualTo("Session 7");
        assertThat(en.changes(e)).containsExactly("State: Checked in → Pre-dose checks done", "At: 7 Dec 2026 22:10",
                "Alarms resolved: (none)");
        assertThat(String.join(" ", en.changes(e))).doesNotContain("PRE_DOSE", "CHECKED_IN", "T22:10");
    }

    @Test
    @DisplayName("the week-4 review reads 'Decision: Continue as planned', not decision=Continue[]")
    void review() {
        AuditEvent e = event(2L, "drchen", "COURSE_REVIEWED", "course", "3", null, "decision=Continue[]; on=2026-12-07");
        assertThat(words(Locale.ENGLISH).changes(e)).containsExactly("Decision: Continue as planned", "On: 7 Dec 2026");
        AuditEvent change = event(2L, "drchen", "COURSE_REVIEWED", "course", "3", null, "decision=Change[frequency=TWICE_WEEKLY]; on=2026-12-07");
        assertThat(words(Locale.ENGLISH).changes(change)).first().isEqualTo("Decision: Change the frequency (Twice weekly)");
    }

    @Test
    @DisplayName("an event about an account names the person, not 'user 4'")
    void userRecord() {
        AuditEvent e = event(1L, "admin", "USER_ROLES_CHANGED", "user", "4", "roles=[NURSE]", "roles=[NURSE, MANAGER]");
        AuditWords en = words(Locale.ENGLISH);
        assertThat(en.record(e)).isEqualTo("User: Li Na");
        assertThat(en.changes(e)).containsExactly("Roles: Nurse → Nurse, Manager");
    }

    @Test
    @DisplayName("简体中文: the same entries in Chinese, with no English internal names left")
    void chinese() {
        AuditWords zh = words(Messages.CHINESE);
        AuditEvent step = event(4L, "nurse.li", "SESSION_CHECKLIST_COMPLETED", "session", "7", "state=CHECKED_IN",
                "state=PRE_DOSE_CHECKS_DONE; at=2026-12-07T22:10:00Z");
        AuditEvent review = event(2L, "drchen", "COURSE_REVIEWED", "course", "3", null, "decision=Continue[]; on=2026-12-07");
        String all = zh.action(step) + zh.record(step) + String.join("", zh.changes(step)) + zh.action(review) + String.join("", zh.changes(review));
        assertThat(all).doesNotContainPattern("[A-Za-z]{3,}");
        assertThat(zh.changes(review)).first().asString().startsWith("决定：");
    }

    @Test
    @DisplayName("events with no account say who wrote them: the command line, Vigil's scheduler")
    void noAccount() {
        AuditWords en = words(Locale.ENGLISH);
        assertThat(en.who(event(null, "cli:root", "BACKUP_CREATED", "backup", null, null, "x"))).isEqualTo("Command line (root)");
        assertThat(en.who(event(null, "vigil:schedule", "BACKUP_MISSED", "backup", null, null, "x"))).isEqualTo("Vigil (schedule)");
        assertThat(en.action(event(null, null, "SOMETHING_NEW", null, null, null, null))).isEqualTo("Other action (SOMETHING_NEW)");
    }
}
