package org.vigil.store;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The rows a write transaction has inserted, updated or deleted and no audit event has sealed yet.
 * {@link RowSealTrigger} adds to it; {@link AuditTrail#append} drains it. It lives on the thread
 * that runs {@link Database#write}, because embedded H2 fires triggers on the thread that runs the
 * statement; changes made anywhere else (H2's shell, a script) are never collected, and so never
 * sealed, and {@code verify} finds them.
 */
final class RowChanges {

    private static final ThreadLocal<RowChanges> CURRENT = new ThreadLocal<>();

    private final Set<RowRef> pending = new LinkedHashSet<>();

    static RowChanges current() {
        return CURRENT.get();
    }

    /** Starts collecting on this thread; returns what was collecting before (a nested write), to restore. */
    static RowChanges begin(RowChanges changes) {
        RowChanges before = CURRENT.get();
        CURRENT.set(changes);
        return before;
    }

    static void end(RowChanges before) {
        if (before == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(before);
        }
    }

    void touched(String table, String key) {
        pending.add(new RowRef(table, key));
    }

    boolean isEmpty() {
        return pending.isEmpty();
    }

    List<RowRef> drain() {
        List<RowRef> rows = List.copyOf(pending);
        pending.clear();
        return rows;
    }

    /** One row of a sealed table, by its primary key's values joined with '|'. */
    record RowRef(String table, String key) {}
}
