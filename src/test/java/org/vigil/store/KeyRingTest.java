package org.vigil.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyRingTest {

    @TempDir
    Path temp;

    @Test
    void secretsAreKeptOutsideTheDataFolderAndReadableByTheOwnerOnly() throws Exception {
        KeyRing ring = KeyRing.at(temp.resolve("keys"));
        Path dataDir = temp.resolve("data");
        FolderSecrets made = ring.create(dataDir, 1);

        assertThat(KeyRing.folderIdOf(dataDir)).contains(made.folderId());
        FolderSecrets found = ring.find(made.folderId()).orElseThrow();
        assertThat(found.fileKey()).isEqualTo(made.fileKey());
        assertThat(found.databasePassword()).isEqualTo(made.databasePassword()).isNotEmpty();
        assertThat(found.chainKey()).isEqualTo(made.chainKey()).hasSize(32);
        assertThat(found.chainKeyedFrom()).isEqualTo(1);

        // Nothing secret in the data folder: only the ID.
        try (var files = Files.list(dataDir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(KeyRing.FOLDER_ID_FILE);
        }
        assertThat(Files.readString(dataDir.resolve(KeyRing.FOLDER_ID_FILE))).doesNotContain(made.fileKey());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(ring.location()))).isEqualTo("rwx------");
        try (var files = Files.list(ring.location())) {
            for (Path key : files.toList()) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
            }
        }
        assertThat(made.toString()).doesNotContain(made.fileKey()).doesNotContain(made.databasePassword());
    }

    @Test
    void secretsFromARestoreAreKeptButNeverReplaceOthersUnderTheSameId() {
        KeyRing here = KeyRing.at(temp.resolve("here"));
        FolderSecrets made = here.create(temp.resolve("data"), 1);
        KeyRing newMachine = KeyRing.at(temp.resolve("there"));

        newMachine.install(made);
        newMachine.install(made);

        assertThat(newMachine.find(made.folderId()).orElseThrow().fileKey()).isEqualTo(made.fileKey());
        FolderSecrets other = new FolderSecrets(made.folderId(), "00", "11", new byte[32], 1);
        assertThatThrownBy(() -> newMachine.install(other)).isInstanceOf(StoreException.class);
        assertThat(newMachine.find(made.folderId()).orElseThrow().fileKey()).isEqualTo(made.fileKey());
    }

    @Test
    void aFolderIdThatIsNotOneIsRefusedRatherThanUsedAsAPath() throws Exception {
        Path dataDir = temp.resolve("data");
        Files.createDirectories(dataDir);
        Files.writeString(dataDir.resolve(KeyRing.FOLDER_ID_FILE), "../../etc/passwd");
        assertThatThrownBy(() -> KeyRing.folderIdOf(dataDir)).isInstanceOf(StoreException.class);
    }

    @Test
    void theKeyRingLivesInTheUsersConfigurationAreaUnlessToldOtherwise() {
        assertThat(KeyRing.locate(null, Map.of(), "Linux", "/home/li")).isEqualTo(Path.of("/home/li/.config/vigil/keys"));
        assertThat(KeyRing.locate(null, Map.of("XDG_CONFIG_HOME", "/cfg"), "Linux", "/home/li")).isEqualTo(Path.of("/cfg/vigil/keys"));
        assertThat(KeyRing.locate(null, Map.of("VIGIL_KEYS", "/vol/keys"), "Linux", "/home/li")).isEqualTo(Path.of("/vol/keys"));
        assertThat(KeyRing.locate("/p", Map.of("VIGIL_KEYS", "/vol/keys"), "Linux", "/home/li")).isEqualTo(Path.of("/p"));
        assertThat(KeyRing.locate(null, Map.of("LOCALAPPDATA", "C:\\Users\\li\\AppData\\Local"), "Windows 11", "C:\\Users\\li").toString())
                .contains("Vigil").endsWith("keys");
    }
}
