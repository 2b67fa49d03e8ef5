package org.vigil.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.RandomAccessStore;

/**
 * Keeps {@code vigil.mv.db} near the size of the data it holds (issue 16, item 1), in short slices
 * while Vigil runs, instead of one long rewrite at close.
 *
 * <p>Why this shape. Every write is committed and forced to disk, which writes one H2 chunk; the
 * chunk it replaces is mostly dead at once. Left alone the file grows about fifty times faster than
 * the data. H2's own background compaction cannot be used as it is: it lets new chunks fill the
 * holes left by old ones (REUSE_SPACE), and H2 2.5 does not find after a kill a synced chunk that
 * went into a hole its predecessor had not predicted, because the store header written for it still
 * names the predecessor ({@code H2ChunkPlacementTest} shows it against H2 alone). So commits always
 * go to the end of the file, where H2 finds the newest chunk after a kill, and holes are filled only
 * here, by H2's compaction (rewrite the live pages of mostly dead chunks, move chunks down, cut the
 * file), while {@link Database} holds every commit back. Each slice is bounded ({@link #SLICE_BYTES})
 * so a nurse's save waits at most one slice.
 *
 * <p>The numbers are technical, not clinical: a trigger below the bound of twice the
 * compacted size (H2's own SHUTDOWN COMPACT also compresses, so the live estimate here is larger
 * than that size; pages are compressed as they are written, COMPRESS=TRUE, to keep the two close).
 */
final class FileCompaction {

    /** Compact once the file is this many times the live data (plus {@link #FLOOR_BYTES}). */
    static final double TRIGGER_RATIO = 1.25;
    /**
     * Past this the background thread has fallen behind (a busy machine): the writer waits for
     * slices until the file is back under it before its save returns, so the bound holds however
     * the threads are scheduled.
     */
    static final double OVERDUE_RATIO = 1.5;
    /** Stop once the file is within this many times the live data. */
    static final double TARGET_RATIO = 1.05;
    /**
     * A new clinic's file is about a hundred kilobytes and each save adds a chunk of 4 to 20: below
     * this much waste a slice is not worth it. Small, because twice a small file is not much.
     */
    static final long FLOOR_BYTES = 16 * 1024;
    /** How much one slice may rewrite or move: about 100 ms on this machine's disk. */
    static final int SLICE_BYTES = 2 * 1024 * 1024;
    /** One run stops after this many slices even if H2 keeps finding work (it never should). */
    static final int MAX_SLICES_PER_RUN = 256;
    /** How many more moves a slice makes to bring a lengthened file back (one has always been enough). */
    private static final int MAX_MOVES_TO_SHORTEN = 8;
    /** H2 rewrites a chunk whose live share is at most this, in percent. */
    private static final int REWRITE_FILL_RATE = 90;

    private final MVStore store;
    private final RandomAccessStore fileStore;

    private FileCompaction(MVStore store, RandomAccessStore fileStore) {
        this.store = store;
        this.fileStore = fileStore;
    }

    /** The store behind an embedded H2 connection of the file. */
    static FileCompaction of(Connection connection) throws SQLException {
        JdbcConnection h2 = connection.unwrap(JdbcConnection.class);
        MVStore store = ((SessionLocal) h2.getSession()).getDatabase().getStore().getMvStore();
        FileStore<?> fileStore = store.getFileStore();
        if (!(fileStore instanceof RandomAccessStore single)) {
            throw new StoreException("Unexpected H2 file store " + fileStore.getClass().getName(), null);
        }
        return new FileCompaction(store, single);
    }

    /** The file's size and the part of it that live data takes, in bytes. */
    FileUse use() {
        long size = fileStore.size();
        // Free blocks between chunks, then dead pages inside chunks (young chunks count as live).
        long inChunks = size * fileStore.getFillRate() / 100;
        return new FileUse(size, inChunks * fileStore.getChunksFillRate() / 100);
    }

    boolean wasteful() {
        FileUse use = use();
        return use.size() > TRIGGER_RATIO * use.live() + FLOOR_BYTES;
    }

    boolean overdue() {
        FileUse use = use();
        return use.size() > OVERDUE_RATIO * use.live() + FLOOR_BYTES;
    }

    /**
     * One bounded step of compaction. The caller must hold every commit back: while it runs, H2
     * places chunks in holes. Returns whether more remains to do.
     */
    boolean slice() {
        long before = fileStore.size();
        // Chunks freed by the rewrite may be reused at once (only here: commits never reuse space).
        store.setRetentionTime(0);
        fileStore.setReuseSpace(true);
        boolean rewrote;
        try {
            rewrote = store.compact(REWRITE_FILL_RATE, SLICE_BYTES);
            fileStore.compactMoveChunks(100, SLICE_BYTES, store);
            // Moving copies chunks to the end of the file before their old place is reused, and now
            // and then a move ends there (a file twice its size, seen in FileCompactionTest). The
            // slice goes on until the file is no longer than it began, so no commit and no kill
            // ever meets the lengthened file.
            for (int again = 0; fileStore.size() > before && again < MAX_MOVES_TO_SHORTEN; again++) {
                fileStore.compactMoveChunks(100, SLICE_BYTES, store);
            }
        } finally {
            fileStore.setReuseSpace(false);
        }
        FileUse use = use();
        // Moving chunks may first lengthen the file (they are copied to its end before their old
        // place is reused), so a slice that changed the size has more to do even if it rewrote nothing.
        boolean changed = rewrote || use.size() != before;
        return changed && use.size() > TARGET_RATIO * use.live() + FLOOR_BYTES / 2;
    }

    record FileUse(long size, long live) {}
}
