package org.vigil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.vigil.cli.VigilCommand;
import org.vigil.ui.VigilApplication;

/**
 * The composition root: the one place that reads the real clock and the environment. Everything
 * else receives them, so tests can run a clinic's morning in milliseconds.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        // Instants are UTC; the zone gives the clinic its local day (what is due today).
        Clock clock = Clock.systemDefaultZone();
        VigilCommand root = new VigilCommand(clock, System.getenv(), (dataDir, demo, language) ->
                VigilApplication.launch(dataDir, demo, language, clock));
        // Logs go to the data folder of the command being run, so set it before any logger exists.
        return VigilCommand.commandLine(root, Main::configureLogging).execute(args);
    }

    /**
     * The log goes to the data folder's logs, unless that cannot be written (a file named as the
     * folder, a read-only folder): then logback.xml's fallback in the temporary folder takes it,
     * rather than the logger printing its own failure in front of the user.
     */
    private static void configureLogging(Path dataDir) {
        Path existing = dataDir;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing != null && Files.isDirectory(existing) && Files.isWritable(existing)) {
            System.setProperty("vigil.logDir", dataDir.resolve("logs").toString());
        }
    }
}
