package org.vigil.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done inside one transaction. */
@FunctionalInterface
public interface SqlWork<T> {
    T apply(Connection connection) throws SQLException;
}
