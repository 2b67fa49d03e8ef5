package org.vigil.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigil.domain.Outcome;
import org.vigil.domain.Refusal;
import org.vigil.service.Backups.BackupSummary;
import org.vigil.store.PrivateFiles;

/**
 * `vigil backup` while the window has the data folder (DB-1, SETUP-1). H2 lets one process open
 * the file, so the command asks the running Vigil to take the backup instead of failing.
 *
 * <p>The running Vigil listens on 127.0.0.1 only, on a port the system picks, and writes the
 * port and a random token to {@value #FILE_NAME} in the data folder, readable by its owner alone
 * (the data folder's own user). A request must carry that token (compared in constant time),
 * so only someone who can read the data folder can ask, and all they can ask for is a backup,
 * which they could take by copying the folder anyway. The file is removed when the window
 * closes; a file left by a killed window names a port nobody answers on, and the command then
 * says the folder is in use, as before.
 *
 * <p>The protocol is lines of UTF-8: the server greets with {@value #GREETING}; the client sends
 * the token, the operating-system user and the absolute target; the server answers one line,
 * "DONE" or "REFUSED" with tab-separated fields.
 */
public final class BackupRequests implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BackupRequests.class);

    public static final String FILE_NAME = "backup-requests.txt";
    public static final String GREETING = "VIGIL-BACKUP 1";
    public static final String DONE = "DONE";
    public static final String REFUSED = "REFUSED";
    /** Longest request line: a path and a user name, never a payload. */
    public static final int MAX_LINE = 4_096;
    /** How long a client may take to send its request: a slow or silent one does not hold the door. */
    static final int READ_TIMEOUT_MILLIS = 10_000;
    private static final int TOKEN_BYTES = 32;
    /** The audit trail's user column holds 64 characters, "cli:" included. */
    static final int MAX_USER = 60;

    private final ServerSocket server;
    private final Path file;
    private final byte[] token;
    private final BackupSchedule schedule;
    private final Thread thread;
    private volatile boolean open = true;

    private BackupRequests(ServerSocket server, Path file, byte[] token, BackupSchedule schedule) {
        this.server = server;
        this.file = file;
        this.token = token;
        this.schedule = schedule;
        this.thread = new Thread(this::serve, "vigil-backup-requests");
        thread.setDaemon(true);
    }

    /**
     * Starts listening for the data folder that {@code services} has open.
     *
     * @throws IOException when no loopback port can be opened or the file cannot be written;
     *     the window then runs without it, and `vigil backup` reports the folder in use
     */
    public static BackupRequests start(Services services) throws IOException {
        ServerSocket server = new ServerSocket(0, 4, InetAddress.getLoopbackAddress());
        byte[] token = new byte[TOKEN_BYTES];
        new SecureRandom().nextBytes(token);
        Path file = services.dataDir().resolve(FILE_NAME);
        try {
            PrivateFiles.write(file, "port=" + server.getLocalPort() + "\ntoken=" + HexFormat.of().formatHex(token) + "\n");
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
        BackupRequests requests = new BackupRequests(server, file, token, services.backupSchedule());
        requests.thread.start();
        // Ended by the system (logout, SIGTERM) without the window's close: the file goes too. After a
        // kill -9 it stays, and the command finds nobody on its port and opens the folder itself.
        Runtime.getRuntime().addShutdownHook(new Thread(requests::removeFile, "vigil-backup-requests-cleanup"));
        log.info("Backup requests from the command line on 127.0.0.1:{}", server.getLocalPort());
        return requests;
    }

    /** The address it listens on: the loopback interface, never the network. */
    public InetAddress boundTo() {
        return server.getInetAddress();
    }

    /** The port, for tests. */
    public int port() {
        return server.getLocalPort();
    }

    private void serve() {
        while (open) {
            try (Socket client = server.accept()) {
                answer(client);
            } catch (SocketException e) {
                if (open) {
                    log.warn("Backup request connection failed", e);
                }
            } catch (IOException | RuntimeException e) {
                // One bad request must not stop the next: logged, and the client saw its connection end.
                log.warn("Backup request failed", e);
            }
        }
    }

    private void answer(Socket client) throws IOException {
        client.setSoTimeout(READ_TIMEOUT_MILLIS);
        BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
        Writer out = new OutputStreamWriter(client.getOutputStream(), StandardCharsets.UTF_8);
        out.write(GREETING + "\n");
        out.flush();
        Optional<String> sentToken = line(in);
        Optional<String> user = line(in);
        Optional<String> target = line(in);
        if (sentToken.isEmpty() || user.isEmpty() || target.isEmpty() || user.get().length() > MAX_USER) {
            schedule.requestRefused(user.map(u -> u.substring(0, Math.min(u.length(), MAX_USER))).orElse("?"), "incomplete request");
            reply(out, REFUSED + "\t" + BackupSchedule.encode(Refusal.of("DB-1", "backups.request.refused")));
            return;
        }
        if (!tokenMatches(sentToken.get())) {
            schedule.requestRefused(user.get(), "wrong token");
            reply(out, REFUSED + "\t" + BackupSchedule.encode(Refusal.of("DB-1", "backups.request.refused")));
            return;
        }
        Path path;
        try {
            path = Path.of(target.get());
        } catch (java.nio.file.InvalidPathException e) {
            reply(out, REFUSED + "\t" + BackupSchedule.encode(Refusal.of("SETUP-1", "backups.failed", target.get())));
            return;
        }
        // The backup itself may take minutes: the client waits for it, so the read timeout is lifted.
        client.setSoTimeout(0);
        Outcome<BackupSummary> outcome = schedule.requested("cli:" + user.get(), path);
        reply(out, switch (outcome) {
            case Outcome.Done<BackupSummary> done -> String.join("\t", DONE, clean(done.value().file().toAbsolutePath().toString()),
                    clean(done.value().clinicName()), done.value().takenAt().toString(), Long.toString(done.value().auditHeadSeq()),
                    done.value().auditHeadHash());
            case Outcome.Refused<BackupSummary> refused -> REFUSED + "\t" + BackupSchedule.encode(refused.refusal());
            case Outcome.Invalid<BackupSummary> _ -> REFUSED + "\t" + BackupSchedule.encode(Refusal.of("SETUP-1", "backups.failed", path));
        });
    }

    private boolean tokenMatches(String sent) {
        byte[] given;
        try {
            given = HexFormat.of().parseHex(sent);
        } catch (IllegalArgumentException e) {
            return false;
        }
        // Constant time: how much of a guess was right must not show in how long the answer takes.
        return MessageDigest.isEqual(token, given);
    }

    /** One line, or empty when the client sent nothing, too much, or characters that cannot be a user or a path. */
    private static Optional<String> line(BufferedReader in) throws IOException {
        StringBuilder text = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0 || text.length() >= MAX_LINE || c == '\t' || c == 0) {
                return Optional.empty();
            }
            text.append((char) c);
        }
        String line = text.toString().strip();
        return line.isEmpty() ? Optional.empty() : Optional.of(line);
    }

    private static String clean(String text) {
        return text.replace('\t', ' ').replace('\n', ' ');
    }

    private static void reply(Writer out, String line) throws IOException {
        out.write(line + "\n");
        out.flush();
    }

    private void removeFile() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not remove {}", file, e);
        }
    }

    /** Stops listening and removes the file, so no command sends its token to a port that is gone. */
    @Override
    public void close() {
        open = false;
        removeFile();
        try {
            server.close();
        } catch (IOException e) {
            log.warn("Could not close the backup request port", e);
        }
    }
}
