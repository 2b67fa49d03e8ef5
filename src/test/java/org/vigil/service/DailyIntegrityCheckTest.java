package org.vigil.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.store.RawDatabase;

/**
 * Issue 16, item 3 (SIG-4): the whole check runs once a day in the running program, on the
 * clinic's clock, and finds what the check at shutdown no longer reads: a change before the last
 * verified head.
 */
@DisplayName("The daily whole check")
class DailyIntegrityCheckTest {

    @TempDir
    Path dir;
    private TestClinic clinic;

    @BeforeEach
    void clinicCheckedThisMorning() {
        clinic = TestClinic.setUp(dir);
        for (String minutes : new String[] {"121", "122", "123"}) {
            clinic.services().settings().change(clinic.admin(), "obs.minimumMinutes", minutes, "protocol review").value();
        }
        // A new folder has never had a whole check: due at once.
        assertThat(clinic.services().dailyCheck().due()).isTrue();
        Optional<Integrity.Report> first = clinic.services().dailyCheck().runIfDue();
        assertThat(first).hasValueSatisfying(report -> assertThat(report.intact()).isTrue());
        clinic.close();
    }

    @AfterEach
    void closeClinic() {
        clinic.close();
    }

    @Test
    @DisplayName("SIG-4 it runs once a day: not again the same day after a restart, again a day later")
    void onceADay() {
        clinic.reopen();
        clinic.clock.advance(Duration.ofHours(23));
        assertThat(clinic.services().dailyCheck().due()).isFalse();
        assertThat(clinic.services().dailyCheck().runIfDue()).isEmpty();
        clinic.clock.advance(Duration.ofHours(1));
        assertThat(clinic.services().dailyCheck().due()).isTrue();
        assertThat(clinic.services().dailyCheck().runIfDue()).isPresent();
        assertThat(clinic.services().dailyCheck().due()).isFalse();
    }

    @Test
    @DisplayName("SIG-4 a change before the verified head, which the check at shutdown does not read, is found by the next daily check")
    void findsWhatShutdownDoesNotRead() throws Exception {
        try (RawDatabase raw = RawDatabase.open(dir).withoutAppendOnlyTrigger()) {
            raw.update("UPDATE audit_event SET reason = 'nothing happened' WHERE seq = 3");
            raw.withAppendOnlyTriggerBack();
        }
        clinic.reopen();
        assertThat(clinic.services().integrity().checkpoint("shutdown").intact()).isTrue();
        clinic.clock.advance(Duration.ofHours(2));
        assertThat(clinic.services().dailyCheck().runIfDue()).as("not due yet").isEmpty();
        clinic.clock.advance(Duration.ofHours(22));
        Integrity.Report report = clinic.services().dailyCheck().runIfDue().orElseThrow();
        assertThat(report.intact()).isFalse();
        assertThat(report.chain().firstBadSeq()).isEqualTo(3);
        assertThat(report.problems()).first().satisfies(p -> assertThat(p.messageKey()).isEqualTo("verify.broken"));
        // Found once, it is looked for at every start until the records are whole again.
        clinic.reopen();
        assertThat(clinic.services().dailyCheck().due()).isTrue();
    }

    @Test
    @DisplayName("SIG-4 its record deleted or written by hand, the check is due at once")
    void alteredRecordMakesItDue() throws Exception {
        clinic.reopen();
        Path record = dir.resolve("integrity-check.txt");
        String line = Files.readString(record);
        Files.writeString(record, line.replace("\tintact\t", "\tintact \t"));
        assertThat(clinic.services().dailyCheck().due()).isTrue();
        Files.delete(record);
        assertThat(clinic.services().dailyCheck().due()).isTrue();
    }

    @Test
    @DisplayName("SIG-4 writes go on while the whole check reads: a setting saved from another thread during the check is not held up")
    void writesGoOnDuringTheCheck() throws Exception {
        clinic.reopen();
        clinic.clock.advance(Duration.ofDays(1));
        java.util.concurrent.atomic.AtomicReference<Optional<Integrity.Report>> result = new java.util.concurrent.atomic.AtomicReference<>();
        Thread check = new Thread(() -> result.set(clinic.services().dailyCheck().runIfDue()), "integrity-check");
        check.start();
        for (String minutes : new String[] {"124", "125", "126", "127"}) {
            clinic.services().settings().change(clinic.admin(), "obs.minimumMinutes", minutes, "protocol review").value();
        }
        check.join(60_000);
        assertThat(result.get()).hasValueSatisfying(report -> assertThat(report.intact()).isTrue());
        assertThat(clinic.services().integrity().verify("after").intact()).isTrue();
    }
}
