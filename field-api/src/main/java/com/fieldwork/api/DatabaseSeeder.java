package com.fieldwork.api;

import com.fieldwork.db.Database;

/**
 * Fills a freshly created database with starting data (the demo company) before the API accepts
 * requests. Implementations must do nothing when the database already holds data, so every start
 * may call them.
 */
@FunctionalInterface
public interface DatabaseSeeder {

    /** Leaves the database as it is. */
    DatabaseSeeder NONE = database -> { };

    void seedIfEmpty(Database database);
}
