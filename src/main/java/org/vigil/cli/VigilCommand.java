package org.vigil.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vigil.demo.DemoClinic;
import org.vigil.service.DataFolderUnavailable;
import org.vigil.service.Services;
import org.vigil.service.DataFolder;
import org.vigil.text.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * `vigil` with no command starts the window; the commands below it are for administrators and
 * scripts and need no window.
 */
@Command(name = "vigil", mixinStandardHelpOptions = true, versionProvider = VigilCommand.Version.class,
        description = "Supervised esketamine session manager. Without a command, opens the Vigil window.",
        subcommands = {VerifyCommand.class, BackupCommand.class, RestoreCommand.class, UsersCommand.class, BenchmarkCommand.class,
                RegisterCommand.class, ExportCommand.class, ReportCommand.class})
public final class VigilCommand implements Callable<Integer> {

    /** Exit codes scripts can rely on. */
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int IN_USE = 3;
    public static final int DAMAGED = 4;
    /** The database is encrypted with a key this user's key ring on this machine does not hold. */
    public static final int KEY_MISSING = 5;

    /** Starts the GUI; supplied by the composition root so this package stays free of JavaFX. */
    public interface Window {
        int open(Path dataDir, boolean demo, Locale language);
    }

    @Option(names = "--data-dir", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Data folder (default: VIGIL_HOME, else the per-user application data folder).")
    Path dataDir;

    @Option(names = "--demo", scope = ScopeType.INHERIT,
            description = "Use the separate demo clinic database (users and passwords in the README).")
    boolean demo;

    @Option(names = "--lang", paramLabel = "en|zh",
            description = "Language of the window at start (default: the one chosen last on this workstation).")
    String language;

    private final Clock clock;
    private final Map<String, String> env;
    private final Window window;

    public VigilCommand(Clock clock, Map<String, String> env, Window window) {
        this.clock = clock;
        this.env = env;
        this.window = window;
    }

    /**
     * The command line as the program runs it (and the tests): errors are sentences with an exit
     * code (see {@link CommandErrors}), a blank --data-dir is refused before anything runs, and
     * {@code beforeRun} gets the data folder first (Main points the log there).
     */
    public static CommandLine commandLine(VigilCommand root, java.util.function.Consumer<Path> beforeRun) {
        CommandLine line = new CommandLine(root);
        CommandErrors errors = new CommandErrors(root.messages());
        line.setParameterExceptionHandler(errors);
        line.setExecutionExceptionHandler(errors);
        line.registerConverter(Path.class, errors.paths());
        line.setExecutionStrategy(parseResult -> {
            try {
                if (root.dataDir != null && root.dataDir.toString().isBlank()) {
                    // Path.of("") is the current folder: a script's empty variable must not make Vigil work there.
                    throw new CommandLine.ParameterException(parseResult.asCommandLineList().getLast(),
                            root.messages().get("cli.dataDirEmpty"));
                }
                beforeRun.accept(root.resolvedDataDir());
                return new CommandLine.RunLast().execute(parseResult);
            } catch (CommandLine.ParameterException | CommandLine.ExecutionException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new CommandLine.ExecutionException(parseResult.asCommandLineList().getLast(), String.valueOf(e.getMessage()), e);
            }
        });
        return line;
    }

    /**
     * `vigil` without a command, for arguments Main has read itself (only the root options, nothing
     * to explain): the window opens without building the commands, which with their loggers took
     * about 0.3 s of the window's JVM before JavaFX started (issue 15, item 14). A failure is said
     * as under picocli: one sentence, the fault in the log, exit 1.
     */
    public static int openWindow(Window window, Path dataDir, boolean demo, Locale language, PrintWriter err) {
        try {
            return window.open(dataDir, demo, language);
        } catch (RuntimeException e) {
            return new CommandErrors(Messages.of(Locale.getDefault())).failed(e, "vigil", err);
        }
    }

    @Override
    public Integer call() {
        return window.open(resolvedDataDir(), demo, language == null ? null : Messages.supported(Locale.forLanguageTag(language)));
    }

    public Path resolvedDataDir() {
        return DataFolder.resolve(dataDir, demo, env, System.getProperty("os.name"), System.getProperty("user.home"));
    }

    Clock clock() {
        return clock;
    }

    boolean demo() {
        return demo;
    }

    /** Messages for commands follow the machine's locale (LANG). */
    Messages messages() {
        return Messages.of(Locale.getDefault());
    }

    /** Who is running the command, for the audit trail. */
    String operator() {
        return "cli:" + System.getProperty("user.name");
    }

    /**
     * Opens the data folder, or prints why not and returns null (the exit code is then in
     * {@code exit[0]}).
     */
    Services open(PrintWriter err, int[] exit) {
        Path dir = resolvedDataDir();
        Path existing = nearestExisting(dir);
        if (existing != null && !java.nio.file.Files.isDirectory(existing)) {
            err.println(messages().get("cli.dataDirNotFolder", existing));
            exit[0] = CommandLine.ExitCode.USAGE;
            return null;
        }
        if (existing != null && !writable(existing, dir)) {
            err.println(messages().get("cli.dataDirReadOnly", existing));
            exit[0] = FAILED;
            return null;
        }
        if (!demo && !Services.existsIn(dir)) {
            // An admin command must never create an empty clinic where it expected a real one.
            err.println(messages().get("cli.noDatabase", dir));
            exit[0] = DAMAGED;
            return null;
        }
        try {
            Services services = Services.open(dir, clock);
            if (demo) {
                services = DemoClinic.ready(services);
            }
            return services;
        } catch (DataFolderUnavailable e) {
            exit[0] = explain(e, err);
            return null;
        }
    }

    /** The folder itself, or its nearest ancestor that exists (null when none does). */
    private static Path nearestExisting(Path dir) {
        Path p = dir;
        while (p != null && !java.nio.file.Files.exists(p)) {
            p = p.getParent();
        }
        return p;
    }

    /**
     * Whether Vigil can write what it must: in the folder (or where it will be created), and the
     * database file if there is one. Vigil writes even to read (the audit trail, checkpoints).
     */
    private static boolean writable(Path existing, Path dir) {
        if (!java.nio.file.Files.isWritable(existing)) {
            return false;
        }
        Path file = org.vigil.service.Services.databaseFileIn(dir);
        return !java.nio.file.Files.exists(file) || java.nio.file.Files.isWritable(file);
    }

    /** Prints why the folder cannot be used, in one sentence, and returns the exit code for it. */
    int explain(DataFolderUnavailable e, PrintWriter err) {
        Messages m = messages();
        return switch (e.reason()) {
            case IN_USE -> {
                err.println(m.get("startup.inUse", resolvedDataDir()));
                yield IN_USE;
            }
            case DAMAGED -> {
                err.println(m.get("startup.damaged", e.path()));
                yield DAMAGED;
            }
            case DISK_FULL -> {
                // Never "restore": nothing is damaged, and a restore on a full disk is what destroys data.
                err.println(m.get("cli.diskFull"));
                yield FAILED;
            }
            case KEY_MISSING -> {
                err.println(m.get("startup.keyMissing", e.path(), Services.keyRingLocation()));
                yield KEY_MISSING;
            }
        };
    }

    static VigilCommand root(CommandLine.Model.CommandSpec spec) {
        return (VigilCommand) spec.root().userObject();
    }

    /** `vigil --version`. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Vigil " + Messages.version(), "Java " + Runtime.version()};
        }
    }
}
