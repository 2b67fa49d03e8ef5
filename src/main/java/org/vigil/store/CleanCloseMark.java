package org.vigil.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.vigil.domain.ChainKey;

/**
 * What identifies the database file as Vigil's last clean close left it, written after that close
 * and removed by the next opening before it writes (issue 16).
 * <p>
 * Since issue 14 an opening reads every row of every table read-only before the read-write open,
 * so that a damaged file is found and reported before one byte of it is written. That read grows
 * with the clinic's years (seconds at ten). A file that is still exactly what a clean close left
 * has nothing new to find: it was read whole when it was opened (or was itself such a file), was
 * then written only by Vigil, was closed without a fault (while close compacts, H2 reads every live
 * page to rewrite it), and nothing has written to it since. So when the file matches, the opening reads only
 * what every opening reads (the schema and the audit head, still read-only first) and leaves the
 * every-row read to the daily check and {@code verify}; a page that fails later stops all writing
 * ({@code Database.damageOr}). Any other file (after a kill, a restore, a copy brought in, a file
 * edited, truncated or damaged in place, the mark deleted or altered) gets the full read, as before.
 * <p>
 * The fingerprint costs the same at any size: the file's length, modification time and identity
 * (inode where the system has one), a SHA-256 of its first {@value #HEAD_BYTES} bytes (H2's file
 * headers) and of its last {@value #TAIL_BYTES} (the newest chunks, where the opening starts
 * reading), and an HMAC of all of it with the chain key, which is not in the data folder, so the
 * mark cannot be made by hand for another file.
 */
public final class CleanCloseMark {

    static final String NAME = "clean-close.txt";
    static final int HEAD_BYTES = 64 * 1024;
    static final int TAIL_BYTES = 1024 * 1024;
    private static final String MAC_CONTEXT = "vigil clean close\n";

    private CleanCloseMark() {}

    /** After a clean close: the file as it now lies on disk. A failure only costs the next opening its full read. */
    static void record(Path dataDir, Path file, ChainKey key) {
        try {
            String fields = fingerprint(file);
            PrivateFiles.write(dataDir.resolve(NAME), fields + "\t" + key.mac(MAC_CONTEXT + fields) + "\n");
        } catch (IOException | RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(CleanCloseMark.class).warn("Cannot record the clean close of {}; the next opening reads it all", file, e);
        }
    }

    /** Whether the file is exactly as the last clean close left it. */
    static boolean matches(Path dataDir, Path file, ChainKey key) {
        Path mark = dataDir.resolve(NAME);
        if (!Files.isRegularFile(mark)) {
            return false;
        }
        try {
            String recorded = Files.readString(mark, StandardCharsets.UTF_8).strip();
            int tab = recorded.lastIndexOf('\t');
            if (tab < 0) {
                return false;
            }
            String fields = recorded.substring(0, tab);
            boolean keyed = MessageDigest.isEqual(key.mac(MAC_CONTEXT + fields).getBytes(StandardCharsets.US_ASCII),
                    recorded.substring(tab + 1).getBytes(StandardCharsets.US_ASCII));
            return keyed && fields.equals(fingerprint(file));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Before the read-write open: from here the file is no longer what the close left, whatever happens next (a kill included). */
    static void forget(Path dataDir) {
        try {
            Files.deleteIfExists(dataDir.resolve(NAME));
        } catch (IOException e) {
            // The file's time and content change at the first write anyway, so a stale mark does not match it.
            org.slf4j.LoggerFactory.getLogger(CleanCloseMark.class).warn("Cannot remove {}", dataDir.resolve(NAME), e);
        }
    }

    static String fingerprint(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        long size = attributes.size();
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            digest(channel, sha, 0, Math.min(size, HEAD_BYTES));
            long tailStart = Math.max(Math.min(size, HEAD_BYTES), size - TAIL_BYTES);
            digest(channel, sha, tailStart, size - tailStart);
        }
        return size + "\t" + attributes.lastModifiedTime().toInstant() + "\t" + attributes.fileKey() + "\t"
                + HexFormat.of().formatHex(sha.digest());
    }

    private static void digest(FileChannel channel, MessageDigest sha, long from, long length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
        long position = from;
        long end = from + length;
        while (position < end) {
            buffer.clear().limit((int) Math.min(buffer.capacity(), end - position));
            int read = channel.read(buffer, position);
            if (read < 0) {
                throw new IOException("the file ended at " + position + " while being read");
            }
            buffer.flip();
            sha.update(buffer);
            position += read;
        }
    }
}
