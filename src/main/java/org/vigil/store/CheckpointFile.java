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

/**
 * Audit chain heads written outside the database (SIG-4): on every backup, verification and
 * clean shutdown. Whoever cuts events off the end of the chain inside the database cannot make
 * the chain reach these again.
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
        String line = checkpoint.seq() + "\t" + checkpoint.hash() + "\t" + checkpoint.at() + "\t" + checkpoint.source() + "\n";
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
