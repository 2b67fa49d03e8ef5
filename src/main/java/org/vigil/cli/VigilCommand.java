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
        if (!demo && !Services.existsIn(dir)) {
            // An admin command must never create an empty clinic where it expected a real one.
            err.println(messages().get("cli.noDatabase", dir));
            exit[0] = DAMAGED;
            return null;
        }
        try {
            Services services = Services.open(dir, clock);
            if (demo) {
                new DemoClinic(services).seedIfEmpty();
            }
            return services;
        } catch (DataFolderUnavailable e) {
            exit[0] = explain(e, err);
            return null;
        }
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
