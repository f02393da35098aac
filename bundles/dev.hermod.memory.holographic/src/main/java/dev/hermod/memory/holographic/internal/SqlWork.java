package dev.hermod.memory.holographic.internal;

import java.sql.Connection;
import java.sql.SQLException;

/** A unit of database work run on the connection lent by {@link FactDatabase}. */
@FunctionalInterface
interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
