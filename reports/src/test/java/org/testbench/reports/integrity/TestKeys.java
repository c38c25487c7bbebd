package org.testbench.reports.integrity;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Lab keys made in the test: a key pair, its certificate (self-signed or issued by a CA key), a PKCS#12 keystore. */
final class TestKeys {

    static final char[] PASSWORD = "test-keystore-password".toCharArray();

    /** A key pair with its certificate. */
    record Issued(KeyPair keys, X509Certificate certificate) {
    }

    private TestKeys() {
    }

    /** @param algorithm "RSA", "EC" or "Ed25519" */
    static KeyPair keyPair(String algorithm) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
        if (algorithm.equals("RSA")) {
            generator.initialize(2048);
        } else if (algorithm.equals("EC")) {
            generator.initialize(new ECGenParameterSpec("secp256r1"));
        }
        return generator.generateKeyPair();
    }

    /** A certificate valid from {@code from} for {@code days}, issued by {@code issuer} (null: self-signed). */
    static Issued certificate(String algorithm, String subject, Issued issuer, Instant from, int days) throws Exception {
        KeyPair keys = keyPair(algorithm);
        KeyPair signing = issuer == null ? keys : issuer.keys();
        X500Principal issuerName = issuer == null ? new X500Principal(subject)
                : issuer.certificate().getSubjectX500Principal();
        String signatureAlgorithm = switch (signing.getPrivate().getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            default -> "Ed25519";
        };
        X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(
                issuerName, BigInteger.valueOf(Math.abs(subject.hashCode()) + 1000L), Date.from(from),
                Date.from(from.plus(Duration.ofDays(days))), new X500Principal(subject), keys.getPublic())
                .build(new JcaContentSignerBuilder(signatureAlgorithm).build(signing.getPrivate())));
        return new Issued(keys, certificate);
    }

    /** A self-signed certificate valid for ten years from yesterday. */
    static Issued selfSigned(String algorithm, String subject) throws Exception {
        return certificate(algorithm, subject, null, Instant.now().minus(Duration.ofDays(1)), 3650);
    }

    /** Stores the key under {@code alias} with its chain in a PKCS#12 file protected by {@link #PASSWORD}. */
    static Path keystore(Path file, String alias, KeyPair keys, X509Certificate... chain) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(alias, keys.getPrivate(), PASSWORD, (Certificate[]) chain);
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, PASSWORD);
        }
        return file;
    }

    /** A signing key read back from a keystore written for it. */
    static SigningKey signingKey(Path dir, Issued issued, X509Certificate... rest) throws Exception {
        X509Certificate[] chain = new X509Certificate[rest.length + 1];
        chain[0] = issued.certificate();
        System.arraycopy(rest, 0, chain, 1, rest.length);
        Path file = keystore(Files.createTempFile(dir, "lab", ".p12"), "lab", issued.keys(), chain);
        return SigningKey.fromPkcs12(file, PASSWORD.clone(), "lab");
    }
}
