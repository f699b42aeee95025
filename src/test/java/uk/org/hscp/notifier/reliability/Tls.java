package uk.org.hscp.notifier.reliability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The suite's own certificate authority of one: a self-signed certificate for localhost and 127.0.0.1 (openssl),
 * which Dovecot and Postfix present, and a trust store holding it (keytool), which the service is given with
 * javax.net.ssl.trustStore. The service checks the server's identity, as in production.
 */
record Tls(Path certificate, Path key, Path trustStore, String trustStorePassword) {

    static Tls make(Path directory) {
        Path certificate = directory.resolve("server.pem");
        Path key = directory.resolve("server.key");
        Path trustStore = directory.resolve("truststore.p12");
        String password = "suite-trust-" + Long.toHexString(System.nanoTime());
        Commands.run(directory, List.of(Commands.executable("openssl", "/usr/bin/openssl"), "req", "-x509",
                "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=localhost",
                "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
                "-keyout", key.toString(), "-out", certificate.toString()));
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        Commands.run(directory, List.of(keytool, "-importcert", "-noprompt", "-alias", "suite", "-file",
                certificate.toString(), "-keystore", trustStore.toString(), "-storetype", "PKCS12",
                "-storepass", password));
        if (!Files.exists(trustStore)) {
            throw new IllegalStateException("keytool made no trust store");
        }
        return new Tls(certificate, key, trustStore, password);
    }

    List<String> jvmArguments() {
        return List.of("-Djavax.net.ssl.trustStore=" + trustStore, "-Djavax.net.ssl.trustStorePassword=" + trustStorePassword,
                "-Djavax.net.ssl.trustStoreType=PKCS12");
    }
}
