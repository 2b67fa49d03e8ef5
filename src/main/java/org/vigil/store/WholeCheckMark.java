package org.vigil.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.vigil.domain.ChainKey;

/**
 * When the whole check (every event of the chain, every record against its seal, every table;
 * {@code verify} or the daily check) last ran on this folder and whether it found everything
 * intact (SIG-4, issue 16). One line, replaced atomically, keyed with the chain key so that it
 * cannot be written by hand.
 * <p>
 * It decides two things: when the daily check is due, and whether the check at shutdown may
 * resume from the last verified head. After a whole check found a problem, the check at shutdown
 * reads the whole chain again and records no checkpoint for a broken one, as before issue 16. A
 * line altered or deleted counts as "no whole check yet": the daily check runs at the next start.
 */
public final class WholeCheckMark {

    static final String NAME = "integrity-check.txt";
    private static final String MAC_CONTEXT = "vigil whole check\n";

    /** What the last whole check found, and when. */
    public record Result(Instant at, boolean intact) {}

    private final Path file;

    public WholeCheckMark(Path dataDir) {
        this.file = dataDir.resolve(NAME);
    }

    /** The last whole check's result, when the file holds one whose HMAC holds. */
    public Optional<Result> read(ChainKey key) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            String line = Files.readString(file, StandardCharsets.UTF_8).strip();
            String[] parts = line.split("\t");
            if (parts.length != 3) {
                return Optional.empty();
            }
            String fields = parts[0] + "\t" + parts[1];
            if (!java.security.MessageDigest.isEqual(key.mac(MAC_CONTEXT + fields).getBytes(StandardCharsets.US_ASCII),
                    parts[2].getBytes(StandardCharsets.US_ASCII))) {
                return Optional.empty();
            }
            return Optional.of(new Result(Instant.parse(parts[0]), parts[1].equals("intact")));
        } catch (IOException | RuntimeException e) {
            throw new StoreException("Cannot read " + file, e);
        }
    }

    /** Replaces the mark atomically: a crash mid-write leaves the previous one, never half of one. */
    public void write(Result result, ChainKey key) {
        String fields = result.at() + "\t" + (result.intact() ? "intact" : "not intact");
        try {
            PrivateFiles.write(file, fields + "\t" + key.mac(MAC_CONTEXT + fields) + "\n");
        } catch (IOException e) {
            throw new StoreException("Cannot write " + file, e);
        }
    }
}
