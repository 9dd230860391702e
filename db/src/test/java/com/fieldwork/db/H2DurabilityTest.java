package com.fieldwork.db;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * H2 databases are opened so that a commit is in the file before it returns (WRITE_DELAY 0): the field API
 * answers 2xx only after its commit, and KillNineTest (field-api) shows what a kill -9 loses otherwise.
 */
class H2DurabilityTest {

    @Test
    void anH2FileDatabaseWritesEachCommitThrough(@TempDir Path folder) {
        String url = "jdbc:h2:file:" + folder.resolve("durable").toString().replace('\\', '/') + ";AUTO_SERVER=TRUE";
        try (Database database = Database.open(new DatabaseConfig(url, "sa", "", 2))) {
            // H2 lists the setting twice (its database setting and its store's), both must say 0
            assertThat(database.dsl().fetch("select setting_value from information_schema.settings "
                    + "where setting_name = 'WRITE_DELAY'").getValues(0, String.class)).isNotEmpty().containsOnly("0");
        }
    }

    @Test
    void aWriteDelayInTheConfiguredUrlWins() {
        assertThat(Database.h2Url("jdbc:h2:file:/x/db;write_delay=100")).endsWith(";write_delay=100;QUERY_CACHE_SIZE=256")
                .doesNotContain("WRITE_DELAY=0");
        assertThat(Database.h2Url("jdbc:h2:tcp://office-box:9092/fieldwork"))
                .isEqualTo("jdbc:h2:tcp://office-box:9092/fieldwork;QUERY_CACHE_SIZE=256;WRITE_DELAY=0");
    }
}
