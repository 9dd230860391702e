package com.fieldwork.packaging.cli;

import com.fieldwork.api.FieldApiServer;

/**
 * What the launcher's exit code means, the same for every command, so a script or an installer can tell a
 * wrong setting from a database that is down. The README's "Commands" section lists them.
 */
public final class ExitCodes {

    public static final int OK = 0;
    /** Something the launcher did not expect; the log file has the details. */
    public static final int SOFTWARE = 1;
    /** A wrong setting or argument (also picocli's code for a usage error). */
    public static final int CONFIGURATION = FieldApiServer.EXIT_CONFIGURATION;
    /** The database cannot be opened, migrated or written. */
    public static final int DATABASE = FieldApiServer.EXIT_DATABASE;
    /** The API's port is taken or the host is not this machine's. */
    public static final int PORT = FieldApiServer.EXIT_PORT;
    /** The command would overwrite or duplicate something: a taken username, a database that is not empty. */
    public static final int REFUSED = 5;
    /** A file the command reads or writes (backup, password file) is missing, unreadable or not what it should be. */
    public static final int FILE = 6;

    private ExitCodes() {
    }
}
