package org.vigil.store;

import java.util.Collection;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.EmptyHandling;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * One open transaction, handed by {@link Database#write} or {@link Database#read} to the work
 * and passed on to the stores. Services hold it only to pass it on: what it wraps is the store
 * layer's business, so nothing above the stores depends on how SQL is run.
 */
public final class Transaction {

    private final Handle handle;
    private final Sealing sealing;

    Transaction(Handle handle, Sealing sealing) {
        this.handle = handle;
        this.sealing = sealing;
    }

    /** What a transaction needs to seal the rows it writes: the chain key, the sealed tables' keys, the rows changed so far. */
    record Sealing(org.vigil.domain.ChainKey key, java.util.Map<String, List<String>> tableKeys, RowChanges changes) {}

    Sealing sealing() {
        return sealing;
    }

    Handle handle() {
        return handle;
    }

    /** Runs an INSERT with positional values and answers the new row's generated id. */
    long insert(String sql, Object... values) {
        return bound(handle.createUpdate(sql), values).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    /** A SELECT with positional values, to be mapped by the caller. */
    Query select(String sql, Object... values) {
        return bound(handle.createQuery(sql), values);
    }

    /**
     * A SELECT over several rows' keys at once, written with {@code IN (<ids>)}: one query where a
     * loop would run one per key. No keys selects nothing.
     */
    Query selectIn(String sql, Collection<Long> ids) {
        return handle.createQuery(sql).bindList(EmptyHandling.NULL_KEYWORD, "ids", List.copyOf(ids));
    }

    /** Runs an INSERT, UPDATE or DELETE with positional values. */
    void update(String sql, Object... values) {
        bound(handle.createUpdate(sql), values).execute();
    }

    /**
     * Enums go by name: binding by runtime class would miss an enum constant with a body, whose
     * class is not the enum's own.
     */
    private static <S extends SqlStatement<S>> S bound(S statement, Object... values) {
        for (int i = 0; i < values.length; i++) {
            statement.bind(i, values[i] instanceof Enum<?> e ? e.name() : values[i]);
        }
        return statement;
    }
}
