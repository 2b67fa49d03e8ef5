package org.vigil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.ContextInitializer;
import ch.qos.logback.core.joran.spi.JoranException;
import org.slf4j.LoggerFactory;
import org.vigil.cli.VigilCommand;
import org.vigil.service.DataFolder;
import org.vigil.ui.VigilApplication;

/**
 * The composition root: the one place that reads the real clock and the environment. Everything
 * else receives them, so tests can run a clinic's morning in milliseconds.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        // Started as java -jar: the window runs in a second JVM with JavaFX on the module path (WorkstationJvm).
        java.util.OptionalInt restarted = WorkstationJvm.restartForTheWindow(args, opensWindow(args));
        System.exit(restarted.isPresent() ? restarted.getAsInt() : run(args));
    }

    /** The arguments open the window: no command (verify, backup...), no --help or --version, nothing wrong. */
    static boolean opensWindow(String[] args) {
        VigilCommand probe = new VigilCommand(Clock.systemUTC(), System.getenv(), (dataDir, demo, language) -> 0);
        try {
            picocli.CommandLine.ParseResult parsed = new picocli.CommandLine(probe).parseArgs(args);
            return !parsed.hasSubcommand() && !parsed.isUsageHelpRequested() && !parsed.isVersionHelpRequested();
        } catch (picocli.CommandLine.ParameterException e) {
            // A mistake on the command line is reported by run() in this JVM, where it was made.
            return false;
        }
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
     * The log goes to the data folder's own logs/ folder, closed to other accounts, unless that
     * cannot be written (a file named as the folder, a read-only folder): then logback.xml's
     * fallback takes it, rather than the logger printing its own failure in front of the user.
     * Picocli has already built the commands, and a command's static logger started logback with
     * the fallback: so it is started again here.
     */
    private static void configureLogging(Path dataDir) {
        Path existing = dataDir;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing != null && Files.isDirectory(existing) && Files.isWritable(existing)) {
            Path logs = DataFolder.privateLogs(dataDir);
            System.setProperty("vigil.logDir", logs.toString());
            if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
                context.reset();
                try {
                    new ContextInitializer(context).autoConfig();
                } catch (JoranException e) {
                    // Without a log Vigil still runs; the reason goes where a console can see it.
                    System.err.println("Logging could not start in " + logs + ": " + e.getMessage());
                }
            }
        }
    }
}
