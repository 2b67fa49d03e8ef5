package org.vigil.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigil.domain.Outcome;
import org.vigil.domain.Refusal;
import org.vigil.service.BackupRequests;
import org.vigil.service.Backups;
import org.vigil.service.Backups.BackupSummary;

/**
 * The command line's side of {@link BackupRequests}: when a Vigil window has the data folder
 * open, `vigil backup` asks it to take the backup (DB-1). Empty when no running Vigil answers:
 * no request file, a file left by a window that was killed, or a port that does not greet as Vigil.
 */
final class RunningVigil {

    private static final Logger log = LoggerFactory.getLogger(RunningVigil.class);
    /** A running Vigil on this machine answers at once; anything slower is not one. */
    private static final int CONNECT_TIMEOUT_MILLIS = 2_000;
    private static final int GREETING_TIMEOUT_MILLIS = 5_000;

    private RunningVigil() {}

    /** Asks the Vigil that has {@code dataDir} open to back up to {@code target}, as {@code user}. */
    static Optional<Outcome<BackupSummary>> backup(Path dataDir, Path target, String user) {
        Path file = dataDir.resolve(BackupRequests.FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        String port = null;
        String token = null;
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.startsWith("port=")) {
                    port = line.substring(5).strip();
                } else if (line.startsWith("token=")) {
                    token = line.substring(6).strip();
                }
            }
        } catch (IOException e) {
            log.warn("Cannot read {}", file, e);
            return Optional.empty();
        }
        if (port == null || token == null || !port.matches("\\d{1,5}")) {
            return Optional.empty();
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(port)), CONNECT_TIMEOUT_MILLIS);
            socket.setSoTimeout(GREETING_TIMEOUT_MILLIS);
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            // The token goes only to a port that greets as Vigil: a stale file may name someone else's port now.
            if (!BackupRequests.GREETING.equals(in.readLine())) {
                return Optional.empty();
            }
            Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
            out.write(token + "\n" + user + "\n" + target.toAbsolutePath() + "\n");
            out.flush();
            // The backup runs while we wait: as long as it takes.
            socket.setSoTimeout(0);
            String answer = in.readLine();
            return answer == null ? Optional.empty() : Optional.of(parse(answer));
        } catch (IOException | RuntimeException e) {
            log.info("No running Vigil answered on port {}", port, e);
            return Optional.empty();
        }
    }

    private static Outcome<BackupSummary> parse(String answer) {
        List<String> fields = Arrays.asList(answer.split("\t", -1));
        if (fields.getFirst().equals(BackupRequests.DONE) && fields.size() == 6) {
            return Outcome.done(new BackupSummary(Path.of(fields.get(1)), Backups.Readability.OPENED, null, null, fields.get(2),
                    Instant.parse(fields.get(3)), Long.parseLong(fields.get(4)), fields.get(5)));
        }
        if (fields.getFirst().equals(BackupRequests.REFUSED) && fields.size() >= 3) {
            return Outcome.refused(new Refusal(fields.get(1), fields.get(2), List.copyOf(fields.subList(3, fields.size()))));
        }
        return Outcome.refused(Refusal.of("DB-1", "backups.request.refused"));
    }
}
