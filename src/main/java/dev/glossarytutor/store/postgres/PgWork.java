package dev.glossarytutor.store.postgres;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done inside one PostgreSQL transaction. */
@FunctionalInterface
public interface PgWork<T> {
    T run(Connection connection) throws SQLException;
}
