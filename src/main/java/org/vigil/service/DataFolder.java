package org.vigil.service;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.vigil.store.PrivateFiles;

/**
 * Where a workstation keeps its database, logs and audit checkpoints: the per-user application
 * data folder of the operating system, unless `--data-dir` or VIGIL_HOME says otherwise.
 */
public final class DataFolder {

    private DataFolder() {}

    public static Path resolve(Path explicit, boolean demo, Map<String, String> env, String osName, String userHome) {
        Path base;
        if (explicit != null) {
            base = explicit;
        } else if (env.containsKey("VIGIL_HOME") && !env.get("VIGIL_HOME").isBlank()) {
            base = Path.of(env.get("VIGIL_HOME"));
        } else {
            base = platformDefault(env, osName, userHome);
        }
        // The demo clinic never shares a database with the real one.
        return (demo ? base.resolve("demo") : base).toAbsolutePath().normalize();
    }

    /**
     * The data folder's logs/ folder, made owner-only (with the data folder above it) before the
     * first line is logged, and any log file left open to others closed. Errors name files and
     * record IDs, never a patient's name or ID number, but a log is still the clinic's.
     */
    public static Path privateLogs(Path dataDir) {
        Path logs = dataDir.resolve("logs");
        if (java.nio.file.Files.exists(dataDir) && !java.nio.file.Files.isDirectory(dataDir)) {
            return logs; // Not a folder: the command says so; the log then has nowhere to go.
        }
        try {
            PrivateFiles.createFolder(dataDir);
            PrivateFiles.createFolder(logs);
            try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(logs)) {
                for (Path file : files.filter(java.nio.file.Files::isRegularFile).toList()) {
                    PrivateFiles.restrictToOwner(file, false);
                }
            }
        } catch (java.io.IOException e) {
            // Not fatal here: the opening checks the folder again and reports what it cannot close.
            System.err.println("Cannot make " + logs + " private: " + e.getMessage());
        }
        return logs;
    }

    static Path platformDefault(Map<String, String> env, String osName, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.getOrDefault("APPDATA", userHome + "\\AppData\\Roaming");
            return Path.of(appData, "Vigil");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "Vigil");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "vigil") : Path.of(userHome, ".local", "share", "vigil");
    }
}
