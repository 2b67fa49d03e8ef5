package org.vigil.store;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Where the secrets of this user's data folders are kept: a folder in the user's own
 * configuration area, readable by that user only (0700/0600 on Linux and macOS, an ACL for the
 * owner alone on Windows), and never inside a data folder. The operating system's login is what
 * protects them; see the README for what that does and does not cover.
 *
 * <p>A data folder names its secrets by the random ID in {@value #FOLDER_ID_FILE}; the ID is not
 * secret.
 */
public final class KeyRing {

    /** The file in a data folder that says which secrets open it. */
    public static final String FOLDER_ID_FILE = "vigil.id";
    /** Overrides the location, for tests and for IT who keep keys on a separate volume. */
    public static final String LOCATION_PROPERTY = "vigil.keys";
    public static final String LOCATION_ENV = "VIGIL_KEYS";

    private static final Pattern FOLDER_ID = Pattern.compile("[0-9a-f-]{36}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path location;

    private KeyRing(Path location) {
        this.location = location.toAbsolutePath().normalize();
    }

    public static KeyRing at(Path location) {
        return new KeyRing(location);
    }

    /** The key ring of the user running Vigil: the system property, else VIGIL_KEYS, else the platform's place. */
    public static KeyRing forThisUser() {
        return new KeyRing(locate(System.getProperty(LOCATION_PROPERTY), System.getenv(), System.getProperty("os.name"),
                System.getProperty("user.home")));
    }

    static Path locate(String property, Map<String, String> env, String osName, String userHome) {
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        if (env.containsKey(LOCATION_ENV) && !env.get(LOCATION_ENV).isBlank()) {
            return Path.of(env.get(LOCATION_ENV));
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            // Local, not Roaming: keys must not follow the user to other machines through a profile share.
            String local = env.getOrDefault("LOCALAPPDATA", userHome + "\\AppData\\Local");
            return Path.of(local, "Vigil", "keys");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "Vigil Keys");
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".config")).resolve("vigil").resolve("keys");
    }

    public Path location() {
        return location;
    }

    /** The ID a data folder carries, if it has one. */
    public static Optional<String> folderIdOf(Path dataDir) {
        Path file = dataDir.resolve(FOLDER_ID_FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            String id = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (!FOLDER_ID.matcher(id).matches()) {
                throw new StoreException("The data folder's " + FOLDER_ID_FILE + " is not a Vigil folder ID: " + file, null);
            }
            return Optional.of(id);
        } catch (IOException e) {
            throw new StoreException("Cannot read " + file, e);
        }
    }

    /** The secrets of a folder ID, if this user's key ring holds them. */
    public Optional<FolderSecrets> find(String folderId) {
        Path file = fileOf(folderId);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            Properties p = new Properties();
            p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
            return Optional.of(new FolderSecrets(folderId, p.getProperty("fileKey"), p.getProperty("databasePassword"),
                    HexFormat.of().parseHex(p.getProperty("chainKey")), Long.parseLong(p.getProperty("chainKeyedFrom"))));
        } catch (IOException | RuntimeException e) {
            throw new StoreException("Cannot read the data folder's key " + file, e);
        }
    }

    /**
     * New secrets for a data folder that has none: a new folder ID written into the folder, and
     * its secrets into the key ring. The key ring is written first, so a folder never names secrets
     * that were not kept.
     */
    public FolderSecrets create(Path dataDir, long chainKeyedFrom) {
        FolderSecrets secrets = generate(chainKeyedFrom);
        String folderId = secrets.folderId();
        install(secrets);
        try {
            Files.createDirectories(dataDir);
            PrivateFiles.write(dataDir.resolve(FOLDER_ID_FILE), folderId + "\n");
        } catch (IOException e) {
            throw new StoreException("Cannot write " + dataDir.resolve(FOLDER_ID_FILE), e);
        }
        return secrets;
    }

    /**
     * New random secrets under a new folder ID, kept nowhere yet: for a conversion that must
     * finish its encrypted copy before the key ring and the folder name it ({@link #install},
     * {@link #nameFolder}).
     */
    public static FolderSecrets generate(long chainKeyedFrom) {
        return new FolderSecrets(UUID.randomUUID().toString(), randomHex(32), randomHex(24), randomBytes(32), chainKeyedFrom);
    }

    /**
     * Every secret this key ring holds, the most recently kept first: for a database file that
     * arrived without its folder's {@value #FOLDER_ID_FILE} (a backup's copy unpacked into a work
     * folder), whose key can only be found by trying.
     */
    public java.util.List<FolderSecrets> all() {
        if (!Files.isDirectory(location)) {
            return java.util.List.of();
        }
        try (java.util.stream.Stream<Path> files = Files.list(location)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".key"))
                    .sorted(java.util.Comparator.comparing(KeyRing::modified).reversed())
                    .map(f -> f.getFileName().toString().replace(".key", ""))
                    .filter(id -> FOLDER_ID.matcher(id).matches())
                    .map(this::find).flatMap(Optional::stream).toList();
        } catch (IOException e) {
            throw new StoreException("Cannot list the key ring in " + location, e);
        }
    }

    private static java.nio.file.attribute.FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return java.nio.file.attribute.FileTime.fromMillis(0);
        }
    }

    /**
     * Keeps secrets that came from elsewhere (a restore on a new workstation). Refuses to replace
     * different secrets under the same ID: that would lock the folder they belong to.
     */
    public void install(FolderSecrets secrets) {
        Optional<FolderSecrets> existing = find(secrets.folderId());
        if (existing.isPresent()) {
            if (!sameSecrets(existing.get(), secrets)) {
                throw new StoreException("The key ring already holds other secrets for folder " + secrets.folderId(), null);
            }
            return;
        }
        Properties p = new Properties();
        p.setProperty("fileKey", secrets.fileKey());
        p.setProperty("databasePassword", secrets.databasePassword());
        p.setProperty("chainKey", FolderSecrets.hex(secrets.chainKey()));
        p.setProperty("chainKeyedFrom", Long.toString(secrets.chainKeyedFrom()));
        StringWriter text = new StringWriter();
        try {
            p.store(text, "Vigil data folder " + secrets.folderId() + ": keep private; without it the folder cannot be opened");
            PrivateFiles.createFolder(location);
            PrivateFiles.write(fileOf(secrets.folderId()), text.toString());
        } catch (IOException e) {
            throw new StoreException("Cannot write the key ring in " + location, e);
        }
    }

    /** Writes the folder ID into a data folder restored on a workstation whose key ring has just received its secrets. */
    public static void nameFolder(Path dataDir, String folderId) {
        try {
            PrivateFiles.write(dataDir.resolve(FOLDER_ID_FILE), folderId + "\n");
        } catch (IOException e) {
            throw new StoreException("Cannot write " + dataDir.resolve(FOLDER_ID_FILE), e);
        }
    }

    /**
     * Keeps a clinic's backup key (derived from its backup passphrase) as the one new backups are
     * written with. Keys of earlier passphrases stay, so {@code verify} still reads the chain
     * heads of older backups. Named by the clinic's installation ID, not the folder ID: the
     * passphrase belongs to the clinic, and a clinic restored into a new folder keeps it.
     */
    public void keepBackupKey(String installationId, BackupKey key) {
        Properties p = backupKeyFile(installationId);
        p.setProperty("key." + key.saltHex(), key.memoryKib() + "," + key.iterations() + "," + key.parallelism() + ","
                + FolderSecrets.hex(key.key()));
        p.setProperty("current", key.saltHex());
        storeBackupKeyFile(installationId, p);
    }

    /**
     * Remembers a folder this clinic's backups were written to. Kept here, outside the data
     * folder, because the audit events that also name it are what an attacker who cuts the chain
     * short removes: verify must still find the backups whose heads contradict the cut chain.
     */
    public void rememberBackupFolder(String installationId, Path folder) {
        Properties p = backupKeyFile(installationId);
        String value = folder.toAbsolutePath().normalize().toString();
        if (p.stringPropertyNames().stream().anyMatch(n -> n.startsWith("folder.") && p.getProperty(n).equals(value))) {
            return;
        }
        int n = 0;
        while (p.containsKey("folder." + n)) {
            n++;
        }
        p.setProperty("folder." + n, value);
        storeBackupKeyFile(installationId, p);
    }

    private void storeBackupKeyFile(String installationId, Properties p) {
        StringWriter text = new StringWriter();
        try {
            p.store(text, "Vigil backup keys of installation " + installationId + ": keep private");
            PrivateFiles.createFolder(location);
            PrivateFiles.write(backupKeyPath(installationId), text.toString());
        } catch (IOException e) {
            throw new StoreException("Cannot write the key ring in " + location, e);
        }
    }

    /** The folders this clinic's backups were written to from this workstation. */
    public java.util.List<Path> backupFolders(String installationId) {
        Properties p = backupKeyFile(installationId);
        return p.stringPropertyNames().stream().filter(n -> n.startsWith("folder.")).sorted().map(n -> Path.of(p.getProperty(n))).toList();
    }

    /** The key new backups of this clinic are written with, if a passphrase was set on this workstation (or restored here). */
    public Optional<BackupKey> backupKey(String installationId) {
        Properties p = backupKeyFile(installationId);
        String current = p.getProperty("current");
        return current == null ? Optional.empty() : backupKeys(installationId).stream().filter(k -> k.saltHex().equals(current)).findFirst();
    }

    /** Every backup key this key ring holds for the clinic, the current one and those of earlier passphrases. */
    public java.util.List<BackupKey> backupKeys(String installationId) {
        Properties p = backupKeyFile(installationId);
        java.util.List<BackupKey> keys = new java.util.ArrayList<>();
        for (String name : p.stringPropertyNames()) {
            if (!name.startsWith("key.")) {
                continue;
            }
            String[] v = p.getProperty(name).split(",");
            try {
                keys.add(new BackupKey(HexFormat.of().parseHex(name.substring(4)), Integer.parseInt(v[0]), Integer.parseInt(v[1]),
                        Integer.parseInt(v[2]), HexFormat.of().parseHex(v[3])));
            } catch (RuntimeException e) {
                throw new StoreException("The key ring's backup key " + name + " is damaged in " + backupKeyPath(installationId), e);
            }
        }
        return keys;
    }

    private Properties backupKeyFile(String installationId) {
        Path file = backupKeyPath(installationId);
        Properties p = new Properties();
        if (Files.exists(file)) {
            try {
                p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new StoreException("Cannot read the backup keys " + file, e);
            }
        }
        return p;
    }

    private Path backupKeyPath(String installationId) {
        if (!FOLDER_ID.matcher(installationId).matches()) {
            throw new IllegalArgumentException("not an installation ID: " + installationId);
        }
        return location.resolve(installationId + ".backup-keys");
    }

    private static boolean sameSecrets(FolderSecrets a, FolderSecrets b) {
        return a.fileKey().equals(b.fileKey()) && a.databasePassword().equals(b.databasePassword())
                && java.security.MessageDigest.isEqual(a.chainKey(), b.chainKey()) && a.chainKeyedFrom() == b.chainKeyedFrom();
    }

    private Path fileOf(String folderId) {
        if (!FOLDER_ID.matcher(folderId).matches()) {
            throw new IllegalArgumentException("not a folder ID: " + folderId);
        }
        return location.resolve(folderId + ".key");
    }

    private static String randomHex(int bytes) {
        return FolderSecrets.hex(randomBytes(bytes));
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
