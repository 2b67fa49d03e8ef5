package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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
import org.vigil.store.PrivateFiles;
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
        assertThat(run.out()).contains("INTACT. Chain head 5:").contains("Audit events checked: 5 (head 5)")
                .contains("Records checked against their audit events: ");
    }

    @Test
    @DisplayName("SIG-4 verify holds the chain to a head printed on a report; a malformed head is one line, exit 2")
    void verifyPrintedHead() throws Exception {
        clinicWithNurse();
        String head;
        try (RawDatabase raw = RawDatabase.open(dataDir)) {
            head = raw.rows("SELECT seq, hash FROM audit_event WHERE seq = 3").stream().map(r -> r.get(0) + ":" + r.get(1)).findFirst().orElseThrow();
        }
        assertThat(vigil("verify", "--head", head).exit()).isZero();
        Cli.Run other = vigil("verify", "--head", "3:" + "ab".repeat(32));
        assertThat(other.exit()).isEqualTo(VigilCommand.FAILED);
        assertThat(other.err()).contains("BROKEN at event 3: the chain differs from a recorded checkpoint (rewritten)");
        Cli.Run malformed = vigil("verify", "--head", "3:xyz");
        assertThat(malformed.exit()).isEqualTo(2);
        assertThat(malformed.err().strip()).startsWith("--head 3:xyz is not a chain head").doesNotContain("Exception").doesNotContain("\n");
    }

    @Test
    @DisplayName("SIG-4 a dropped trigger fails verify with the repair named; verify --repair puts it back and records who did")
    void verifyRepair() throws Exception {
        clinicWithNurse();
        try (RawDatabase raw = RawDatabase.open(dataDir).withoutAppendOnlyTrigger()) {
            assertThat(raw.auditHead()).isEqualTo(5);
        }
        Cli.Run broken = vigil("verify");
        assertThat(broken.exit()).isEqualTo(VigilCommand.FAILED);
        assertThat(broken.err()).contains("Audit trail: the protection \"audit_event_append_only\" is missing")
                .contains("vigil verify --repair");
        Cli.Run repaired = vigil("verify", "--repair");
        assertThat(repaired.exit()).isZero();
        assertThat(repaired.out()).contains("INTACT. Chain head 6:");
        try (RawDatabase raw = RawDatabase.open(dataDir)) {
            assertThat(raw.rows("SELECT action, old_value FROM audit_event WHERE seq = 6").getFirst())
                    .containsExactly("PROTECTIONS_REPAIRED", "audit_event:audit_event_append_only");
        }
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

    private Path secretFile(String name, String text) throws Exception {
        Path file = root.resolve(name);
        PrivateFiles.write(file, text + "\n");
        return file;
    }

    /** SETUP-2 as a script sets it: the administrator's password and the passphrase from private files. */
    private Cli.Run setPassphrase(String passphrase) throws Exception {
        return vigil("backup", "--set-passphrase", "--admin", TestClinic.ADMIN,
                "--admin-password-file", secretFile("admin-password", TestClinic.ADMIN_PASSWORD).toString(),
                "--passphrase-file", secretFile("passphrase", passphrase).toString());
    }

    @Test
    @DisplayName("SETUP-2 backup --set-passphrase needs an administrator's password, refuses a public file, and says there is no recovery")
    void setPassphrase() throws Exception {
        clinicWithNurse();
        assertThat(vigil("backup", "--set-passphrase").exit()).isEqualTo(2);
        Path open = Files.writeString(root.resolve("open-passphrase"), "lantern over the harbour wall\n");
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rw-r--r--"));
        Cli.Run publicFile = vigil("backup", "--set-passphrase", "--admin", "admin", "--admin-password-file",
                secretFile("pw", TestClinic.ADMIN_PASSWORD).toString(), "--passphrase-file", open.toString());
        assertThat(publicFile.exit()).isEqualTo(VigilCommand.FAILED);
        assertThat(publicFile.err().strip()).contains("can be read by other users").doesNotContain("\n");
        Cli.Run wrongAdmin = vigil("backup", "--set-passphrase", "--admin", "admin", "--admin-password-file",
                secretFile("pw2", "not the admin password").toString(), "--passphrase-file", secretFile("p2", "lantern over the harbour wall").toString());
        assertThat(wrongAdmin.exit()).isEqualTo(VigilCommand.FAILED);
        assertThat(wrongAdmin.err()).contains("was not accepted");
        Cli.Run tooShort = setPassphrase("harbour");
        assertThat(tooShort.exit()).isEqualTo(VigilCommand.FAILED);
        assertThat(tooShort.err()).contains("at least 15 characters");
        Cli.Run set = setPassphrase("lantern over the harbour wall");
        assertThat(set.exit()).isZero();
        assertThat(set.out()).contains("Backup passphrase set").contains("Nobody can recover it");
        assertThat(setPassphrase("a quieter harbour at dusk").out()).contains("Backup passphrase changed");
    }

    @Test
    @DisplayName("SIG-4 SETUP-2 backup --to writes a private, verified backup and prints the chain head; refused before the passphrase is set")
    void backup() throws Exception {
        clinicWithNurse();
        Path file = root.resolve("backups/monday.vigil-backup");
        Cli.Run none = vigil("backup", "--to", file.toString());
        assertThat(none.exit()).isEqualTo(VigilCommand.FAILED);
        assertThat(none.err()).contains("no backup passphrase yet").contains("--set-passphrase");
        assertThat(setPassphrase("lantern over the harbour wall").exit()).isZero();
        Cli.Run run = vigil("backup", "--to", file.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Backup written and verified").contains(TestClinic.CLINIC)
                .contains("Audit chain head in this backup: 7:");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    @DisplayName("SETUP-2 backup --to /proc/x.zip, a folder, or the live database: one sentence, exit 1, the database untouched")
    void backupToBadTargets() throws Exception {
        clinicWithNurse();
        setPassphrase("lantern over the harbour wall");
        for (String target : List.of("/proc/x.zip", root.toString(), dataDir.resolve("vigil.mv.db").toString())) {
            Cli.Run run = vigil("backup", "--to", target);
            assertThat(run.exit()).as(target).isEqualTo(VigilCommand.FAILED);
            assertThat(run.err().strip()).as(target).startsWith("No backup was written").doesNotContain("\n").doesNotContain("Exception");
        }
        // Still the clinic's file, not a backup written over it (issue 14: the zip replaced the database and reported success).
        assertThat(new String(Files.readAllBytes(dataDir.resolve("vigil.mv.db")), 0, 9, java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo("H2encrypt");
        assertThat(vigil("verify").exit()).isZero();
    }

    @Test
    @DisplayName("SETUP-2 restore FILE with the passphrase puts a backup into a new folder, which then verifies intact")
    void restore() throws Exception {
        clinicWithNurse();
        setPassphrase("lantern over the harbour wall");
        Path file = root.resolve("monday.vigil-backup");
        assertThat(vigil("backup", "--to", file.toString()).exit()).isZero();
        dataDir = root.resolve("new-workstation");
        Cli.Run wrong = vigil("restore", file.toString(), "--passphrase-file", secretFile("wrong", "lantern over the harbour walk").toString());
        assertThat(wrong.exit()).isEqualTo(VigilCommand.FAILED);
        assertThat(wrong.err()).contains("the passphrase does not open this backup");
        Cli.Run run = vigil("restore", file.toString(), "--passphrase-file", root.resolve("passphrase").toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Restored the backup of " + TestClinic.CLINIC);
        assertThat(vigil("verify").exit()).isZero();
    }

    @Test
    @DisplayName("DB-1 restore while the window has the folder open exits 3 and changes nothing")
    void restoreWhileOpen() throws Exception {
        clinicWithNurse();
        setPassphrase("lantern over the harbour wall");
        Path file = root.resolve("monday.vigil-backup");
        assertThat(vigil("backup", "--to", file.toString()).exit()).isZero();
        try (TestClinic running = TestClinic.reopened(dataDir)) {
            Cli.Run run = vigil("restore", file.toString(), "--passphrase-file", root.resolve("passphrase").toString());
            assertThat(run.exit()).isEqualTo(VigilCommand.IN_USE);
            assertThat(run.err()).contains("Close it first");
        }
        try (var files = Files.list(dataDir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("replaced"));
        }
    }

    @Test
    @DisplayName("SIG-4 restore of a file that is not a backup exits 1 with the reason and restores nothing")
    void restoreDamaged() throws Exception {
        Path file = Files.writeString(root.resolve("monday.zip"), "not a backup");
        Cli.Run run = vigil("restore", file.toString(), "--passphrase-file", secretFile("p", "lantern over the harbour wall").toString());
        assertThat(run.exit()).isEqualTo(VigilCommand.FAILED);
        assertThat(run.err()).contains("Refused: the file is not a Vigil backup.");
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
