package org.vigil;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, item 13: the window's JVM runs JavaFX as named modules, so JavaFX's "Unsupported
 * JavaFX configuration: classes were loaded from unnamed module" warning is gone; item 14: the
 * heap and collector options are the same wherever Vigil is started, and a start-up cache that
 * does not match never stops a start.
 */
@DisplayName("The window's Java virtual machine")
class WorkstationJvmTest {

    private static final String WARNING = "Unsupported JavaFX configuration";

    @TempDir
    Path folder;

    @Test
    @DisplayName("takes only JavaFX's modular jars from lib/, not the empty ones named like them")
    void javaFxModulesAreTheModularJars() throws IOException {
        Path lib = libWithJavaFx();
        Files.writeString(lib.resolve("javafx-notes.jar"), "not a jar");

        List<Path> modules = WorkstationJvm.javaFxModules(lib);

        assertThat(modules).isNotEmpty().allSatisfy(jar -> assertThat(jar.getFileName().toString()).matches("javafx-\\w+-[\\d.]+-\\w.*\\.jar"));
        assertThat(modules.stream().map(jar -> jar.getFileName().toString().replaceAll("-[\\d.]+-.*", "")))
                .containsExactlyInAnyOrder("javafx-base", "javafx-controls", "javafx-graphics");
    }

    @Test
    @DisplayName("starts JavaFX without the unsupported-configuration warning, where the class path printed it")
    void noUnsupportedConfigurationWarning() throws Exception {
        Path lib = libWithJavaFx();
        List<String> options = WorkstationJvm.windowOptions(WorkstationJvm.javaFxModules(lib));

        Started window = probe(options, testClassPath(false));
        Started classPath = probe(List.of(), testClassPath(true));

        assertThat(window.exit()).as(window.output()).isZero();
        assertThat(window.output()).contains("javafx.graphics loaded as: module javafx.graphics").doesNotContain(WARNING)
                .doesNotContain("WARNING");
        // The same probe with JavaFX on the class path, as `java -jar vigil.jar` ran it before: the test can see the warning.
        assertThat(classPath.output()).contains(WARNING);
    }

    @Test
    @DisplayName("has the same heap and collector options in the README's start, the installer and the measurement")
    void memoryOptionsAgreeEverywhere() throws IOException {
        String installer = Files.readString(Path.of("installer/build.sh"));
        String measurement = Files.readString(Path.of("installer/measure-startup.sh"));
        for (String option : WorkstationJvm.MEMORY_OPTIONS) {
            assertThat(installer).as("installer/build.sh").contains(option);
            assertThat(measurement).as("installer/measure-startup.sh").contains(option);
        }
        assertThat(installer).contains("--add-modules " + WorkstationJvm.JAVAFX_MODULES);
        assertThat(String.join(" ", WorkstationJvm.MEMORY_OPTIONS)).contains("-XX:+UseSerialGC").contains("-XX:TieredStopAtLevel=1").contains("-Xmx");
    }

    @Test
    @DisplayName("records the start-up cache the first time, uses it once made, and a new Vigil or Java gets its own")
    void startupCacheByVersion() throws IOException {
        Path lib = libWithJavaFx();
        Path jar = Files.writeString(folder.resolve("vigil.jar"), "jar");
        WorkstationJvm.StartupCache cache = WorkstationJvm.StartupCache.forJar(jar, lib, Map.of("XDG_CACHE_HOME", folder.resolve("cache").toString()),
                "Linux", folder.toString());

        assertThat(cache.folder()).isEqualTo(folder.resolve("cache").resolve("vigil"));
        assertThat(cache.options()).contains("-XX:AOTMode=record", "-XX:AOTConfiguration=" + cache.record(), "-Xlog:aot=off");
        Files.writeString(cache.record(), "recorded");
        assertThat(cache.options()).noneMatch(o -> o.startsWith("-XX:AOT"));
        Files.writeString(cache.cache(), "made");
        assertThat(cache.options()).contains("-XX:AOTCache=" + cache.cache());

        Files.writeString(jar, "a new version of vigil.jar");
        assertThat(WorkstationJvm.StartupCache.forJar(jar, lib, Map.of("XDG_CACHE_HOME", folder.resolve("cache").toString()), "Linux",
                folder.toString()).name()).isNotEqualTo(cache.name());
    }

    @Test
    @DisplayName("starts even when the start-up cache is damaged, and says nothing about it")
    void damagedCacheNeverStopsAStart() throws Exception {
        Path damaged = Files.write(folder.resolve("vigil-damaged.aot"), new byte[4096]);
        List<String> command = new ArrayList<>(List.of(java(), "-Xlog:aot=off", "-Xlog:cds=off", "-Xlog:aot+codecache=off",
                "-XX:AOTCache=" + damaged, "-cp", testClassPath(true), "org.vigil.JavaFxProbe"));
        command.addAll(1, headless());

        Started started = start(command);

        assertThat(started.exit()).as(started.output()).isZero();
        assertThat(started.output()).contains("javafx.graphics loaded as").doesNotContain("aot").doesNotContain("AOT");
    }

    private record Started(int exit, String output) {}

    private Started probe(List<String> windowOptions, String classPath) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(windowOptions);
        command.addAll(headless());
        if (!windowOptions.isEmpty()) {
            // Monocle, the headless toolkit of the tests, sits on the class path and reaches into javafx.graphics.
            for (String pkg : List.of("com.sun.glass.ui", "com.sun.glass.events", "com.sun.javafx.util")) {
                command.add("--add-exports");
                command.add("javafx.graphics/" + pkg + "=ALL-UNNAMED");
            }
            command.add("--add-exports");
            command.add("javafx.base/com.sun.javafx.logging=ALL-UNNAMED");
            command.add("--add-opens");
            command.add("javafx.graphics/com.sun.glass.ui=ALL-UNNAMED");
        }
        command.addAll(List.of("-cp", classPath, "org.vigil.JavaFxProbe"));
        return start(command);
    }

    private Started start(List<String> command) throws Exception {
        Path output = Files.createTempFile(folder, "probe", ".txt");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        return new Started(process.isAlive() ? -1 : process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
    }

    private static List<String> headless() {
        return List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Djava.awt.headless=true");
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static List<String> classPathEntries() {
        return Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));
    }

    /** The test classes and Monocle; with JavaFX's jars too when JavaFX is to come from the class path. */
    private static String testClassPath(boolean withJavaFx) {
        return String.join(File.pathSeparator, classPathEntries().stream()
                .filter(entry -> entry.endsWith("test-classes") || entry.contains("openjfx-monocle")
                        || withJavaFx && Path.of(entry).getFileName().toString().startsWith("javafx-"))
                .toList());
    }

    /** A lib/ folder as Maven's package makes it: JavaFX's modular jars and the empty ones of the same names. */
    private Path libWithJavaFx() throws IOException {
        Path lib = Files.createDirectories(folder.resolve("lib"));
        for (String entry : classPathEntries()) {
            Path jar = Path.of(entry);
            if (jar.getFileName().toString().startsWith("javafx-")) {
                Files.copy(jar, lib.resolve(jar.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                Path empty = jar.resolveSibling(jar.getFileName().toString().replaceAll("-(linux|win|mac)[-\\w]*\\.jar$", ".jar"));
                if (!empty.equals(jar) && Files.isRegularFile(empty)) {
                    Files.copy(empty, lib.resolve(empty.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return lib;
    }
}
