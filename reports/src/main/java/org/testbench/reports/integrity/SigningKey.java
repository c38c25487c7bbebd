package org.testbench.reports.integrity;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECKey;
import java.security.interfaces.EdECKey;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * A lab's signing key with its certificate, read from a PKCS#12 keystore, that signs a run's
 * manifest as a detached CMS signature (RFC 5652 SignedData, DER): the format
 * {@code openssl cms -verify -binary -inform DER -content manifest.sha256} checks. The signature
 * carries the signer's certificate chain and the signing time as a signed attribute.
 *
 * <p>RSA keys sign with SHA256withRSA, EC keys with ECDSA and the SHA-2 digest of the curve's size,
 * Ed25519 and Ed448 keys with themselves. {@code toString} never shows the key.
 */
public final class SigningKey {

    private final PrivateKey key;
    private final List<X509Certificate> chain;
    private final String algorithm;

    private SigningKey(PrivateKey key, List<X509Certificate> chain, String algorithm) {
        this.key = key;
        this.chain = List.copyOf(chain);
        this.algorithm = algorithm;
    }

    /**
     * Opens a PKCS#12 keystore and takes the key at {@code alias}; checks, before any run relies on
     * it, that the key signs, that its certificate verifies the signature, and that the certificate is
     * valid now.
     *
     * @param file     the keystore (.p12, .pfx)
     * @param password the keystore's password, also the key's (as keytool and openssl make them);
     *                 the caller clears it afterwards
     * @param alias    the key's alias
     * @return the key
     * @throws KeyStoreException saying what is wrong: no such file, wrong password, no such alias (with
     *     the aliases there are), no private key, expired certificate, unsupported key type
     */
    public static SigningKey fromPkcs12(Path file, char[] password, String alias) throws KeyStoreException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password);
        } catch (NoSuchFileException e) {
            throw new KeyStoreException("keystore " + file + " does not exist");
        } catch (IOException e) {
            boolean wrongPassword = e.getCause() instanceof UnrecoverableKeyException;
            throw new KeyStoreException(wrongPassword ? "wrong password for keystore " + file
                    : "cannot read keystore " + file + " as PKCS#12: " + e.getMessage());
        } catch (GeneralSecurityException e) {
            throw new KeyStoreException("cannot read keystore " + file + " as PKCS#12: " + e.getMessage());
        }
        if (!store.containsAlias(alias)) {
            throw new KeyStoreException("keystore " + file + " has no alias '" + alias + "' (it has: "
                    + String.join(", ", Collections.list(store.aliases())) + ")");
        }
        Key key;
        try {
            key = store.getKey(alias, password);
        } catch (GeneralSecurityException e) {
            throw new KeyStoreException("cannot read the key '" + alias + "' of " + file + ": " + e.getMessage());
        }
        if (!(key instanceof PrivateKey privateKey)) {
            throw new KeyStoreException("alias '" + alias + "' of " + file + " holds no private key");
        }
        List<X509Certificate> chain = new ArrayList<>();
        for (Certificate c : store.getCertificateChain(alias)) {
            chain.add((X509Certificate) c);
        }
        SigningKey signing = new SigningKey(privateKey, chain, algorithm(privateKey, file));
        signing.checkUsable(file, alias);
        return signing;
    }

    /** @return the certificate of the key, the first of the chain */
    public X509Certificate certificate() {
        return chain.get(0);
    }

    /**
     * @param content the bytes to sign, e.g. the manifest file's
     * @return the detached CMS signature, DER-encoded
     * @throws SignatureException when signing fails
     */
    public byte[] sign(byte[] content) throws SignatureException {
        try {
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build())
                    .build(new JcaContentSignerBuilder(algorithm).build(key), certificate()));
            generator.addCertificates(new JcaCertStore(chain));
            return generator.generate(new CMSProcessableByteArray(content), false).getEncoded("DER");
        } catch (OperatorCreationException | CMSException | IOException | GeneralSecurityException e) {
            throw new SignatureException("cannot sign with " + algorithm + ": " + e.getMessage(), e);
        }
    }

    /** @return the subject of the certificate; never the key */
    @Override
    public String toString() {
        return "SigningKey[" + certificate().getSubjectX500Principal().getName() + ", " + algorithm + "]";
    }

    private void checkUsable(Path file, String alias) throws KeyStoreException {
        try {
            certificate().checkValidity();
        } catch (CertificateExpiredException | CertificateNotYetValidException e) {
            throw new KeyStoreException("the certificate of '" + alias + "' in " + file + " is valid from "
                    + certificate().getNotBefore().toInstant() + " to " + certificate().getNotAfter().toInstant()
                    + ", not now: signatures made with it would not verify");
        }
        try {
            byte[] probe = "testbench signing probe".getBytes(StandardCharsets.US_ASCII);
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(key);
            signer.update(probe);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(certificate().getPublicKey());
            verifier.update(probe);
            if (!verifier.verify(signature)) {
                throw new KeyStoreException("the certificate of '" + alias + "' in " + file
                        + " does not belong to its key");
            }
        } catch (GeneralSecurityException e) {
            throw new KeyStoreException("the key '" + alias + "' in " + file + " cannot sign with " + algorithm
                    + ": " + e.getMessage());
        }
    }

    private static String algorithm(PrivateKey key, Path file) throws KeyStoreException {
        if (key instanceof ECKey ec) {
            int bits = ec.getParams().getCurve().getField().getFieldSize();
            return bits <= 256 ? "SHA256withECDSA" : bits <= 384 ? "SHA384withECDSA" : "SHA512withECDSA";
        }
        if (key instanceof EdECKey ed) {
            return ed.getParams().getName();
        }
        if ("RSA".equals(key.getAlgorithm())) {
            return "SHA256withRSA";
        }
        throw new KeyStoreException("the key in " + file + " is " + key.getAlgorithm()
                + "; testbench signs with RSA, EC (ECDSA), Ed25519 or Ed448 keys");
    }
}
