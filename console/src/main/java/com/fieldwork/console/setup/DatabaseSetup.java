package com.fieldwork.console.setup;

/**
 * What the first-run dialog needs from outside the console: trying a connection to the office server, and
 * keeping the choice in the configuration file. The launcher implements it (it may name the database
 * drivers and the file; the console may not).
 */
public interface DatabaseSetup {

    /**
     * Opens and closes one connection to the office server's database.
     *
     * @return a short description of what answered, e.g. "PostgreSQL 16.4"
     * @throws ConnectionProblem with a sentence for the person at the desk (unreachable host, wrong password…)
     */
    String test(DatabaseChoice.OfficeServer server) throws ConnectionProblem;

    /** Writes the choice to the configuration file, so the next start opens the same database without asking. */
    void save(DatabaseChoice choice) throws ConnectionProblem;

    /** A problem the user can do something about, said in one sentence. */
    final class ConnectionProblem extends Exception {

        public ConnectionProblem(String message) {
            super(message);
        }

        public ConnectionProblem(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
