package com.fieldwork.api;

import io.javalin.config.JavalinConfig;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.UnrecoverableKeyException;
import java.util.Collections;
import java.util.Objects;

/**
 * HTTPS for the field API: Jetty's TLS connector over a PKCS12 keystore, in place of Javalin's plain one.
 * The keystore is opened when this is made, before anything listens, so a missing file, a wrong password
 * or a keystore without a private key stops the start with a sentence rather than a TLS stack trace.
 */
final class HttpsConnector {

    private final KeyStore keyStore;
    private final String password;

    private HttpsConnector(KeyStore keyStore, String password) {
        this.keyStore = keyStore;
        this.password = password;
    }

    /**
     * @throws IllegalArgumentException with a message for the user when the keystore cannot be used
     */
    static HttpsConnector open(Path path, String password) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(password, "password");
        try (InputStream in = Files.newInputStream(path)) {
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            keyStore.load(in, password.toCharArray());
            boolean hasKey = false;
            for (String alias : Collections.list(keyStore.aliases())) {
                hasKey |= keyStore.isKeyEntry(alias);
            }
            if (!hasKey) {
                throw new IllegalArgumentException("the TLS keystore " + path + " holds no private key and "
                        + "certificate for the server");
            }
            return new HttpsConnector(keyStore, password);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("the TLS keystore " + path + " does not exist", e);
        } catch (IOException e) {
            // PKCS12 reports a wrong password as an IOException caused by UnrecoverableKeyException
            if (e.getCause() instanceof UnrecoverableKeyException) {
                throw new IllegalArgumentException("the password for the TLS keystore " + path + " is wrong", e);
            }
            throw new IllegalArgumentException("cannot read the TLS keystore " + path + " as PKCS12: "
                    + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot read the TLS keystore " + path + ": " + e.getMessage(), e);
        }
    }

    /** Adds the HTTPS connector; Javalin then adds no plain HTTP one. */
    void install(JavalinConfig config, String host, int port) {
        config.jetty.addConnector((server, http) -> {
            SslContextFactory.Server tls = new SslContextFactory.Server();
            tls.setKeyStore(keyStore);
            tls.setKeyStorePassword(password);
            // tells the handlers the request came over TLS (scheme, secure flag)
            http.addCustomizer(new SecureRequestCustomizer());
            ServerConnector connector = new ServerConnector(server,
                    new SslConnectionFactory(tls, HttpVersion.HTTP_1_1.asString()), new HttpConnectionFactory(http));
            connector.setHost(host);
            connector.setPort(port);
            return connector;
        });
    }
}
