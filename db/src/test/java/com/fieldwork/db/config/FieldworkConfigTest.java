package com.fieldwork.db.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FieldworkConfigTest {

    @TempDir
    Path home;

    @Test
    void withNothingSetItIsTheEmbeddedDatabaseInTheHomeFolderWithTheDemo() {
        FieldworkConfig config = FieldworkConfig.load(Map.of(), home);

        assertThat(config.dataDir()).isEqualTo(home.resolve(".fieldwork").toAbsolutePath().normalize());
        assertThat(config.database().url()).isEqualTo("jdbc:h2:file:"
                + config.dataDir().resolve("db").resolve("fieldwork").toString().replace('\\', '/')
                + ";AUTO_SERVER=TRUE");
        assertThat(config.isEmbedded()).isTrue();
        assertThat(config.apiHost()).isEqualTo("127.0.0.1");
        assertThat(config.apiPort()).isEqualTo(7070);
        assertThat(config.loadDemoData()).isTrue();
    }

    @Test
    void theFileInTheDataFolderSetsAndTheEnvironmentOverrides() throws IOException {
        Path data = home.resolve("fw");
        Files.createDirectories(data);
        Files.writeString(data.resolve(FieldworkConfig.FILE_NAME), """
                db.url=jdbc:postgresql://db.example:5432/fieldwork
                db.user=fieldwork
                api.port=8080
                api.host=0.0.0.0
                """);

        FieldworkConfig config = FieldworkConfig.load(
                Map.of("FIELDWORK_DATA_DIR", data.toString(), "FIELDWORK_API_PORT", "9090"), home);

        assertThat(config.dataDir()).isEqualTo(data.toAbsolutePath().normalize());
        assertThat(config.database().url()).isEqualTo("jdbc:postgresql://db.example:5432/fieldwork");
        assertThat(config.database().user()).isEqualTo("fieldwork");
        assertThat(config.apiHost()).isEqualTo("0.0.0.0");
        assertThat(config.apiPort()).isEqualTo(9090);
        assertThat(config.isEmbedded()).isFalse();
        assertThat(config.loadDemoData()).as("a shared database starts empty").isFalse();
    }

    @Test
    void theEmbeddedDatabaseGetsAConnectionPerCoreAServerTenUnlessSet() {
        int cores = Math.max(2, Runtime.getRuntime().availableProcessors());

        assertThat(FieldworkConfig.load(Map.of(), home).database().maxPoolSize()).isEqualTo(cores);
        assertThat(FieldworkConfig.load(Map.of("FIELDWORK_DB_URL", "jdbc:postgresql://db:5432/fw"), home)
                .database().maxPoolSize()).isEqualTo(10);
        assertThat(FieldworkConfig.load(Map.of("FIELDWORK_DB_POOL_SIZE", "7"), home).database().maxPoolSize())
                .isEqualTo(7);
    }

    @Test
    void aTlsKeystoreIsTakenFromTheDataFolderAndItsPasswordNeverShown() {
        FieldworkConfig config = FieldworkConfig.load(Map.of("FIELDWORK_API_TLS_KEYSTORE", "tls/api.p12",
                "FIELDWORK_API_TLS_PASSWORD", "hunter2-long"), home);

        assertThat(config.apiTls()).hasValueSatisfying(tls -> {
            assertThat(tls.path()).isEqualTo(config.dataDir().resolve("tls").resolve("api.p12"));
            assertThat(tls.password()).isEqualTo("hunter2-long");
        });
        assertThat(config.toString()).contains("api.p12").doesNotContain("hunter2-long");
        assertThat(FieldworkConfig.load(Map.of(), home).apiTls()).isEmpty();
    }

    @Test
    void aKeystoreWithoutItsPasswordOrAPasswordWithoutKeystoreIsRefused() {
        assertThatThrownBy(() -> FieldworkConfig.load(Map.of("FIELDWORK_API_TLS_KEYSTORE", "/etc/fw/api.p12"), home))
                .isInstanceOf(ConfigException.class)
                .hasMessage("Setting api.tls.keystore (environment variable FIELDWORK_API_TLS_KEYSTORE) needs its "
                        + "password in api.tls.password (FIELDWORK_API_TLS_PASSWORD)");
        assertThatThrownBy(() -> FieldworkConfig.load(Map.of("FIELDWORK_API_TLS_PASSWORD", "hunter2-long"), home))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("Setting api.tls.password (environment variable FIELDWORK_API_TLS_PASSWORD) "
                        + "is set but api.tls.keystore is not")
                .hasMessageNotContaining("hunter2-long");
    }

    @Test
    void aBadValueNamesTheSettingWhereItCameFromAndWhatIsExpected() {
        assertThatThrownBy(() -> FieldworkConfig.load(Map.of("FIELDWORK_API_PORT", "70000"), home))
                .isInstanceOf(ConfigException.class)
                .hasMessage("Setting api.port (environment variable FIELDWORK_API_PORT) is '70000': "
                        + "expected a whole number from 1 to 65535");
        assertThatThrownBy(() -> FieldworkConfig.load(Map.of("FIELDWORK_DEMO_DATA", "maybe"), home))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("demo.load").hasMessageContaining("expected true or false");
        assertThatThrownBy(() -> FieldworkConfig.load(Map.of("FIELDWORK_DB_URL", "postgres://x"), home))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("Setting db.url (environment variable");
    }
}
