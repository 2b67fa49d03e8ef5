package org.vigil.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.domain.Actor;
import org.vigil.domain.Role;
import org.vigil.store.RawDatabase;
import org.vigil.testing.MutableClock;

/**
 * Issue 14, item 1: a data folder closed to other accounts of the computer, and nothing of a
 * patient readable in its files without the key ring.
 */
@DisplayName("The data folder closed to other users")
class DataFolderSecurityTest {

    @TempDir
    Path root;

    private static List<Path> everything(Path dir) throws Exception {
        try (Stream<Path> paths = Files.walk(dir)) {
            return paths.toList();
        }
    }

    private static String permissions(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    @Test
    @DisplayName("the folder is 0700 and every file in it 0600, and no patient's name, phone or ID number is in any file's bytes")
    void closedAndUnreadable() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path dir = root.resolve("clinic");
        try (TestClinic clinic = TestClinic.setUp(dir)) {
            Actor nurse = clinic.person("nurse.li", "the trolley squeaks on the left", Role.NURSE);
            for (PatientForm form : List.of(PatientForm.grace(), PatientForm.david(), PatientForm.zhangWei())) {
                clinic.services().patients().register(nurse, form.patient(), false).value();
            }
        }
        List<String> secrets = List.of("Okafor", "Grace", "+44 20 7946 0001", "7946", "grace.okafor@example.org", "Elm Road",
                "P1234567", "GB-998877", "E12345678", "David Brown", "zhang wei", "张伟");
        for (Path path : everything(dir)) {
            if (Files.isDirectory(path)) {
                assertThat(permissions(path)).as("%s", path).isEqualTo("rwx------");
                continue;
            }
            assertThat(permissions(path)).as("%s", path).isEqualTo("rw-------");
            byte[] bytes = Files.readAllBytes(path);
            for (String secret : secrets) {
                assertThat(contains(bytes, secret.getBytes(StandardCharsets.UTF_8))).as("%s in %s", secret, path).isFalse();
            }
        }
    }

    @Test
    @DisplayName("looser permissions found at start are closed, shown to the administrator and audited once")
    void looserPermissionsTightened() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path dir = root.resolve("clinic");
        TestClinic.setUp(dir).close();
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(dir.resolve("vigil.mv.db"), PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(dir.resolve("audit-checkpoints.txt"), PosixFilePermissions.fromString("rw-rw-rw-"));
        try (TestClinic clinic = TestClinic.reopened(dir)) {
            assertThat(clinic.services().tightenedPermissions()).extracting(t -> dir.relativize(t.path()).toString(), TightenedPermission::found)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("", "rwxr-xr-x"),
                            org.assertj.core.groups.Tuple.tuple("vigil.mv.db", "rw-r--r--"),
                            org.assertj.core.groups.Tuple.tuple("audit-checkpoints.txt", "rw-rw-rw-"));
        }
        assertThat(tightenedEvents(dir)).singleElement().asString().contains("vigil.mv.db rw-r--r--");
        assertThat(permissions(dir)).isEqualTo("rwx------");
        assertThat(permissions(dir.resolve("vigil.mv.db"))).isEqualTo("rw-------");
        try (TestClinic clinic = TestClinic.reopened(dir)) {
            assertThat(clinic.services().tightenedPermissions()).isEmpty();
        }
        assertThat(tightenedEvents(dir)).hasSize(1);
    }

    private static List<String> tightenedEvents(Path dir) throws Exception {
        try (RawDatabase raw = RawDatabase.open(dir)) {
            return raw.column("SELECT old_value FROM audit_event WHERE action = 'DATA_FOLDER_PERMISSIONS_TIGHTENED'");
        }
    }

    @Test
    @DisplayName("a folder copied from another workstation is refused because its key is not here, and left as it was")
    void keyNotOnThisMachine() throws Exception {
        Path dir = root.resolve("clinic");
        TestClinic.setUp(dir).close();
        Files.writeString(dir.resolve("vigil.id"), UUID.randomUUID() + "\n");
        byte[] before = Files.readAllBytes(dir.resolve("vigil.mv.db"));
        assertThatThrownBy(() -> Services.open(dir, new MutableClock(TestClinic.MORNING)))
                .isInstanceOfSatisfying(DataFolderUnavailable.class, e -> {
                    assertThat(e.reason()).isEqualTo(DataFolderUnavailable.Reason.KEY_MISSING);
                    assertThat(e.path()).isEqualTo(dir.resolve("vigil.mv.db"));
                });
        assertThat(Files.readAllBytes(dir.resolve("vigil.mv.db"))).isEqualTo(before);
    }
}
