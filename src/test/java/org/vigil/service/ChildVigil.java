package org.vigil.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Runs {@link DurabilityChild} in its own JVM, and reads what it prints with a deadline. */
final class ChildVigil implements AutoCloseable {

    private static final String END = "<end of output>";

    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    ChildVigil(String mode, Path dataDir) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        process = new ProcessBuilder(List.of(java, "-D" + org.vigil.store.KeyRing.LOCATION_PROPERTY + "=" + System.getProperty(org.vigil.store.KeyRing.LOCATION_PROPERTY),
                "-cp", System.getProperty("java.class.path"),
                "-Dvigil.logDir=" + dataDir.resolve("logs"),
                // The child opens the folder with the same key ring as this JVM.
                "-Dvigil.keys=" + System.getProperty("vigil.keys"),
                DurabilityChild.class.getName(), mode, dataDir.toString()))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // The child was killed: its output simply ends.
            }
            lines.add(END);
        }, "child-vigil-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** The next line the child prints; fails when it prints nothing more within the deadline. */
    String nextLine(long seconds) throws InterruptedException {
        String line = lines.poll(seconds, TimeUnit.SECONDS);
        if (line == null || line.equals(END)) {
            throw new AssertionError("the child Vigil printed no further line (" + (line == null ? "timed out" : "exited") + ")");
        }
        return line;
    }

    /** As a power cut or the task manager would: SIGKILL, no shutdown hooks, no clean close. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    /** Lets a "hold" child close the folder and exit normally. */
    int finish() throws IOException, InterruptedException {
        process.getOutputStream().close();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            kill();
        }
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
