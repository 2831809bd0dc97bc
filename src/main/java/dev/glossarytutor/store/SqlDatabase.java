package dev.glossarytutor.store;

import dev.glossarytutor.quiz.UnitOfWork;

/**
 * A JDBC database that runs work in transactions: SQLite or PostgreSQL. A repository whose SQL is
 * the same on both takes this and is written once; it is also the unit of work of its store.
 */
public interface SqlDatabase extends UnitOfWork, AutoCloseable {

    /** Runs {@code work} in one transaction, committed when it returns, rolled back when it throws. */
    <T> T inTransaction(SqlWork<T> work);

    /** Runs read-only {@code work}. */
    <T> T read(SqlWork<T> work);

    /** {@code column} compared by code point, for ORDER BY: both stores then list text in the same order. */
    String byCodePoint(String column);

    /** Releases the connections; the store is unusable afterwards. */
    @Override
    void close();
}
