package com.fieldwork.db.config;

import com.fieldwork.db.DatabaseConfig;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

/**
 * Every setting of an installation. Read in this order, later winning: built-in defaults (an
 * embedded H2 database in the data folder), {@code fieldwork.properties} in the data folder,
 * then {@code FIELDWORK_*} environment variables. With nothing set it simply works.
 */
public record FieldworkConfig(Path dataDir, DatabaseConfig database, String apiHost, int apiPort, boolean loadDemoData,
                              Optional<TlsKeystore> apiTls) {

    public static final String FILE_NAME = "fieldwork.properties";

    public FieldworkConfig {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(apiHost, "apiHost");
        Objects.requireNonNull(apiTls, "apiTls");
    }

    /** Plain HTTP: no TLS keystore. */
    public FieldworkConfig(Path dataDir, DatabaseConfig database, String apiHost, int apiPort, boolean loadDemoData) {
        this(dataDir, database, apiHost, apiPort, loadDemoData, Optional.empty());
    }

    /** The configuration of this machine, from the process environment. */
    public static FieldworkConfig load() {
        return load(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** Testable form: the environment and home folder are given. */
    public static FieldworkConfig load(Map<String, String> env, Path home) {
        Path dataDir = Path.of(env.getOrDefault("FIELDWORK_DATA_DIR", home.resolve(".fieldwork").toString()))
                .toAbsolutePath().normalize();
        Settings settings = new Settings(readFile(dataDir.resolve(FILE_NAME)), env);

        String url = settings.get("db.url", "FIELDWORK_DB_URL", embeddedUrl(dataDir));
        DatabaseConfig database;
        try {
            database = new DatabaseConfig(url,
                    settings.get("db.user", "FIELDWORK_DB_USER", "sa"),
                    settings.get("db.password", "FIELDWORK_DB_PASSWORD", ""),
                    settings.intValue("db.pool-size", "FIELDWORK_DB_POOL_SIZE", defaultPoolSize(url), 1, 200));
        } catch (IllegalArgumentException e) {
            throw new ConfigException("Setting db.url (" + settings.origin("db.url", "FIELDWORK_DB_URL") + "): "
                    + e.getMessage(), e);
        }
        // The demo company is for trying Fieldwork out on one machine; a company's shared PostgreSQL
        // database starts empty unless someone asks for it.
        return new FieldworkConfig(dataDir, database,
                settings.get("api.host", "FIELDWORK_API_HOST", "127.0.0.1"),
                settings.intValue("api.port", "FIELDWORK_API_PORT", 7070, 1, 65535),
                settings.booleanValue("demo.load", "FIELDWORK_DEMO_DATA", isEmbedded(url)),
                tls(settings, dataDir));
    }

    /**
     * HTTPS when a keystore is named; its password is then required (an empty one is refused rather than
     * guessed). A relative path is taken from the data folder. Whether the file opens is checked at start-up.
     */
    private static Optional<TlsKeystore> tls(Settings settings, Path dataDir) {
        String keystore = settings.get("api.tls.keystore", "FIELDWORK_API_TLS_KEYSTORE", "");
        String password = settings.get("api.tls.password", "FIELDWORK_API_TLS_PASSWORD", "");
        if (keystore.isEmpty()) {
            if (!password.isEmpty()) {
                throw new ConfigException("Setting api.tls.password (" + settings.origin("api.tls.password",
                        "FIELDWORK_API_TLS_PASSWORD") + ") is set but api.tls.keystore is not: name the PKCS12 "
                        + "keystore too (FIELDWORK_API_TLS_KEYSTORE), or remove the password");
            }
            return Optional.empty();
        }
        if (password.isEmpty()) {
            throw new ConfigException("Setting api.tls.keystore (" + settings.origin("api.tls.keystore",
                    "FIELDWORK_API_TLS_KEYSTORE") + ") needs its password in api.tls.password "
                    + "(FIELDWORK_API_TLS_PASSWORD)");
        }
        return Optional.of(new TlsKeystore(dataDir.resolve(keystore).toAbsolutePath().normalize(), password));
    }

    /**
     * AUTO_SERVER lets the console and a separate API process open the same file: the first
     * opens it and serves it to the others over a local socket.
     */
    static String embeddedUrl(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.resolve("db").resolve("fieldwork").toString().replace('\\', '/')
                + ";AUTO_SERVER=TRUE";
    }

    /**
     * Embedded H2 does its work on the request threads' own CPUs: more connections than cores only makes
     * concurrent writers collide inside H2 (the load benchmark's status changes cost about twice the CPU
     * each with 10 connections as with 2, on 2 cores). A database server keeps the usual 10.
     */
    static int defaultPoolSize(String url) {
        return isEmbedded(url) ? Math.max(2, Runtime.getRuntime().availableProcessors()) : 10;
    }

    public boolean isEmbedded() {
        return isEmbedded(database.url());
    }

    private static boolean isEmbedded(String url) {
        return url.startsWith("jdbc:h2:file:");
    }

    /**
     * The settings file's own entries, for modules with settings of their own (the console's map): a
     * lookup that answers null for a key the file does not have.
     */
    public static Function<String, String> fileSettings(Path dataDir) {
        return readFile(dataDir.resolve(FILE_NAME))::getProperty;
    }

    private static Properties readFile(Path file) {
        Properties properties = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                throw new ConfigException("Cannot read configuration file " + file + ": " + e.getMessage(), e);
            }
        }
        return properties;
    }

    @Override
    public String toString() {
        return "FieldworkConfig[dataDir=" + dataDir + ", " + database + ", api=" + apiHost + ":" + apiPort
                + ", loadDemoData=" + loadDemoData + ", apiTls=" + apiTls.map(TlsKeystore::toString).orElse("none")
                + "]";
    }

    private record Settings(Properties file, Map<String, String> env) {

        String get(String key, String envName, String fallback) {
            String fromEnv = env.get(envName);
            if (fromEnv != null && !fromEnv.isBlank()) {
                return fromEnv.trim();
            }
            String fromFile = file.getProperty(key);
            return fromFile != null && !fromFile.isBlank() ? fromFile.trim() : fallback;
        }

        String origin(String key, String envName) {
            if (env.get(envName) != null && !env.get(envName).isBlank()) {
                return "environment variable " + envName;
            }
            return file.getProperty(key) != null ? key + " in " + FILE_NAME : "default";
        }

        int intValue(String key, String envName, int fallback, int min, int max) {
            String raw = get(key, envName, Integer.toString(fallback));
            try {
                int value = Integer.parseInt(raw);
                if (value < min || value > max) {
                    throw new NumberFormatException();
                }
                return value;
            } catch (NumberFormatException e) {
                throw new ConfigException("Setting " + key + " (" + origin(key, envName) + ") is '" + raw
                        + "': expected a whole number from " + min + " to " + max);
            }
        }

        boolean booleanValue(String key, String envName, boolean fallback) {
            String raw = get(key, envName, Boolean.toString(fallback)).toLowerCase(java.util.Locale.ROOT);
            return switch (raw) {
                case "true", "yes", "1", "on" -> true;
                case "false", "no", "0", "off" -> false;
                default -> throw new ConfigException("Setting " + key + " (" + origin(key, envName) + ") is '" + raw
                        + "': expected true or false");
            };
        }
    }
}
