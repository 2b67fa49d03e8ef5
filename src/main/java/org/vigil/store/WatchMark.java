package org.vigil.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The last moment this workstation's Vigil was known to be watching sessions, kept in a small
 * file next to the database (ALM-4). Outside the database on purpose: it is rewritten every
 * half minute and is not clinical data, so it must not grow the audit chain. After a crash it
 * tells which due items fell due while nobody was watching.
 */
public final class WatchMark {

    static final String NAME = "last-watched.txt";

    private final Path file;

    public WatchMark(Path dataDir) {
        this.file = dataDir.resolve(NAME);
    }

    public Optional<Instant> read() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(Files.readString(file, StandardCharsets.UTF_8).strip()));
        } catch (IOException | DateTimeParseException e) {
            throw new StoreException("Cannot read " + file, e);
        }
    }

    /** Replaces the mark atomically, so a crash mid-write leaves the previous mark, never half of one. */
    public void write(Instant at) {
        Path temporary = file.resolveSibling(NAME + ".tmp");
        try {
            Files.writeString(temporary, at.toString(), StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException("Cannot write " + file, e);
        }
    }
}
