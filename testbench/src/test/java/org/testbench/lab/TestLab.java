package org.testbench.lab;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * A lab made for a test the way a lab makes it: a self-signed EC key in a PKCS#12 keystore made by
 * keytool, its certificate exported for certifiers, the password in a private file, and lab.yaml.
 *
 * @param labFile     lab.yaml
 * @param keystore    the keystore
 * @param certificate the exported certificate (PEM)
 * @param password    the keystore's password
 */
public record TestLab(Path labFile, Path keystore, Path certificate, String password) {

    /** The alias of the key. */
    public static final String ALIAS = "lab-signing";

    /**
     * @param dir  an empty folder for the lab's files
     * @param name the lab's name, also the certificate's organisation
     * @return the lab
     * @throws Exception when keytool fails
     */
    public static TestLab create(Path dir, String name) throws Exception {
        Files.createDirectories(dir);
        String password = "pw-" + Long.toHexString(System.nanoTime());
        Path keystore = dir.resolve("lab-signing.p12");
        keytool(password, "-genkeypair", "-storetype", "PKCS12", "-keystore", keystore.toString(), "-alias", ALIAS,
                "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "365", "-dname", "CN=" + name + " Signing, O=" + name);
        Path certificate = dir.resolve("lab-signing.crt");
        keytool(password, "-exportcert", "-rfc", "-keystore", keystore.toString(), "-alias", ALIAS, "-file",
                certificate.toString());
        Path passwordFile = dir.resolve("lab-signing.password");
        Files.writeString(passwordFile, password + "\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(passwordFile, PosixFilePermissions.fromString("rw-------"));
        Path labFile = dir.resolve("lab.yaml");
        Files.writeString(labFile, String.join("\n", "lab: " + name, "address: 1 Test Street, Test City",
                "signing:", "  keystore: lab-signing.p12", "  alias: " + ALIAS, "  password-file: lab-signing.password",
                "decision-rule: simple-acceptance", ""));
        return new TestLab(labFile, keystore, certificate, password);
    }

    /** Runs keytool with the keystore password in its environment, never on its command line. */
    static void keytool(String password, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        command.add("-storepass:env");
        command.add("TEST_KEYSTORE_PASSWORD");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("TEST_KEYSTORE_PASSWORD", password);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("keytool " + String.join(" ", args) + " failed: " + output);
        }
    }
}
