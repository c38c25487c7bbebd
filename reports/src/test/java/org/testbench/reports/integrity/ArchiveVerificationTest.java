package org.testbench.reports.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testbench.reports.integrity.FileCheck.Status;

class ArchiveVerificationTest {

    @TempDir
    Path dir;

    @BeforeEach
    void aRunFolder() throws Exception {
        Files.writeString(dir.resolve("run.json"), "{\"runId\": \"r1\"}\n");
        Files.writeString(dir.resolve("samples.csv"), "time,device,signal,value\n");
        Files.writeString(dir.resolve("results.json"), "{}\n");
        Files.writeString(dir.resolve(Manifest.FILE), Manifest.of(dir).text());
    }

    @Test
    void anUntouchedUnsignedFolderIsIntactAndSaysItIsNotSigned() throws Exception {
        ArchiveVerification verification = ArchiveVerification.of(dir, null, false);

        assertThat(verification.intact()).isTrue();
        assertThat(verification.files()).extracting(FileCheck::file)
                .containsExactly("results.json", "run.json", "samples.csv", Manifest.FILE);
        assertThat(verification.signature().status()).isEqualTo(SignatureCheck.Status.NOT_SIGNED);
        assertThat(verification.signature().detail()).isEqualTo("not signed: there is no manifest.sha256.p7s");
    }

    @Test
    void namesEveryFileThatChangedIsMissingOrWasAdded() throws Exception {
        Files.writeString(dir.resolve("samples.csv"), "time,device,signal,value\n0,t,x,1\n");
        Files.delete(dir.resolve("results.json"));
        Files.createDirectories(dir.resolve("extra"));
        Files.writeString(dir.resolve("extra/notes.txt"), "added later");

        ArchiveVerification verification = ArchiveVerification.of(dir, null, false);

        assertThat(verification.intact()).isFalse();
        assertThat(verification.failures()).extracting(FileCheck::file, FileCheck::status).containsExactly(
                tuple("results.json", Status.MISSING),
                tuple("samples.csv", Status.CHANGED),
                tuple("extra/notes.txt", Status.EXTRA));
        assertThat(verification.failures().get(1).detail()).endsWith("manifest says " + Manifest.parse(
                Files.readString(dir.resolve(Manifest.FILE))).hashes().get("samples.csv"));
    }

    @Test
    void aManifestThatIsNoManifestFailsAsChanged() throws Exception {
        Files.writeString(dir.resolve(Manifest.FILE), Files.readString(dir.resolve(Manifest.FILE)).replace("  ", " "));

        ArchiveVerification verification = ArchiveVerification.of(dir, null, false);

        assertThat(verification.failures()).singleElement().satisfies(f -> {
            assertThat(f.file()).isEqualTo(Manifest.FILE);
            assertThat(f.status()).isEqualTo(Status.CHANGED);
            assertThat(f.detail()).isEqualTo("not a manifest: line 1 is not '<sha256>  <file>'");
        });
    }

    @Test
    void aSignedFolderVerifiesAgainstItsLabAndFailsAgainstAnother() throws Exception {
        TestKeys.Issued lab = TestKeys.selfSigned("EC", "CN=Lab Signing");
        SigningKey key = TestKeys.signingKey(Files.createDirectories(dir.resolveSibling(dir.getFileName() + "-keys")), lab);
        Files.write(dir.resolve(Manifest.SIGNATURE), key.sign(Files.readAllBytes(dir.resolve(Manifest.FILE))));

        ArchiveVerification trusted = ArchiveVerification.of(dir, lab.certificate(), true);
        assertThat(trusted.intact()).isTrue();
        assertThat(trusted.files()).last().isEqualTo(new FileCheck(Manifest.SIGNATURE, Status.INTACT,
                trusted.signature().detail()));

        ArchiveVerification other = ArchiveVerification.of(dir, TestKeys.selfSigned("EC", "CN=Other Lab").certificate(),
                true);
        assertThat(other.failures()).extracting(FileCheck::file, FileCheck::status)
                .containsExactly(tuple(Manifest.SIGNATURE, Status.UNTRUSTED));
    }

    @Test
    void aRequiredSignatureThatIsNotThereFails() throws Exception {
        ArchiveVerification verification = ArchiveVerification.of(dir,
                TestKeys.selfSigned("EC", "CN=Lab Signing").certificate(), true);

        assertThat(verification.failures()).extracting(FileCheck::file, FileCheck::status)
                .containsExactly(tuple(Manifest.SIGNATURE, Status.MISSING));
    }

    @Test
    void aManifestChangedAfterSigningIsNamedWithTheFileItNowMisdescribes() throws Exception {
        TestKeys.Issued lab = TestKeys.selfSigned("RSA", "CN=Lab Signing");
        SigningKey key = TestKeys.signingKey(Files.createDirectories(dir.resolveSibling(dir.getFileName() + "-keys")), lab);
        Files.write(dir.resolve(Manifest.SIGNATURE), key.sign(Files.readAllBytes(dir.resolve(Manifest.FILE))));
        // Someone edits results.json and writes the manifest again to match, without the lab's key.
        Files.writeString(dir.resolve("results.json"), "{\"verdict\": \"PASS\"}\n");
        Files.writeString(dir.resolve(Manifest.FILE), Manifest.of(dir).text(), StandardCharsets.UTF_8);

        ArchiveVerification verification = ArchiveVerification.of(dir, lab.certificate(), false);

        assertThat(verification.failures()).extracting(FileCheck::file).containsExactly(Manifest.FILE);
        assertThat(verification.failures().get(0).detail()).isEqualTo("manifest.sha256 is not the manifest that was signed");
    }
}
