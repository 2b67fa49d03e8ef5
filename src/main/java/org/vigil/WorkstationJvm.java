package org.vigil;

import java.io.IOException;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * The Java virtual machine the Vigil window runs in: JavaFX as named modules (JavaFX supports
 * nothing else and says so with "Unsupported JavaFX configuration" at every start), a heap and
 * collector sized for a workstation that runs Vigil all day, and, when asked for, the start-up
 * cache of classes (the JDK's AOT cache).
 *
 * <p>The installed program's launcher passes these options itself (installer/build.sh). Started
 * with {@code java -jar vigil.jar}, as the README does, the JVM has none of them and no jar
 * manifest can add a module path: so Vigil starts itself once more with them and waits for that
 * second JVM, passing on its exit code, its console and a request to stop.
 */
final class WorkstationJvm {

    /** Set in the restarted JVM, so that a restart which could not place JavaFX is never repeated. */
    static final String RESTARTED_PROPERTY = "vigil.restarted";

    /** {@code -Dvigil.startupCache=true} on {@code java -jar} turns the JDK's AOT start-up cache on. */
    static final String STARTUP_CACHE_PROPERTY = "vigil.startupCache";

    /** The modules the window uses; javafx.graphics and javafx.base come with javafx.controls. */
    static final String JAVAFX_MODULES = "javafx.controls";

    /**
     * The heap, collector and compiler for a window running all day (issue 15, item 14: under
     * 300 MB). The live data of a busy clinic's day is 30-60 MB (README, "Start-up and memory"), so
     * 192 MB leaves the collector room without letting the heap grow to a quarter of the machine's
     * memory as it does by default. Measured on the demo board after login, 60 s, resident memory
     * of the window's JVM: G1 with a 20 ms pause goal 347 MB, the serial collector 339 MB, serial
     * with the client compiler only (C1, TieredStopAtLevel=1) 292 MB: the optimising compiler's
     * work areas and code were the largest part above the budget. The serial collector's pauses
     * on this heap stay in milliseconds (its young generation is a few MB; README), and C1 code is
     * fast enough for a screen that redraws once a second. The same list is in installer/build.sh
     * (a test compares them).
     */
    static final List<String> MEMORY_OPTIONS = List.of(
            "-XX:+UseSerialGC", "-Xms32m", "-Xmx192m", "-XX:MaxHeapFreeRatio=30", "-XX:MinHeapFreeRatio=10",
            "-XX:TieredStopAtLevel=1", "-XX:ReservedCodeCacheSize=32m", "-Xss512k");

    /**
     * glibc gives each thread that allocates its own malloc arena (up to eight per core), which
     * the JVM's native memory tracking does not see: two arenas took 8 MB less resident memory on
     * the demo board (284 against 292 MB). Set for the window's JVM unless the user set it.
     */
    static final Map<String, String> NATIVE_MEMORY_ENVIRONMENT = Map.of("MALLOC_ARENA_MAX", "2");

    private WorkstationJvm() {}

    /** True when this JVM runs JavaFX the supported way: javafx.graphics a named, explicit module. */
    static boolean javaFxIsNamedModule() {
        Optional<Module> graphics = ModuleLayer.boot().findModule("javafx.graphics");
        return graphics.map(m -> m.getDescriptor() != null && !m.getDescriptor().isAutomatic()).orElse(false);
    }

    /**
     * Starts the window again in a JVM set up for it when this one was started without the
     * options (java -jar).
     *
     * @return the second JVM's exit code, or empty when this JVM is to run Vigil itself: it is
     *         set up already, it is the restarted one, the arguments ask for a command rather than
     *         the window, or Vigil does not run from its jar with the lib folder beside it
     */
    static OptionalInt restartForTheWindow(String[] args, boolean opensWindow) {
        if (!opensWindow || javaFxIsNamedModule() || System.getProperty(RESTARTED_PROPERTY) != null) {
            return OptionalInt.empty();
        }
        Optional<Path> jar = runningJar();
        if (jar.isEmpty()) {
            return OptionalInt.empty();
        }
        Path lib = jar.get().resolveSibling("lib");
        List<Path> javaFx = javaFxModules(lib);
        if (javaFx.isEmpty()) {
            return OptionalInt.empty();
        }
        StartupCache cache = StartupCache.forJar(jar.get(), lib, System.getenv(), System.getProperty("os.name"),
                System.getProperty("user.home"));
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(windowOptions(javaFx));
        // The start-up cache is tried only on request until its background making is proven (README, "Start-up and memory").
        boolean cached = Boolean.getBoolean(STARTUP_CACHE_PROPERTY);
        if (cached) {
            command.addAll(cache.options());
        }
        // Options given to this JVM come last, so that someone's own -Xmx or -D still decides.
        command.addAll(java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.add("-D" + RESTARTED_PROPERTY + "=true");
        command.add("-jar");
        command.add(jar.get().toString());
        command.addAll(List.of(args));
        try {
            ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
            NATIVE_MEMORY_ENVIRONMENT.forEach(builder.environment()::putIfAbsent);
            if (command.contains("-XX:AOTMode=record")) {
                // The JDK says on the console where it wrote its record when the window closes: nothing for users.
                builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
            }
            Process window = builder.start();
            // Closing the terminal or a logout stops this JVM: the window then closes as it would itself, database last.
            Thread stop = new Thread(() -> {
                window.destroy();
                try {
                    window.waitFor();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "vigil-window-stop");
            Runtime.getRuntime().addShutdownHook(stop);
            if (cached) {
                cache.makeLater(command);
            }
            // This JVM only waits from now on: its heap (picocli, logging, the arguments) goes back to the system.
            System.gc();
            int exit = waitFor(window);
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException stopping) {
                // This JVM is being stopped and the hook has run: the window has ended either way.
                return OptionalInt.of(exit);
            }
            return OptionalInt.of(exit);
        } catch (IOException e) {
            // Without a second JVM the window still opens in this one, with JavaFX's warning.
            System.err.println("Vigil could not start its window's Java with its options (" + e.getMessage() + "); starting without them.");
            return OptionalInt.empty();
        }
    }

    private static int waitFor(Process window) {
        while (true) {
            try {
                return window.waitFor();
            } catch (InterruptedException e) {
                // This thread only waits: the window decides when it ends.
                Thread.interrupted();
            }
        }
    }

    /** The options for JavaFX on the module path, and the memory options. */
    static List<String> windowOptions(List<Path> javaFx) {
        List<String> options = new ArrayList<>();
        options.add("--module-path");
        options.add(String.join(java.io.File.pathSeparator, javaFx.stream().map(Path::toString).toList()));
        options.add("--add-modules");
        options.add(JAVAFX_MODULES);
        // JavaFX loads its native libraries; the jar's manifest already allows Vigil's own (H2, sound).
        options.add("--enable-native-access=javafx.graphics,ALL-UNNAMED");
        options.addAll(MEMORY_OPTIONS);
        return options;
    }

    /**
     * The JavaFX jars that are real modules. Maven's lib folder also holds an empty javafx-base.jar
     * etc. per module, named like the module but automatic: on the module path they would make
     * two modules of one name.
     */
    static List<Path> javaFxModules(Path lib) {
        if (!Files.isDirectory(lib)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(lib)) {
            return files.filter(f -> f.getFileName().toString().startsWith("javafx-") && f.getFileName().toString().endsWith(".jar"))
                    .filter(WorkstationJvm::isExplicitModule)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static boolean isExplicitModule(Path jar) {
        try {
            return ModuleFinder.of(jar).findAll().stream().map(ModuleReference::descriptor)
                    .anyMatch(d -> d.name().startsWith("javafx.") && !d.isAutomatic());
        } catch (RuntimeException e) {
            // FindException for a jar that is no module at all: not one of JavaFX's.
            return false;
        }
    }

    private static Optional<Path> runningJar() {
        try {
            Path location = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(location) && location.toString().endsWith(".jar") ? Optional.of(location) : Optional.empty();
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The JDK's AOT cache (JEP 483/514) of the classes the window loads and links at start. The
     * first start records which classes those are (written in a moment when that window closes);
     * a later start makes the cache from the record in the background, a few minutes after its
     * window opened so it does not slow that start, and every start after uses it. The cache is
     * written under a temporary name and renamed when complete: a JVM given a half-written cache
     * could fail. Its name holds the JDK and the jars' sizes and dates, so a new Vigil or a new
     * Java makes a new cache rather than using a mismatched one; the JDK also checks the cache
     * and starts without it when it does not match, and its messages about that are turned off.
     */
    record StartupCache(Path folder, String name) {

        private static final String SUFFIX = ".aot";
        /** How long after a window opened its cache is made: after the start, before the day is busy. */
        private static final java.time.Duration MAKE_AFTER = java.time.Duration.ofMinutes(2);
        /** The measurement script (installer/measure-startup.sh) makes the cache at once with this property. */
        static final String MAKE_AFTER_PROPERTY = "vigil.startupCache.makeAfter";
        private static final List<String> QUIET = List.of("-Xlog:aot=off", "-Xlog:cds=off", "-Xlog:aot+codecache=off");

        static StartupCache forJar(Path jar, Path lib, Map<String, String> env, String osName, String userHome) {
            Path folder = cacheFolder(env, osName, userHome);
            long stamp = stamp(jar);
            try (Stream<Path> jars = Files.list(lib)) {
                stamp = jars.sorted().mapToLong(StartupCache::stamp).reduce(stamp, (a, b) -> 31 * a + b);
            } catch (IOException e) {
                stamp = 31 * stamp;
            }
            String jdk = System.getProperty("java.vm.version", "jdk").replaceAll("[^A-Za-z0-9.+-]", "_");
            return new StartupCache(folder, "vigil-" + jdk + "-" + Long.toHexString(stamp));
        }

        static Path cacheFolder(Map<String, String> env, String osName, String userHome) {
            String os = osName == null ? "" : osName.toLowerCase(java.util.Locale.ROOT);
            if (os.startsWith("windows") && env.get("LOCALAPPDATA") != null) {
                return Path.of(env.get("LOCALAPPDATA"), "Vigil", "cache");
            }
            if (os.startsWith("mac")) {
                return Path.of(userHome, "Library", "Caches", "Vigil");
            }
            String xdg = env.get("XDG_CACHE_HOME");
            return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".cache")).resolve("vigil");
        }

        private static long stamp(Path file) {
            try {
                return Files.size(file) * 1_000_003L + Files.getLastModifiedTime(file).toMillis();
            } catch (IOException e) {
                return 0;
            }
        }

        Path cache() {
            return folder.resolve(name + SUFFIX);
        }

        Path record() {
            return folder.resolve(name + ".aotconf");
        }

        /** The window's options: use the cache, or record what to put in it when there is neither cache nor record. */
        List<String> options() {
            List<String> options = new ArrayList<>(QUIET);
            if (Files.isRegularFile(cache())) {
                options.add("-XX:AOTCache=" + cache());
            } else if (!Files.isRegularFile(record())) {
                try {
                    Files.createDirectories(folder);
                } catch (IOException e) {
                    return List.of();
                }
                options.add("-XX:AOTMode=record");
                options.add("-XX:AOTConfiguration=" + record());
            }
            return options;
        }

        /**
         * With a record and no cache yet, makes the cache in the background after {@link #MAKE_AFTER},
         * in a JVM of its own with the window's options; its output is not shown.
         */
        void makeLater(List<String> windowCommand) {
            if (Files.isRegularFile(cache()) || !Files.isRegularFile(record())) {
                return;
            }
            Thread maker = new Thread(() -> {
                try {
                    Thread.sleep(java.time.Duration.parse(System.getProperty(MAKE_AFTER_PROPERTY, MAKE_AFTER.toString())));
                    Path part = folder.resolve(name + "." + ProcessHandle.current().pid() + ".part");
                    List<String> command = new ArrayList<>(windowCommand.stream()
                            .filter(o -> !o.startsWith("-XX:AOT") && !QUIET.contains(o))
                            // Making the cache needs more heap than the window: the JVM's default sizes.
                            .filter(o -> !MEMORY_OPTIONS.contains(o) || o.equals("-XX:+UseG1GC")).toList());
                    int jar = command.indexOf("-jar");
                    command.subList(jar, command.size()).clear();
                    command.addAll(QUIET);
                    command.addAll(List.of("-XX:AOTMode=create", "-XX:AOTConfiguration=" + record(), "-XX:AOTCache=" + part,
                            "-cp", windowCommand.get(jar + 1)));
                    Process make = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                            .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                    if (make.waitFor() == 0 && Files.isRegularFile(part)) {
                        Files.move(part, cache(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                        removeOthers();
                    } else {
                        // A record cut short (the machine went off as it was written) would fail every time: record again.
                        deleteQuietly(part);
                        deleteQuietly(record());
                    }
                } catch (IOException e) {
                    // Only start-up time is at stake: the next start tries again.
                    System.err.println("Vigil's start-up cache could not be made: " + e.getMessage());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "vigil-startup-cache");
            maker.setDaemon(true);
            maker.start();
        }

        /** Caches and records of other versions of Vigil or Java are of no more use. */
        private void removeOthers() throws IOException {
            try (Stream<Path> old = Files.list(folder)) {
                old.filter(f -> f.getFileName().toString().startsWith("vigil-") && !f.equals(cache()) && !f.equals(record()))
                        .forEach(StartupCache::deleteQuietly);
            }
        }

        private static void deleteQuietly(Path file) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // A cache file another Vigil still writes or reads: the next start tidies it.
                return;
            }
        }
    }
}
