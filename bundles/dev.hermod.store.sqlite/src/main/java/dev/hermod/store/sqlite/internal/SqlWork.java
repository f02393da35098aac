package dev.hermod.store.sqlite.internal;

import java.sql.Connection;
import java.sql.SQLException;

/** A unit of database work run on a connection lent by {@link StateDatabase}. */
@FunctionalInterface
interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
