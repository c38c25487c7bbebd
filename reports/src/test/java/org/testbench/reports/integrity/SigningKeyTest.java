package org.testbench.reports.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.KeyStoreException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A keystore that cannot sign is refused when it is opened, with a message that says why and never the password. */
class SigningKeyTest {

    @TempDir
    Path dir;

    @Test
    void opensTheKeyAtItsAliasWithItsCertificate() throws Exception {
        TestKeys.Issued lab = TestKeys.selfSigned("RSA", "CN=Lab Signing");
        Path file = TestKeys.keystore(dir.resolve("lab.p12"), "lab-signing", lab.keys(), lab.certificate());

        SigningKey key = SigningKey.fromPkcs12(file, TestKeys.PASSWORD.clone(), "lab-signing");

        assertThat(key.certificate()).isEqualTo(lab.certificate());
        assertThat(key.toString()).isEqualTo("SigningKey[CN=Lab Signing, SHA256withRSA]");
    }

    @Test
    void aWrongPasswordIsSaidSoWithoutTheAttempt() throws Exception {
        TestKeys.Issued lab = TestKeys.selfSigned("RSA", "CN=Lab Signing");
        Path file = TestKeys.keystore(dir.resolve("lab.p12"), "lab-signing", lab.keys(), lab.certificate());

        assertThatThrownBy(() -> SigningKey.fromPkcs12(file, "guessed-wrong".toCharArray(), "lab-signing"))
                .isInstanceOf(KeyStoreException.class)
                .hasMessage("wrong password for keystore " + file);
    }

    @Test
    void aMissingAliasListsTheAliasesThereAre() throws Exception {
        TestKeys.Issued lab = TestKeys.selfSigned("EC", "CN=Lab Signing");
        Path file = TestKeys.keystore(dir.resolve("lab.p12"), "lab-signing", lab.keys(), lab.certificate());

        assertThatThrownBy(() -> SigningKey.fromPkcs12(file, TestKeys.PASSWORD.clone(), "lab"))
                .hasMessage("keystore " + file + " has no alias 'lab' (it has: lab-signing)");
        assertThatThrownBy(() -> SigningKey.fromPkcs12(dir.resolve("none.p12"), TestKeys.PASSWORD.clone(), "lab"))
                .hasMessage("keystore " + dir.resolve("none.p12") + " does not exist");
    }

    @Test
    void anExpiredCertificateIsRefusedBeforeItSignsAnything() throws Exception {
        TestKeys.Issued expired = TestKeys.certificate("EC", "CN=Lab Signing 2020", null,
                Instant.parse("2020-01-01T00:00:00Z"), 365);
        Path file = TestKeys.keystore(dir.resolve("lab.p12"), "lab", expired.keys(), expired.certificate());

        assertThatThrownBy(() -> SigningKey.fromPkcs12(file, TestKeys.PASSWORD.clone(), "lab"))
                .hasMessage("the certificate of 'lab' in " + file + " is valid from 2020-01-01T00:00:00Z to "
                        + Instant.parse("2020-01-01T00:00:00Z").plus(365, ChronoUnit.DAYS)
                        + ", not now: signatures made with it would not verify");
    }

    @Test
    void aCertificateOfAnotherKeyIsRefused() throws Exception {
        TestKeys.Issued lab = TestKeys.selfSigned("RSA", "CN=Lab Signing");
        TestKeys.Issued other = TestKeys.selfSigned("RSA", "CN=Lab Signing");
        Path file = TestKeys.keystore(dir.resolve("lab.p12"), "lab", lab.keys(), other.certificate());

        assertThatThrownBy(() -> SigningKey.fromPkcs12(file, TestKeys.PASSWORD.clone(), "lab"))
                .hasMessageContaining("does not belong to its key");
    }
}
