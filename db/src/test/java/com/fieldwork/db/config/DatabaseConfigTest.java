package com.fieldwork.db.config;

import com.fieldwork.db.DatabaseConfig;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseConfigTest {

    @Test
    void aPasswordWrittenIntoTheUrlNeverReachesMessagesOrLogs() {
        DatabaseConfig postgres = new DatabaseConfig(
                "jdbc:postgresql://db:5432/fieldwork?user=fw&password=Pg-Secret-1&ssl=true", "fw", "", 4);
        DatabaseConfig h2 = new DatabaseConfig("jdbc:h2:tcp://office/fieldwork;PASSWORD=H2-Secret-2;AUTO_RECONNECT=TRUE",
                "sa", "Other-Secret-3", 4);

        assertThat(postgres.displayUrl()).isEqualTo("jdbc:postgresql://db:5432/fieldwork?user=fw&password=***&ssl=true");
        assertThat(h2.displayUrl()).isEqualTo("jdbc:h2:tcp://office/fieldwork;PASSWORD=***;AUTO_RECONNECT=TRUE");
        assertThat(postgres + " " + h2).doesNotContain("Pg-Secret-1", "H2-Secret-2", "Other-Secret-3");
    }

    @Test
    void aUrlWithoutAPasswordIsShownAsItIs() {
        String url = "jdbc:h2:file:/home/office/.fieldwork/db/fieldwork;AUTO_SERVER=TRUE";
        assertThat(new DatabaseConfig(url, "sa", "", 2).displayUrl()).isEqualTo(url);
    }
}
