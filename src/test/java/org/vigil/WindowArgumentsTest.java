package org.vigil;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.vigil.cli.VigilCommand;

/**
 * Issue 15, item 14: `java -jar vigil.jar` decides whether to start the window's JVM before it
 * builds the commands (that took about 2 s of the start). The quick decision must agree with what
 * picocli makes of the same arguments.
 */
@DisplayName("Which arguments open the window, decided before the commands are built")
class WindowArgumentsTest {

    private static final List<List<String>> WINDOW = List.of(
            List.of(), List.of("--demo"), List.of("--data-dir", "/tmp/clinic"), List.of("--data-dir=/tmp/clinic", "--demo"),
            List.of("--lang", "zh"), List.of("--lang=en", "--data-dir", "/srv/verify"), List.of("--demo", "--lang", "zh", "--data-dir", "x"), List.of("--demo=true"), List.of("--demo=FALSE", "--data-dir", "rel/clinic"));
    private static final List<List<String>> NOT_WINDOW = List.of(
            List.of("verify"), List.of("--data-dir", "x", "backup", "--to", "y"), List.of("--help"), List.of("-h"), List.of("-V"),
            List.of("--version"), List.of("--bogus"), List.of("--data-dir"), List.of("--demo=yes"), List.of("users", "list"),
            List.of("stray"), List.of("--data-dir", "verify"), List.of("--data-dir", "--demo"), List.of("--demo", "benchmark", "--clinic-years", "1"));

    @Test
    @DisplayName("only the root options open the window; commands, help, version and mistakes do not")
    void quickDecision() {
        for (List<String> args : WINDOW) {
            assertThat(Main.opensWindow(args.toArray(String[]::new))).as(args.toString()).isTrue();
        }
        for (List<String> args : NOT_WINDOW) {
            assertThat(Main.opensWindow(args.toArray(String[]::new))).as(args.toString()).isFalse();
        }
    }

    @Test
    @DisplayName("agrees with picocli's reading of the same arguments")
    void agreesWithPicocli() {
        for (List<List<String>> cases : List.of(WINDOW, NOT_WINDOW)) {
            for (List<String> args : cases) {
                assertThat(Main.opensWindow(args.toArray(String[]::new))).as(args.toString()).isEqualTo(picocliOpensWindow(args));
            }
        }
    }

    @Test
    @DisplayName("the options and commands written out in Main are VigilCommand's own")
    void sameAsTheAnnotations() {
        java.util.Map<String, Boolean> options = new java.util.HashMap<>();
        for (java.lang.reflect.Field field : VigilCommand.class.getDeclaredFields()) {
            picocli.CommandLine.Option option = field.getAnnotation(picocli.CommandLine.Option.class);
            if (option != null) {
                for (String name : option.names()) {
                    options.put(name, field.getType() != boolean.class);
                }
            }
        }
        assertThat(Main.ROOT_OPTIONS).isEqualTo(options);
        java.util.Set<String> commands = new java.util.HashSet<>();
        for (Class<?> command : VigilCommand.class.getAnnotation(picocli.CommandLine.Command.class).subcommands()) {
            picocli.CommandLine.Command named = command.getAnnotation(picocli.CommandLine.Command.class);
            commands.add(named.name());
            commands.addAll(List.of(named.aliases()));
        }
        assertThat(Main.COMMANDS).isEqualTo(commands);
    }

    @Test
    @DisplayName("the window opened without picocli opens as picocli would open it: same folder, demo and language")
    void sameStartAsPicocli() {
        for (Map<String, String> env : List.of(Map.<String, String>of(), Map.of("VIGIL_HOME", "/srv/vigil"))) {
            for (List<String> args : WINDOW) {
                java.util.concurrent.atomic.AtomicReference<Main.WindowStart> opened = new java.util.concurrent.atomic.AtomicReference<>();
                VigilCommand root = new VigilCommand(Clock.systemUTC(), env, (dataDir, demo, language) -> {
                    opened.set(new Main.WindowStart(dataDir, demo, language));
                    return 0;
                });
                assertThat(VigilCommand.commandLine(root, dir -> { }).execute(args.toArray(String[]::new))).isZero();
                assertThat(Main.windowStart(args.toArray(String[]::new), env)).as(args + " " + env).contains(opened.get());
            }
        }
    }

    @Test
    @DisplayName("what picocli would refuse with a sentence is left to it")
    void mistakesGoToPicocli() {
        for (List<String> args : List.of(List.of("--data-dir", " "), List.of("--data-dir=", "--demo"), List.of("--data-dir", "a\0b"),
                List.of("--demo", "--demo"), List.of("--lang", "en", "--data-dir", "x", "--lang=zh"))) {
            assertThat(Main.opensWindow(args.toArray(String[]::new))).as(args.toString()).isTrue();
            assertThat(Main.windowStart(args.toArray(String[]::new), Map.of())).as(args.toString()).isEmpty();
            VigilCommand root = new VigilCommand(Clock.systemUTC(), Map.of(), (dataDir, demo, language) -> 0);
            picocli.CommandLine line = VigilCommand.commandLine(root, dir -> { });
            line.setErr(new java.io.PrintWriter(java.io.Writer.nullWriter()));
            assertThat(line.execute(args.toArray(String[]::new))).as(args.toString()).isNotZero();
        }
    }

    /** The earlier decision: parse with the whole command tree. */
    private static boolean picocliOpensWindow(List<String> args) {
        VigilCommand probe = new VigilCommand(Clock.systemUTC(), Map.of(), (dataDir, demo, language) -> 0);
        try {
            picocli.CommandLine.ParseResult parsed = new picocli.CommandLine(probe).parseArgs(args.toArray(String[]::new));
            return !parsed.hasSubcommand() && !parsed.isUsageHelpRequested() && !parsed.isVersionHelpRequested();
        } catch (picocli.CommandLine.ParameterException e) {
            return false;
        }
    }
}
