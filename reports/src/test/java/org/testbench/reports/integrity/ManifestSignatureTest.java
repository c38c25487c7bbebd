package org.testbench.reports.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testbench.reports.integrity.SignatureCheck.Status;
import org.testbench.reports.integrity.SignatureCheck.Trust;

class ManifestSignatureTest {

    private static final byte[] MANIFEST = ("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad  samples.csv\n")
            .getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"RSA", "EC", "Ed25519"})
    void aSignatureHoldsForItsManifestAndNamesItsSigner(String algorithm) throws Exception {
        TestKeys.Issued lab = TestKeys.selfSigned(algorithm, "CN=Lab Signing,O=Example Lab,C=DE");
        SigningKey key = TestKeys.signingKey(dir, lab);
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        SignatureCheck check = ManifestSignature.check(MANIFEST, key.sign(MANIFEST), lab.certificate());

        assertThat(check.status()).as(check.detail()).isEqualTo(Status.VALID);
        assertThat(check.trust()).isEqualTo(Trust.TRUSTED);
        assertThat(check.holds()).isTrue();
        assertThat(check.signer().subject()).isEqualTo("CN=Lab Signing,O=Example Lab,C=DE");
        assertThat(check.signer().issuer()).isEqualTo(check.signer().subject());
        assertThat(check.signer().serial()).isEqualTo(lab.certificate().getSerialNumber().toString(16));
        assertThat(check.signer().notAfter()).isEqualTo(lab.certificate().getNotAfter().toInstant());
        // CMS signing time is UTCTime: whole seconds.
        assertThat(check.signer().signingTime()).isBetween(before, Instant.now());
    }

    @Test
    void withoutATrustedCertificateTheSignatureIsCheckedButNotTrusted() throws Exception {
        TestKeys.Issued lab = TestKeys.selfSigned("EC", "CN=Lab Signing");
        SignatureCheck check = ManifestSignature.check(MANIFEST, TestKeys.signingKey(dir, lab).sign(MANIFEST), null);

        assertThat(check.status()).isEqualTo(Status.VALID);
        assertThat(check.trust()).isEqualTo(Trust.NOT_CHECKED);
        assertThat(check.holds()).isTrue();
    }

    @Test
    void aChangedManifestIsBlamedNotTheSignature() throws Exception {
        TestKeys.Issued lab = TestKeys.selfSigned("RSA", "CN=Lab Signing");
        byte[] signature = TestKeys.signingKey(dir, lab).sign(MANIFEST);
        byte[] changed = MANIFEST.clone();
        changed[3] ^= 1;

        SignatureCheck check = ManifestSignature.check(changed, signature, lab.certificate());

        assertThat(check.status()).isEqualTo(Status.INVALID);
        assertThat(check.failingFile()).isEqualTo(Manifest.FILE);
        assertThat(check.detail()).isEqualTo("manifest.sha256 is not the manifest that was signed");
    }

    @Test
    void everySingleByteChangeOfTheSignatureIsDetected() throws Exception {
        TestKeys.Issued lab = TestKeys.selfSigned("RSA", "CN=Lab Signing,O=Example Lab,C=DE");
        byte[] signature = TestKeys.signingKey(dir, lab).sign(MANIFEST);
        for (int i = 0; i < signature.length; i++) {
            byte[] changed = signature.clone();
            changed[i] ^= 1;
            for (X509Certificate trusted : new X509Certificate[] {lab.certificate(), null}) {
                SignatureCheck check = ManifestSignature.check(MANIFEST, changed, trusted);
                assertThat(check.holds()).as("byte %d, trusted %s: %s", i, trusted != null, check.detail()).isFalse();
                assertThat(check.failingFile()).isEqualTo(Manifest.SIGNATURE);
            }
        }
    }

    @Test
    void anotherSignersSignatureHoldsButIsNotTrusted() throws Exception {
        TestKeys.Issued lab = TestKeys.selfSigned("RSA", "CN=Lab Signing");
        TestKeys.Issued other = TestKeys.selfSigned("RSA", "CN=Lab Signing");
        byte[] signature = TestKeys.signingKey(dir, other).sign(MANIFEST);

        SignatureCheck check = ManifestSignature.check(MANIFEST, signature, lab.certificate());

        assertThat(check.status()).isEqualTo(Status.VALID);
        assertThat(check.trust()).isEqualTo(Trust.UNTRUSTED);
        assertThat(check.holds()).isFalse();
        assertThat(check.failingFile()).isEqualTo(Manifest.SIGNATURE);
    }

    @Test
    void aCertificateIssuedByTheTrustedCertificateIsTrusted() throws Exception {
        TestKeys.Issued ca = TestKeys.selfSigned("EC", "CN=Example Lab CA");
        TestKeys.Issued signing = TestKeys.certificate("EC", "CN=Example Lab Signing 2026", ca,
                Instant.now().minus(1, ChronoUnit.DAYS), 365);
        byte[] signature = TestKeys.signingKey(dir, signing, ca.certificate()).sign(MANIFEST);

        SignatureCheck check = ManifestSignature.check(MANIFEST, signature, ca.certificate());

        assertThat(check.trust()).as(check.detail()).isEqualTo(Trust.TRUSTED);
        assertThat(check.trustDetail()).isEqualTo("the signer's certificate was issued by the trusted certificate");
        assertThat(check.signer().issuer()).isEqualTo("CN=Example Lab CA");
    }
}
