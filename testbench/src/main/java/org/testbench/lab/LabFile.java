package org.testbench.lab;

import java.nio.file.Path;
import java.security.KeyStoreException;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import org.testbench.reports.integrity.SigningKey;
import org.testbench.rigs.yaml.InputException;
import org.testbench.rigs.yaml.YamlDocument;
import org.testbench.rigs.yaml.YamlMap;
import org.testbench.rigs.yaml.YamlNode;
import org.testbench.standards.DecisionRule;

/**
 * Reads and checks a lab file, {@code lab.yaml} (the annotated example is bundled as
 * {@value #EXAMPLE}). Everything is checked when the file is read, before a run connects to
 * anything: unknown keys, a decision rule that is not one of the two, and the signing key itself,
 * which is opened, tried and checked for validity. Errors name file:line:column and field.
 *
 * <pre>
 * lab: Example Robot Test Laboratory
 * address: 1 Example Street, 00000 Example City, Country
 * signing:                      # optional: without it run folders are not signed
 *   keystore: lab-signing.p12   # PKCS#12, relative to this file
 *   alias: lab-signing
 *   password-env: TESTBENCH_LAB_KEYSTORE_PASSWORD   # or password-file: keystore.password (chmod 600)
 * decision-rule: simple-acceptance                  # or {rule: guard-band, factor: 1}
 * </pre>
 */
public final class LabFile {

    /** The bundled, annotated example lab file (a classpath resource). */
    public static final String EXAMPLE = "lab/example-lab.yaml";

    private LabFile() {
    }

    /**
     * @param file a lab file
     * @return the checked configuration, with its signing key open
     * @throws InputException naming the first problem, or the keystore that cannot be used and why
     */
    public static LabConfig load(Path file) throws InputException {
        return load(file, System::getenv);
    }

    /** Reads the password variable from {@code environment} instead of the process's, which a test cannot set. */
    static LabConfig load(Path file, Function<String, String> environment) throws InputException {
        return parse(YamlDocument.read(file), environment);
    }

    /**
     * @param document    a parsed lab file
     * @param environment where environment variables are looked up
     * @return the checked configuration
     * @throws InputException naming the first problem
     */
    static LabConfig parse(YamlDocument document, Function<String, String> environment) throws InputException {
        YamlMap top = document.root().asMap();
        String name = top.required("lab").asText();
        String address = top.required("address").asText().strip();
        DecisionRule rule = decisionRule(top.required("decision-rule"));
        Optional<YamlNode> signing = top.optional("signing");
        // A misspelt key is reported before the keystore is opened.
        top.rejectUnknown();
        SigningKey key = signing.isPresent() ? signingKey(signing.get(), document.origin(), environment) : null;
        return new LabConfig(name, address, key, rule, document.origin());
    }

    private static DecisionRule decisionRule(YamlNode node) throws InputException {
        String expected = "expected simple-acceptance or {rule: guard-band, factor: F}";
        if (!node.isMap()) {
            String rule = node.asText();
            if (rule.equals(DecisionRule.Kind.SIMPLE_ACCEPTANCE.label())) {
                return DecisionRule.simpleAcceptance();
            }
            throw node.error(rule.equals(DecisionRule.Kind.GUARD_BAND.label())
                    ? "a guard band needs its factor: {rule: guard-band, factor: F}, w = F x U"
                    : expected + ", found '" + rule + "'");
        }
        YamlMap map = node.asMap();
        YamlNode ruleNode = map.required("rule");
        String rule = ruleNode.asText();
        Optional<YamlNode> factor = map.optional("factor");
        map.rejectUnknown();
        if (rule.equals(DecisionRule.Kind.SIMPLE_ACCEPTANCE.label())) {
            if (factor.isPresent()) {
                throw map.keyNode("factor").error("simple acceptance has no guard-band factor");
            }
            return DecisionRule.simpleAcceptance();
        }
        if (!rule.equals(DecisionRule.Kind.GUARD_BAND.label())) {
            throw ruleNode.error(expected + ", found '" + rule + "'");
        }
        if (factor.isEmpty()) {
            throw node.error("a guard band needs its factor (w = factor x U, U the expanded uncertainty)");
        }
        double f = factor.get().asDouble();
        if (f <= 0) {
            throw factor.get().error("the guard-band factor must be positive, found " + f);
        }
        return DecisionRule.guardBand(f);
    }

    private static SigningKey signingKey(YamlNode node, String origin, Function<String, String> environment)
            throws InputException {
        YamlMap map = node.asMap();
        YamlNode keystoreNode = map.required("keystore");
        Path keystore = besideLabFile(origin, keystoreNode.asText());
        String alias = map.required("alias").asText();
        Optional<YamlNode> variable = map.optional("password-env");
        Optional<YamlNode> file = map.optional("password-file");
        map.rejectUnknown();
        if (variable.isPresent() == file.isPresent()) {
            throw node.error("the keystore's password comes from exactly one of 'password-env' (the name of an "
                    + "environment variable) and 'password-file' (a file readable by its owner only)");
        }
        char[] password = variable.isPresent() ? KeystorePassword.fromEnvironment(variable.get(), environment)
                : KeystorePassword.fromFile(file.get(), besideLabFile(origin, file.get().asText()));
        try {
            return SigningKey.fromPkcs12(keystore, password, alias);
        } catch (KeyStoreException e) {
            throw keystoreNode.error(e.getMessage());
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** A relative path in a lab file is relative to the lab file, wherever testbench is started from. */
    private static Path besideLabFile(String origin, String path) {
        Path p = Path.of(path);
        Path folder = origin.startsWith("classpath:") ? null : Path.of(origin).getParent();
        return p.isAbsolute() || folder == null ? p : folder.resolve(p);
    }
}
