package org.vigil.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Backup keys in the key ring")
class BackupKeyTest {

    private static final String INSTALLATION = "0c9a4a52-7a43-4b8e-9a3e-2f1b8d6c5e40";

    @TempDir
    Path temp;

    @Test
    @DisplayName("SETUP-2 the same passphrase and salt give the same key, however the passphrase was typed (NFKC); another gives another")
    void derivation() {
        byte[] salt = new byte[16];
        BackupKey a = BackupKey.derive("ｌａｎｔｅｒｎ over the harbour wall".toCharArray(), salt, 8, 1, 1);
        BackupKey b = BackupKey.derive("lantern over the harbour wall".toCharArray(), salt, 8, 1, 1);
        BackupKey c = BackupKey.derive("lantern over the harbour walk".toCharArray(), salt, 8, 1, 1);
        assertThat(a).isEqualTo(b);
        assertThat(a.check()).isEqualTo(b.check()).isNotEqualTo(c.check());
        assertThat(a.toString()).doesNotContain(FolderSecrets.hex(a.key()));
    }

    @Test
    @DisplayName("SETUP-2 the key ring keeps each passphrase's key (0600), the newest as current, and the folders backups went to")
    void keptInTheKeyRing() throws Exception {
        KeyRing ring = KeyRing.at(temp.resolve("keys"));
        assertThat(ring.backupKey(INSTALLATION)).isEmpty();
        BackupKey first = BackupKey.derive("first passphrase of the clinic".toCharArray(), new byte[16], 8, 1, 1);
        BackupKey second = BackupKey.derive("second passphrase of the clinic".toCharArray(), "another salt 16b".getBytes(), 8, 1, 1);
        ring.keepBackupKey(INSTALLATION, first);
        ring.keepBackupKey(INSTALLATION, second);
        assertThat(ring.backupKey(INSTALLATION)).contains(second);
        assertThat(ring.backupKeys(INSTALLATION)).containsExactlyInAnyOrder(first, second);
        ring.rememberBackupFolder(INSTALLATION, temp.resolve("usb"));
        ring.rememberBackupFolder(INSTALLATION, temp.resolve("usb"));
        ring.rememberBackupFolder(INSTALLATION, temp.resolve("share"));
        assertThat(ring.backupFolders(INSTALLATION)).containsExactly(temp.resolve("usb"), temp.resolve("share"));
        Path file = temp.resolve("keys").resolve(INSTALLATION + ".backup-keys");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readString(file)).doesNotContain("passphrase of the clinic");
    }
}
