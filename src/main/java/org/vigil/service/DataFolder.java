package org.vigil.service;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

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
