package com.fieldwork.console.setup;

import java.util.ArrayList;
import java.util.List;

/** An office server that answers for one user and password, and a configuration file that is a list. */
final class FakeDatabaseSetup implements DatabaseSetup {

    static final String URL = "jdbc:postgresql://office-pc:5432/fieldwork";
    static final String USER = "fieldwork";
    static final String PASSWORD = "s3cret";

    final List<DatabaseChoice> saved = new ArrayList<>();
    int tests;

    @Override
    public String test(DatabaseChoice.OfficeServer server) throws ConnectionProblem {
        tests++;
        if (!server.url().equals(URL)) {
            throw new ConnectionProblem("Nothing answers at office-pc:5433: is the office server on?");
        }
        if (!server.user().equals(USER) || !server.password().equals(PASSWORD)) {
            throw new ConnectionProblem("The office server refused user " + server.user() + ": wrong user or password");
        }
        return "PostgreSQL 18.1";
    }

    @Override
    public void save(DatabaseChoice choice) {
        saved.add(choice);
    }
}
