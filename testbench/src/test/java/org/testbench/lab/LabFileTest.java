package org.testbench.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testbench.rigs.yaml.InputException;
import org.testbench.rigs.yaml.YamlDocument;
import org.testbench.standards.DecisionRule;

class LabFileTest {

    @TempDir
    Path dir;

    @Test
    void theBundledExampleIsAValidLabFile() throws Exception {
        TestLab lab = TestLab.create(dir.resolve("keys"), "Example Lab");
        Path file = dir.resolve("lab.yaml");
        try (InputStream example = LabFile.class.getClassLoader().getResourceAsStream(LabFile.EXAMPLE)) {
            Files.write(file, example.readAllBytes());
        }
        Files.copy(lab.keystore(), dir.resolve("lab-signing.p12"));

        LabConfig config = LabFile.load(file, Map.of("TESTBENCH_LAB_KEYSTORE_PASSWORD", lab.password())::get);

        assertThat(config.name()).isEqualTo("Example Robot Test Laboratory");
        assertThat(config.address()).isEqualTo("1 Example Street\n00000 Example City, Country");
        assertThat(config.decisionRule()).isEqualTo(DecisionRule.simpleAcceptance());
        assertThat(config.signingKey().certificate().getSubjectX500Principal().getName())
                .isEqualTo("CN=Example Lab Signing,O=Example Lab");
        assertThat(config.origin()).isEqualTo(file.toString());
    }

    @Test
    void thePasswordComesFromAPrivateFileBesideTheLabFile() throws Exception {
        TestLab lab = TestLab.create(dir, "File Lab");

        assertThat(LabFile.load(lab.labFile(), Map.<String, String>of()::get).signingKey().certificate())
                .isNotNull();

        Path passwordFile = dir.resolve("lab-signing.password");
        Files.setPosixFilePermissions(passwordFile, PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> LabFile.load(lab.labFile(), Map.<String, String>of()::get))
                .isInstanceOf(InputException.class)
                .hasMessage(lab.labFile() + ":6:18: signing.password-file: password file " + passwordFile
                        + " is open to other users (rw-r--r--); make it private with: chmod 600 " + passwordFile);
    }

    @Test
    void aMissingVariableOrAWrongPasswordIsNamedWithoutThePassword() throws Exception {
        TestLab lab = TestLab.create(dir, "Env Lab");
        Files.writeString(lab.labFile(), Files.readString(lab.labFile())
                .replace("password-file: lab-signing.password", "password-env: LAB_PW"));

        assertThatThrownBy(() -> LabFile.load(lab.labFile(), Map.<String, String>of()::get))
                .hasMessage(lab.labFile() + ":6:17: signing.password-env: environment variable LAB_PW (the keystore's"
                        + " password) is not set");
        assertThatThrownBy(() -> LabFile.load(lab.labFile(), Map.of("LAB_PW", "not-" + lab.password())::get))
                .hasMessage(lab.labFile() + ":4:13: signing.keystore: wrong password for keystore " + lab.keystore())
                .hasMessageNotContaining(lab.password());
        assertThat(LabFile.load(lab.labFile(), Map.of("LAB_PW", lab.password())::get).signingKey()).isNotNull();
    }

    @Test
    void aMisspeltKeyIsReportedBeforeTheKeystoreIsOpened() throws Exception {
        Path file = Files.writeString(dir.resolve("lab.yaml"), String.join("\n", "lab: Typo Lab", "address: here",
                "signing: {keystore: missing.p12, alias: a, password-env: NOT_SET}", "decision-rule: simple-acceptance",
                "adress: there", ""));

        assertThatThrownBy(() -> LabFile.load(file, Map.<String, String>of()::get))
                .hasMessage(file + ":5:1: adress: unknown key 'adress' (expected one of: lab, address, decision-rule,"
                        + " signing)");
    }

    @Test
    void withoutSigningTheLabSignsNothing() throws Exception {
        LabConfig config = parse("decision-rule: {rule: guard-band, factor: 1.5}");

        assertThat(config.signingKey()).isNull();
        assertThat(config.decisionRule()).isEqualTo(DecisionRule.guardBand(1.5));
    }

    @Test
    void aDecisionRuleIsOneOfTheTwoWithAFactorOnlyForTheGuardBand() {
        assertThatThrownBy(() -> parse("decision-rule: guard-band"))
                .hasMessage("lab.yaml:3:16: decision-rule: a guard band needs its factor: {rule: guard-band, factor: F},"
                        + " w = F x U");
        assertThatThrownBy(() -> parse("decision-rule: {rule: guard-band}"))
                .hasMessage("lab.yaml:3:16: decision-rule: a guard band needs its factor (w = factor x U, U the"
                        + " expanded uncertainty)");
        assertThatThrownBy(() -> parse("decision-rule: {rule: simple-acceptance, factor: 1}"))
                .hasMessage("lab.yaml:3:42: decision-rule.factor: simple acceptance has no guard-band factor");
        assertThatThrownBy(() -> parse("decision-rule: {rule: guard-band, factor: -1}"))
                .hasMessage("lab.yaml:3:43: decision-rule.factor: the guard-band factor must be positive, found -1.0");
        assertThatThrownBy(() -> parse("decision-rule: strict"))
                .hasMessage("lab.yaml:3:16: decision-rule: expected simple-acceptance or {rule: guard-band, factor: F},"
                        + " found 'strict'");
    }

    private static LabConfig parse(String ruleLine) throws InputException {
        return LabFile.parse(YamlDocument.parse(
                "lab: Rule Lab\naddress: 2 Rule Road\n" + ruleLine + "\n", "lab.yaml"), Map.<String, String>of()::get);
    }
}
