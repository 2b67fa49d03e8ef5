package org.vigil.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.domain.Actor;
import org.vigil.domain.session.DueItem;
import org.vigil.store.Database;
import org.vigil.store.RawDatabase;
import org.vigil.testing.MutableClock;

/**
 * ALM-4 and durability: a session's process is killed with SIGKILL at random points 50 times;
 * after each restart every reading it reported as saved is there, and the due list and the audit
 * chain still hold.
 */
@DisplayName("A dosing session survives 50 kills")
class SessionCrashTest {

    /** 50; an investigation may run fewer with -Dvigil.crash.kills=N. */
    private static final int KILLS = Integer.getInteger("vigil.crash.kills", 50);

    @Test
    @DisplayName("ALM-4 CD-3 after each SIGKILL every committed action is present, each device has its register entry, due() answers, and the audit chain is intact")
    void killedFiftyTimes(@TempDir Path dir) throws Exception {
        Random random = new Random(20261129L);
        Set<String> committed = new HashSet<>();
        long session = -1;
        String deviceSessions = "";
        for (int run = 0; run < KILLS; run++) {
            List<String> args = new ArrayList<>(List.of(dir.toString(), Integer.toString(run)));
            if (run > 0) {
                args.add(Long.toString(session));
                args.add(deviceSessions);
            }
            Process child = start(dir, args);
            BlockingQueue<String> lines = output(child);
            // Run 0 sets up twenty chairs' sessions first.
            String ready = lines.poll(180, TimeUnit.SECONDS);
            assertThat(ready).as("run %d started", run).startsWith("ready ");
            String[] started = ready.substring("ready ".length()).split(" ");
            session = Long.parseLong(started[0]);
            deviceSessions = started[1];
            int killAfter = 1 + random.nextInt(25);
            for (int seen = 0; seen < killAfter; seen++) {
                String line = lines.poll(30, TimeUnit.SECONDS);
                assertThat(line).as("run %d line %d", run, seen).startsWith("committed ");
                committed.add(line.substring("committed ".length()));
            }
            // A random moment inside the next action, not only between two.
            Thread.sleep(random.nextInt(8));
            child.destroyForcibly();
            child.waitFor(10, TimeUnit.SECONDS);

            assertThat(requestIds(dir)).as("after kill %d", run).containsAll(committed);
            assertThat(registerEntriesPerSession(dir)).as("CD-3 after kill %d: each device has its register entry, and no entry is without its device",
                    run).isEqualTo(devicesPerSession(dir));
            MutableClock clock = new MutableClock(TestClinic.MORNING.plus(SessionCrashChild.RUN_SPACING.multipliedBy(run + 1)));
            try (Services services = Services.open(dir, clock)) {
                Actor nurse = ((LoginResult.Granted) services.accounts().login("nurse.li", SessionCrashChild.NURSE_PASSWORD)).actor();
                SessionView view = services.sessions().view(nurse, session).value();
                List<DueItem> due = view.due();
                assertThat(due).allSatisfy(item -> assertThat(item.lateness()).isGreaterThanOrEqualTo(Duration.ZERO));
                assertThat(view.snapshot().readings()).hasSizeGreaterThanOrEqualTo(
                        (int) committed.stream().filter(r -> r.startsWith("run")).count());
                assertThat(services.integrity().verify("after kill " + run).intact()).isTrue();
            }
        }
        // Issue 16, item 1: compaction ran in the killed processes (kills fell before, between and
        // inside its slices), and the file, never closed by the killed runs, stayed near its data.
        assertThat(compactionRuns(dir)).as("compaction runs logged by the killed processes").isPositive();
        assertThat(Files.size(Database.fileIn(dir))).as("file after %d kills", KILLS).isLessThanOrEqualTo(2 * compactedSize(dir));
    }

    private static long compactionRuns(Path dir) throws IOException {
        try (java.util.stream.Stream<Path> logs = Files.list(dir.resolve("logs"))) {
            return logs.flatMap(log -> {
                try {
                    return Files.readAllLines(log).stream();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).filter(line -> line.contains("Compacted ")).count();
        }
    }

    /** The same database compacted by H2 (SHUTDOWN COMPACT), in a copy. */
    private static long compactedSize(Path dir) throws IOException, SQLException {
        Path copy = Files.createDirectories(dir.resolveSibling(dir.getFileName() + "-compacted"));
        Files.copy(dir.resolve(org.vigil.store.KeyRing.FOLDER_ID_FILE), copy.resolve(org.vigil.store.KeyRing.FOLDER_ID_FILE));
        Files.copy(Database.fileIn(dir), Database.fileIn(copy));
        try (RawDatabase raw = RawDatabase.open(copy)) {
            raw.connection().createStatement().execute("SHUTDOWN COMPACT");
        }
        return Files.size(Database.fileIn(copy));
    }

    /** The child opens the folder with the same key ring as this JVM. */
    private static final String KEYS = "vigil.keys";

    private static Process start(Path dir, List<String> args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Dvigil.logDir=" + dir.resolve("logs"), "-D" + KEYS + "=" + System.getProperty(KEYS), SessionCrashChild.class.getName()));
        command.addAll(args);
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static BlockingQueue<String> output(Process child) {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // Killed: the output ends here.
            }
        }, "session-crash-output");
        reader.setDaemon(true);
        reader.start();
        return lines;
    }

    private static Map<Long, Long> devicesPerSession(Path dir) throws SQLException {
        return countPerSession(dir, "SELECT session_id, COUNT(*) FROM session_event WHERE kind = 'DeviceGiven' GROUP BY session_id");
    }

    private static Map<Long, Long> registerEntriesPerSession(Path dir) throws SQLException {
        return countPerSession(dir, "SELECT session_id, COUNT(*) FROM register_entry WHERE kind = 'ADMINISTRATION' GROUP BY session_id");
    }

    private static Map<Long, Long> countPerSession(Path dir, String sql) throws SQLException {
        Map<Long, Long> counts = new HashMap<>();
        try (Connection c = org.vigil.store.RawDatabase.open(dir).connection();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                counts.put(rs.getLong(1), rs.getLong(2));
            }
        }
        return counts;
    }

    /** Straight from the file, as the next start will find it. */
    private static Set<String> requestIds(Path dir) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (Connection c = org.vigil.store.RawDatabase.open(dir).connection();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT request_id FROM session_event")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }
}
