package org.testbench.protocols.opcua;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Period;
import java.util.HexFormat;
import org.eclipse.milo.opcua.stack.core.security.CertificateValidator;
import org.eclipse.milo.opcua.stack.core.security.DefaultClientCertificateValidator;
import org.eclipse.milo.opcua.stack.core.security.FileBasedCertificateQuarantine;
import org.eclipse.milo.opcua.stack.core.security.FileBasedTrustListManager;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateBuilder;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateGenerator;

/**
 * The bench's side of OPC UA security in one folder: its own certificate and key
 * ({@code own/testbench-client.p12}, created on first use), the server certificates it trusts
 * ({@code trusted/certs/}) and the ones it refused ({@code rejected/}), the layout of Milo's
 * file-based trust list, so that trusting a server is moving one file.
 */
final class ClientPki implements AutoCloseable {

    static final String APPLICATION_URI = "urn:testbench:client";
    private static final String KEY_STORE = "own/testbench-client.p12";
    private static final String ALIAS = "testbench-client";
    /** Protects nothing (the file's permissions do); PKCS#12 insists on a password. */
    private static final char[] PASSWORD = "testbench".toCharArray();

    private final Path directory;
    private final KeyPair keyPair;
    private final X509Certificate certificate;
    private final FileBasedTrustListManager trustList;
    private final CertificateValidator validator;

    private ClientPki(Path directory, KeyPair keyPair, X509Certificate certificate,
            FileBasedTrustListManager trustList) throws IOException {
        this.directory = directory;
        this.keyPair = keyPair;
        this.certificate = certificate;
        this.trustList = trustList;
        this.validator = new DefaultClientCertificateValidator(trustList,
                FileBasedCertificateQuarantine.create(directory.resolve("rejected")));
    }

    /**
     * @param directory the PKI folder; created with its subfolders when missing
     * @return the folder's identity and trust list
     * @throws IOException when the folder or the key store cannot be read or written, naming the file
     */
    static ClientPki open(Path directory) throws IOException {
        Path keyStore = directory.resolve(KEY_STORE);
        Files.createDirectories(keyStore.getParent());
        Files.createDirectories(directory.resolve("rejected"));
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            if (Files.exists(keyStore)) {
                try (InputStream in = Files.newInputStream(keyStore)) {
                    store.load(in, PASSWORD);
                }
            } else {
                store.load(null, PASSWORD);
                KeyPair created = SelfSignedCertificateGenerator.generateRsaKeyPair(2048);
                X509Certificate cert = new SelfSignedCertificateBuilder(created)
                        .setCommonName("testbench client")
                        .setOrganization("testbench")
                        .setApplicationUri(APPLICATION_URI)
                        .addDnsName("localhost")
                        .addIpAddress("127.0.0.1")
                        .setValidityPeriod(Period.ofYears(5))
                        .build();
                store.setKeyEntry(ALIAS, created.getPrivate(), PASSWORD, new X509Certificate[] {cert});
                try (OutputStream out = Files.newOutputStream(keyStore)) {
                    store.store(out, PASSWORD);
                }
            }
            if (!(store.getKey(ALIAS, PASSWORD) instanceof PrivateKey key)
                    || !(store.getCertificate(ALIAS) instanceof X509Certificate cert)) {
                throw new IOException(keyStore + ": no key entry '" + ALIAS + "'; delete the file to create a new one");
            }
            return new ClientPki(directory, new KeyPair(cert.getPublicKey(), key), cert,
                    FileBasedTrustListManager.createAndInitialize(directory));
        } catch (IOException e) {
            throw new IOException(keyStore + ": " + e.getMessage(), e);
        } catch (Exception e) {
            // SelfSignedCertificateBuilder.build() declares Exception
            throw new IOException(keyStore + ": cannot create or load the client certificate: " + e, e);
        }
    }

    KeyPair keyPair() {
        return keyPair;
    }

    X509Certificate certificate() {
        return certificate;
    }

    /** @return a validator that trusts {@code trusted/certs/} and quarantines others in {@code rejected/} */
    CertificateValidator validator() {
        return validator;
    }

    /**
     * @param serverCertificate the DER certificate the server's endpoint advertises
     * @return where Milo quarantines it when it is not trusted
     */
    Path rejectedFile(byte[] serverCertificate) throws GeneralSecurityException {
        X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(serverCertificate));
        // Milo names quarantined files by the SHA-1 of the certificate's signature
        String thumbprint = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(cert.getSignature()));
        return directory.resolve("rejected").resolve(thumbprint + ".der");
    }

    /** @return the folder a refused certificate must be moved to for it to be trusted */
    Path trustedCertificates() {
        return directory.resolve("trusted").resolve("certs");
    }

    /** Stops watching the trust list folders. */
    @Override
    public void close() throws IOException {
        trustList.close();
    }
}
