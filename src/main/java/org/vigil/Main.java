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
import org.vigil.text.Messages;
import org.vigil.ui.VigilApplication;

/**
 * The composition root: the one place that reads the real clock and the environment. Everything
 * else receives them, so tests can run a clinic's morning in milliseconds.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        boolean window = opensWindow(args);
        // Started as java -jar: the window runs in a second JVM with JavaFX on the module path (WorkstationJvm).
        java.util.OptionalInt restarted = WorkstationJvm.restartForTheWindow(args, window);
        if (restarted.isPresent()) {
            System.exit(restarted.getAsInt());
        }
        java.util.Optional<WindowStart> start = window ? windowStart(args, System.getenv()) : java.util.Optional.empty();
        System.exit(start.isPresent() ? openWindow(start.get()) : run(args));
    }

    /** What the window opens with: the data folder resolved, and the language if one was given. */
    record WindowStart(Path dataDir, boolean demo, java.util.Locale language) {}

    /**
     * The window's start read from arguments {@link #opensWindow} accepted, as VigilCommand reads
     * them; empty when there is something for picocli to explain (an option given twice, a blank
     * or impossible folder name).
     */
    static java.util.Optional<WindowStart> windowStart(String[] args, java.util.Map<String, String> env) {
        java.util.Map<String, String> given = new java.util.HashMap<>();
        for (int i = 0; i < args.length; i++) {
            int equals = args[i].indexOf('=');
            String name = equals > 0 ? args[i].substring(0, equals) : args[i];
            String value = equals > 0 ? args[i].substring(equals + 1) : ROOT_OPTIONS.get(name) ? args[++i] : "true";
            if (given.put(name, value) != null) {
                return java.util.Optional.empty();
            }
        }
        String named = given.get("--data-dir");
        if (named != null && named.isBlank()) {
            return java.util.Optional.empty();
        }
        boolean demo = Boolean.parseBoolean(given.getOrDefault("--demo", "false"));
        String language = given.get("--lang");
        try {
            Path explicit = named == null ? null : Path.of(named);
            Path dataDir = DataFolder.resolve(explicit, demo, env, System.getProperty("os.name"), System.getProperty("user.home"));
            return java.util.Optional.of(new WindowStart(dataDir, demo,
                    language == null ? null : Messages.supported(java.util.Locale.forLanguageTag(language))));
        } catch (java.nio.file.InvalidPathException e) {
            // Picocli refuses the name with a sentence of its own when it parses the arguments.
            return java.util.Optional.empty();
        }
    }

    /**
     * The window opened without picocli (issue 15, item 14). The log is pointed at the data
     * folder before any logger exists, so logback starts once, there.
     */
    private static int openWindow(WindowStart start) {
        pointLogsAt(start.dataDir());
        Clock clock = Clock.systemDefaultZone();
        java.io.PrintWriter err = new java.io.PrintWriter(new java.io.OutputStreamWriter(System.err, System.err.charset()), true);
        return VigilCommand.openWindow((dataDir, demo, language) -> VigilApplication.launch(dataDir, demo, language, clock),
                start.dataDir(), start.demo(), start.language(), err);
    }

    /**
     * VigilCommand's own options, and whether each takes a value; and its commands. Written out
     * rather than read from the annotations, so the JVM that only restarts loads no picocli and no
     * command (WindowArgumentsTest holds them to the annotations).
     */
    static final java.util.Map<String, Boolean> ROOT_OPTIONS = java.util.Map.of("--data-dir", true, "--demo", false, "--lang", true);
    static final java.util.Set<String> COMMANDS = java.util.Set.of("verify", "backup", "restore", "users", "benchmark", "register",
            "export", "report");

    /**
     * The arguments open the window: nothing but the root options ({@code --demo}, {@code --data-dir},
     * {@code --lang}). Anything else (a command, --help, a mistake) runs in this JVM, where picocli
     * answers it. Decided without building the commands: building them started logging and took
     * about 2 s before the window's JVM could start (issue 15, item 14).
     */
    static boolean opensWindow(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            int equals = arg.indexOf('=');
            String name = equals > 0 ? arg.substring(0, equals) : arg;
            Boolean valued = ROOT_OPTIONS.get(name);
            if (valued == null || equals > 0 && !valued && !arg.substring(equals + 1).matches("(?i)true|false")) {
                return false;
            }
            // Picocli refuses an option's value that is a command or an option name: so does this.
            if (valued && equals < 0 && (++i >= args.length || COMMANDS.contains(args[i]) || ROOT_OPTIONS.containsKey(args[i]))) {
                return false;
            }
        }
        return true;
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
     * cannot be written (a file named as the folder, a read-only folder): then LogConfiguration's
     * fallback takes it, rather than the logger printing its own failure in front of the user.
     * Picocli has already built the commands, and a command's static logger started logback with
     * the fallback: so it is started again here.
     */
    private static void configureLogging(Path dataDir) {
        if (pointLogsAt(dataDir) && LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.reset();
            try {
                new ContextInitializer(context).autoConfig();
            } catch (JoranException e) {
                // Without a log Vigil still runs; the reason goes where a console can see it.
                System.err.println("Logging could not start in " + System.getProperty(LogConfiguration.LOG_DIR) + ": " + e.getMessage());
            }
        }
    }

    /** Sets the folder the log is written to, when the data folder can hold it; says whether it did. */
    private static boolean pointLogsAt(Path dataDir) {
        Path existing = dataDir;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing) || !Files.isWritable(existing)) {
            return false;
        }
        System.setProperty(LogConfiguration.LOG_DIR, DataFolder.privateLogs(dataDir).toString());
        return true;
    }
}
