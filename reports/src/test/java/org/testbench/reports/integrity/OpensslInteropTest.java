package org.testbench.reports.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The signature against a verifier no one here wrote, OpenSSL's {@code cms -verify}, as a certifier
 * without testbench checks a folder; and a keystore made by OpenSSL, as many labs make theirs.
 */
class OpensslInteropTest {

    private static final Path OPENSSL = Path.of("/usr/bin/openssl");

    @TempDir
    Path dir;

    @BeforeEach
    void needsOpenssl() {
        assumeTrue(Files.isExecutable(OPENSSL), "OpenSSL is not installed at " + OPENSSL);
    }

    @Test
    void opensslVerifiesTheSignatureOfAManifestAndRejectsAChangedOne() throws Exception {
        TestKeys.Issued lab = TestKeys.selfSigned("RSA", "CN=Lab Signing,O=Example Lab,C=DE");
        Path manifest = Files.writeString(dir.resolve(Manifest.FILE),
                "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad  samples.csv\n");
        Path signature = Files.write(dir.resolve(Manifest.SIGNATURE),
                TestKeys.signingKey(dir, lab).sign(Files.readAllBytes(manifest)));
        Path certificate = Files.writeString(dir.resolve("lab.crt"), "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(lab.certificate().getEncoded()) + "\n-----END CERTIFICATE-----\n");
        List<String> verify = List.of(OPENSSL.toString(), "cms", "-verify", "-binary", "-inform", "DER", "-in",
                signature.toString(), "-content", manifest.toString(), "-CAfile", certificate.toString(),
                "-purpose", "any", "-out", "/dev/null");

        Result ok = run(verify, Map.of());
        assertThat(ok.exit()).as(ok.output()).isZero();
        assertThat(ok.output()).contains("Verification successful");

        Files.writeString(manifest, Files.readString(manifest).replace("samples.csv", "samples.csx"));
        Result changed = run(verify, Map.of());
        assertThat(changed.exit()).isNotZero();
        assertThat(changed.output()).contains("Verification failure");
    }

    @Test
    void aKeystoreMadeByOpensslSigns() throws Exception {
        Map<String, String> env = Map.of("KEY_PASSWORD", "key-pass", "STORE_PASSWORD", String.valueOf(TestKeys.PASSWORD));
        Result key = run(List.of(OPENSSL.toString(), "req", "-x509", "-newkey", "ec", "-pkeyopt",
                "ec_paramgen_curve:P-256", "-keyout", dir.resolve("key.pem").toString(), "-out",
                dir.resolve("cert.pem").toString(), "-days", "30", "-subj", "/CN=OpenSSL Lab", "-passout",
                "env:KEY_PASSWORD"), env);
        assertThat(key.exit()).as(key.output()).isZero();
        Result store = run(List.of(OPENSSL.toString(), "pkcs12", "-export", "-inkey", dir.resolve("key.pem").toString(),
                "-in", dir.resolve("cert.pem").toString(), "-name", "lab", "-out", dir.resolve("lab.p12").toString(),
                "-passin", "env:KEY_PASSWORD", "-passout", "env:STORE_PASSWORD"), env);
        assertThat(store.exit()).as(store.output()).isZero();

        SigningKey signing = SigningKey.fromPkcs12(dir.resolve("lab.p12"), TestKeys.PASSWORD.clone(), "lab");
        byte[] manifest = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  run.json\n"
                .getBytes(StandardCharsets.UTF_8);
        SignatureCheck check = ManifestSignature.check(manifest, signing.sign(manifest), signing.certificate());

        assertThat(signing.certificate().getSubjectX500Principal().getName()).isEqualTo("CN=OpenSSL Lab");
        assertThat(check.trust()).as(check.detail()).isEqualTo(SignatureCheck.Trust.TRUSTED);
    }

    private record Result(int exit, String output) {
    }

    private static Result run(List<String> command, Map<String, String> env) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.waitFor(), output);
    }
}
