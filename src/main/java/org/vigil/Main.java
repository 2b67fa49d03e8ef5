package org.vigil;

import java.nio.file.Path;
import java.time.Clock;
import org.vigil.cli.VigilCommand;
import org.vigil.ui.VigilApplication;
import picocli.CommandLine;

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
        CommandLine commandLine = new CommandLine(root);
        commandLine.setExecutionStrategy(parseResult -> {
            // Logs go to the data folder of the command being run, so set it before any logger exists.
            configureLogging(root.resolvedDataDir());
            return new CommandLine.RunLast().execute(parseResult);
        });
        return commandLine.execute(args);
    }

    private static void configureLogging(Path dataDir) {
        System.setProperty("vigil.logDir", dataDir.resolve("logs").toString());
    }
}
