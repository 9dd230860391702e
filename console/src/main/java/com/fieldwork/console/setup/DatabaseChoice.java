package com.fieldwork.console.setup;

import java.util.Objects;

/**
 * Where this workstation's console keeps its data: its own embedded database, or the office server's
 * shared one (a PostgreSQL or an H2 server, named by a JDBC URL). The password never appears in
 * {@link #toString()}.
 */
public sealed interface DatabaseChoice {

    /** Mode 1: an H2 file in this computer's data folder; nothing to enter. */
    record ThisComputer() implements DatabaseChoice {
    }

    /** Mode 2: the office server's database. */
    record OfficeServer(String url, String user, String password) implements DatabaseChoice {

        public OfficeServer {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(password, "password");
        }

        @Override
        public String toString() {
            return "OfficeServer[url=" + url + ", user=" + user + "]";
        }
    }
}
