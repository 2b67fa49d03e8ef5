package org.vigil.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.vigil.domain.ChainCheckpoint;
import org.vigil.domain.ChainKey;

/**
 * Audit chain heads written outside the database (SIG-4): on every backup, verification and
 * clean shutdown. Whoever cuts events off the end of the chain inside the database cannot make
 * the chain reach these again.
 * <p>
 * A head Vigil itself checked the chain up to is written with two more fields: how far back the
 * check went, and an HMAC of the line with the chain key (which is not in the data folder). The
 * next check at shutdown resumes from the last such head instead of the first event (issue 16).
 * A line edited, added or copied in from elsewhere does not carry a valid HMAC and is only a
 * checkpoint, never a place to resume from; a file deleted makes the next check start from the
 * first event again.
 */
public final class CheckpointFile {

    static final String NAME = "audit-checkpoints.txt";

    private final Path file;

    public CheckpointFile(Path dataDir) {
        this.file = dataDir.resolve(NAME);
    }

    public Path path() {
        return file;
    }

    public List<ChainCheckpoint> read() {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<ChainCheckpoint> result = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] parts = line.split("\t");
                if (line.isBlank() || line.startsWith("#") || parts.length < 4) {
                    continue;
                }
                result.add(new ChainCheckpoint(Long.parseLong(parts[0]), parts[1], Instant.parse(parts[2]), parts[3]));
            }
        } catch (IOException | RuntimeException e) {
            throw new StoreException("Cannot read the audit checkpoints in " + file, e);
        }
        return result;
    }

    public void append(ChainCheckpoint checkpoint) {
        write(checkpoint.seq() + "\t" + checkpoint.hash() + "\t" + checkpoint.at() + "\t" + checkpoint.source() + "\n");
    }

    /** How far back the check that verified a head went. */
    public enum Reach {
        /** From the first event. */
        WHOLE_CHAIN,
        /** From the head an earlier check had verified. */
        SINCE_LAST_CHECK
    }

    /** A head the chain was verified up to, with how far back that check went. */
    public record VerifiedHead(ChainCheckpoint checkpoint, Reach reach) {}

    /** Records a head that Vigil has just verified the chain up to, keyed so that it cannot be forged in the file. */
    public void appendVerified(ChainCheckpoint checkpoint, Reach reach, ChainKey key) {
        String fields = checkpoint.seq() + "\t" + checkpoint.hash() + "\t" + checkpoint.at() + "\t" + checkpoint.source() + "\t"
                + VERIFIED + reach.name();
        write(fields + "\t" + key.mac(MAC_CONTEXT + fields) + "\n");
    }

    /**
     * The highest head a check of Vigil's verified, among the lines whose HMAC holds; empty when
     * there is none (a new folder, a restore, the file deleted or every such line altered).
     */
    public java.util.Optional<VerifiedHead> lastVerified(ChainKey key) {
        if (!Files.exists(file)) {
            return java.util.Optional.empty();
        }
        VerifiedHead last = null;
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] parts = line.split("\t");
                if (parts.length != 6 || !parts[4].startsWith(VERIFIED)) {
                    continue;
                }
                String fields = line.substring(0, line.lastIndexOf('\t'));
                if (!java.security.MessageDigest.isEqual(key.mac(MAC_CONTEXT + fields).getBytes(StandardCharsets.US_ASCII),
                        parts[5].getBytes(StandardCharsets.US_ASCII))) {
                    continue;
                }
                ChainCheckpoint checkpoint = new ChainCheckpoint(Long.parseLong(parts[0]), parts[1], Instant.parse(parts[2]), parts[3]);
                if (last == null || checkpoint.seq() >= last.checkpoint().seq()) {
                    last = new VerifiedHead(checkpoint, Reach.valueOf(parts[4].substring(VERIFIED.length())));
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new StoreException("Cannot read the audit checkpoints in " + file, e);
        }
        return java.util.Optional.ofNullable(last);
    }

    private static final String VERIFIED = "verified:";
    /** Keeps this HMAC apart from every other use of the chain key. */
    private static final String MAC_CONTEXT = "vigil verified checkpoint\n";

    private void write(String line) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE)) {
            channel.write(StandardCharsets.UTF_8.encode(line));
            channel.force(true);
        } catch (IOException e) {
            throw new StoreException("Cannot write the audit checkpoint to " + file, e);
        }
    }

    /** After a restore the old checkpoints describe a chain that no longer exists; keep them aside. */
    public void startAfresh(ChainCheckpoint first, String suffix) {
        try {
            if (Files.exists(file)) {
                Files.move(file, file.resolveSibling(NAME + "." + suffix));
            }
        } catch (IOException e) {
            throw new StoreException("Cannot set aside " + file, e);
        }
        append(first);
    }
}
