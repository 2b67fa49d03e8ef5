package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.domain.AuditEvent;
import org.vigil.service.BackupRequests;
import org.vigil.service.TestClinic;

@DisplayName("DB-1 `vigil backup` while a Vigil window has the data folder open")
class BackupRequestsTest {

    @TempDir
    Path root;

    private static TestClinic clinicWithPassphrase(Path dir) {
        TestClinic clinic = TestClinic.setUp(dir);
        char[] passphrase = "lantern over the harbour wall".toCharArray();
        clinic.services().backups().setBackupPassphrase(clinic.admin(), passphrase, passphrase.clone()).value();
        return clinic;
    }

    private Cli.Run backup(TestClinic clinic, Path target) {
        return Cli.run(clinic.clock, "--data-dir", clinic.dir.toString(), "backup", "--to", target.toString());
    }

    @Test
    @DisplayName("the running Vigil takes the backup: exit 0, the same lines as without a window, audited as the command's user")
    void runningVigilTakesIt() throws Exception {
        try (TestClinic clinic = clinicWithPassphrase(root.resolve("clinic"))) {
            Path target = root.resolve("out").resolve("while-open.zip");
            try (BackupRequests requests = BackupRequests.start(clinic.services())) {
                Path file = clinic.dir.resolve(BackupRequests.FILE_NAME);
                assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
                Cli.Run run = backup(clinic, target);
                assertThat(run.err()).isEmpty();
                assertThat(run.exit()).isEqualTo(VigilCommand.OK);
                assertThat(run.out()).contains(target.toAbsolutePath().toString()).contains(TestClinic.CLINIC);
                assertThat(clinic.services().backups().backupsIn(target.getParent())).singleElement()
                        .satisfies(b -> assertThat(b.clinicName()).isEqualTo(TestClinic.CLINIC));
                AuditEvent created = clinic.lastEvent();
                assertThat(created.action()).isEqualTo("BACKUP_CREATED");
                assertThat(created.username()).isEqualTo("cli:" + System.getProperty("user.name"));
            }
            // Closed: the file is gone, and the command says the folder is in use, as before (exit 3).
            assertThat(clinic.dir.resolve(BackupRequests.FILE_NAME)).doesNotExist();
            Cli.Run after = backup(clinic, root.resolve("out").resolve("after.zip"));
            assertThat(after.exit()).isEqualTo(VigilCommand.IN_USE);
            assertThat(root.resolve("out").resolve("after.zip")).doesNotExist();
        }
    }

    @Test
    @DisplayName("a refusal of the running Vigil is printed as one sentence: exit 1")
    void refusalPassedOn() throws Exception {
        try (TestClinic clinic = clinicWithPassphrase(root.resolve("clinic"));
             BackupRequests requests = BackupRequests.start(clinic.services())) {
            Files.writeString(root.resolve("a-file"), "x");
            Cli.Run run = backup(clinic, root.resolve("a-file").resolve("x.zip"));
            assertThat(run.exit()).isEqualTo(VigilCommand.FAILED);
            assertThat(run.err().strip()).startsWith("No backup was written").doesNotContain("\n").doesNotContain("at org.vigil");
            assertThat(clinic.lastEvent().action()).isEqualTo("BACKUP_FAILED");
        }
    }

    @Test
    @DisplayName("a request with the wrong token is refused, audited, and writes no backup")
    void wrongToken() throws Exception {
        try (TestClinic clinic = clinicWithPassphrase(root.resolve("clinic"));
             BackupRequests requests = BackupRequests.start(clinic.services())) {
            Path target = root.resolve("stolen.zip");
            String answer;
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), requests.port())) {
                BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                assertThat(in.readLine()).isEqualTo(BackupRequests.GREETING);
                Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
                out.write("00".repeat(32) + "\nmallory\n" + target + "\n");
                out.flush();
                answer = in.readLine();
            }
            assertThat(answer).startsWith(BackupRequests.REFUSED).contains("backups.request.refused");
            assertThat(target).doesNotExist();
            AuditEvent refused = clinic.lastEvent();
            assertThat(refused.action()).isEqualTo("BACKUP_REQUEST_REFUSED");
            assertThat(refused.username()).isEqualTo("cli:mallory");
            assertThat(refused.reason()).isEqualTo("wrong token");
            // A junk line does not stop the door: the next, proper request is served.
            Cli.Run run = backup(clinic, root.resolve("proper.zip"));
            assertThat(run.exit()).isEqualTo(VigilCommand.OK);
        }
    }

    @Test
    @DisplayName("the port listens on loopback only")
    void loopbackOnly() throws Exception {
        try (TestClinic clinic = clinicWithPassphrase(root.resolve("clinic"));
             BackupRequests requests = BackupRequests.start(clinic.services())) {
            List<String> lines = Files.readAllLines(clinic.dir.resolve(BackupRequests.FILE_NAME));
            assertThat(lines).anyMatch(l -> l.equals("port=" + requests.port())).anyMatch(l -> l.matches("token=[0-9a-f]{64}"));
            assertThat(requests.boundTo().isLoopbackAddress()).isTrue();
        }
    }
}
