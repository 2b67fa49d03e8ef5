package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.domain.Actor;
import org.vigil.domain.Role;
import org.vigil.service.TestClinic;
import org.vigil.store.BackupArchive;
import org.vigil.store.RawDatabase;
import org.vigil.testing.MutableClock;
import org.vigil.testing.Stockroom;

@DisplayName("The vigil command line")
class VigilCommandTest {

    @TempDir
    Path root;
    private Path dataDir;
    private final MutableClock clock = new MutableClock(TestClinic.MORNING);
    private Locale machineLocale;

    @BeforeEach
    void englishMachine() {
        machineLocale = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        dataDir = root.resolve("clinic");
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(machineLocale);
    }

    private void clinicWithNurse() {
        try (TestClinic clinic = TestClinic.setUp(dataDir)) {
            clinic.services().users().create(clinic.admin(), "nurse.li", "Li Na", Set.of(Role.NURSE), false).value();
        }
    }

    private Cli.Run vigil(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data-dir", dataDir.toString()));
        return Cli.run(clock, all.toArray(String[]::new));
    }

    @Test
    @DisplayName("SIG-4 verify exits 0 and prints INTACT with the chain head when nothing was touched")
    void verifyIntact() {
        clinicWithNurse();
        Cli.Run run = vigil("verify");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("INTACT. Chain head 4:").contains("Audit events checked: 4 (head 4)");
    }

    @Test
    @DisplayName("SIG-4 verify exits 1 and names the first bad event when an event was edited")
    void verifyBroken() throws Exception {
        clinicWithNurse();
        try (RawDatabase raw = RawDatabase.open(dataDir).withoutAppendOnlyTrigger()) {
            raw.update("UPDATE audit_event SET username = 'someone else' WHERE seq = 3");
        }
        Cli.Run run = vigil("verify");
        assertThat(run.exit()).isEqualTo(VigilCommand.FAILED);
        assertThat(run.err()).contains("BROKEN at event 3: the event’s content was changed after it was written");
    }

    @Test
    @DisplayName("SIG-3 verify exits 1 and names the register entry whose content changed after it was signed")
    void verifyNamesTamperedRegisterEntry() throws Exception {
        try (TestClinic clinic = TestClinic.setUp(dataDir)) {
            Actor nurse = clinic.person("nurse.li", "the trolley squeaks on the left", Role.NURSE);
            Actor other = clinic.person("nurse.wang", "the second nurse counts twice", Role.NURSE);
            Stockroom.nasal(clinic.services(), nurse, other, "the second nurse counts twice", LocalDate.of(2026, 1, 5), "LOT-A1");
        }
        assertThat(vigil("verify").out()).contains("Register signatures checked: 2");
        try (RawDatabase raw = RawDatabase.open(dataDir)) {
            raw.update("DROP TRIGGER register_entry_append_only");
            raw.update("UPDATE register_entry SET units = 90");
        }
        Cli.Run run = vigil("verify");
        assertThat(run.exit()).isEqualTo(VigilCommand.FAILED);
        assertThat(run.err()).contains("Register entry 1: the signature \"Received\"").contains("Register entry 1: the signature \"Witnessed\"");
    }

    @Test
    @DisplayName("DB-1 a command on a folder Vigil has open exits 3")
    void inUse() {
        try (TestClinic running = TestClinic.setUp(dataDir)) {
            Cli.Run run = vigil("verify");
            assertThat(run.exit()).isEqualTo(VigilCommand.IN_USE);
            assertThat(run.err()).contains("Another copy of Vigil is using");
        }
    }

    @Test
    @DisplayName("a command on a folder with no database exits 4 and creates nothing there")
    void noDatabase() {
        for (String[] command : List.of(new String[] {"verify"}, new String[] {"users", "list"},
                new String[] {"backup", "--to", root.resolve("b.zip").toString()})) {
            Cli.Run run = vigil(command);
            assertThat(run.exit()).as(String.join(" ", command)).isEqualTo(VigilCommand.DAMAGED);
            assertThat(run.err()).contains("There is no Vigil database in");
        }
        assertThat(dataDir).doesNotExist();
        assertThat(root.resolve("b.zip")).doesNotExist();
    }

    @Test
    @DisplayName("a command on a damaged database exits 4 and leaves the file alone")
    void damaged() throws Exception {
        clinicWithNurse();
        byte[] garbage = "this is not a database".repeat(500).getBytes();
        Files.write(dataDir.resolve("vigil.mv.db"), garbage);
        Cli.Run run = vigil("verify");
        assertThat(run.exit()).isEqualTo(VigilCommand.DAMAGED);
        assertThat(run.err()).contains("is damaged", "left exactly as it was", "vigil restore");
        assertThat(Files.readAllBytes(dataDir.resolve("vigil.mv.db"))).isEqualTo(garbage);
    }

    @Test
    @DisplayName("SIG-4 backup --to writes a verified backup and prints the chain head it carries")
    void backup() {
        clinicWithNurse();
        Path file = root.resolve("backups/monday.zip");
        Cli.Run run = vigil("backup", "--to", file.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Backup written and verified").contains(TestClinic.CLINIC)
                .contains("Audit chain head in this backup: 4:");
        assertThat(BackupArchive.readVerified(file).auditHeadSeq()).isEqualTo(4);
    }

    @Test
    @DisplayName("SIG-4 restore FILE puts a backup into a new folder, which then verifies intact")
    void restore() {
        clinicWithNurse();
        Path file = root.resolve("monday.zip");
        assertThat(vigil("backup", "--to", file.toString()).exit()).isZero();
        dataDir = root.resolve("new-workstation");
        Cli.Run run = vigil("restore", file.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Restored the backup of " + TestClinic.CLINIC);
        assertThat(vigil("verify").exit()).isZero();
    }

    @Test
    @DisplayName("SIG-4 restore of a damaged file exits 1 with the reason and restores nothing")
    void restoreDamaged() throws Exception {
        Path file = Files.writeString(root.resolve("monday.zip"), "not a backup");
        Cli.Run run = vigil("restore", file.toString());
        assertThat(run.exit()).isEqualTo(VigilCommand.FAILED);
        assertThat(run.err()).contains("Refused: the file is not a readable Vigil backup.");
        assertThat(dataDir.resolve("vigil.mv.db")).doesNotExist();
    }

    @Test
    @DisplayName("users list shows every account with roles and state")
    void usersList() {
        clinicWithNurse();
        Cli.Run run = vigil("users", "list");
        assertThat(run.exit()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.getFirst()).contains("User name").contains("Roles").contains("State");
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("admin").contains("[ADMIN]").contains("Active"));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("nurse.li").contains("Li Na").contains("[NURSE]")
                .contains("Awaiting own password"));
    }

    @Test
    @DisplayName("--version names Vigil and the Java runtime")
    void version() {
        Cli.Run run = Cli.run(clock, "--version");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("Vigil ").doesNotContain("${").contains("Java " + Runtime.version().feature());
    }

    @Test
    @DisplayName("no command opens the window on the resolved folder; --demo uses demo/ inside it")
    void noCommandOpensWindow() {
        List<Object> opened = new ArrayList<>();
        int exit = Cli.run(clock, (dir, demo, language) -> {
            opened.addAll(List.of(dir, demo, language));
            return 7;
        }, "--data-dir", dataDir.toString(), "--demo", "--lang", "zh").exit();
        assertThat(exit).isEqualTo(7);
        assertThat(opened).containsExactly(dataDir.resolve("demo").toAbsolutePath(), true, Locale.SIMPLIFIED_CHINESE);
    }
}
