package org.testbench.rigs.yaml;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * A whole YAML file (rig, procedure, DUT) read into located nodes, with the text it came from so
 * its hash can be recorded in the run archive.
 *
 * @param root   the top node
 * @param text   the exact text that was parsed
 * @param origin the file name used in error messages
 */
public record YamlDocument(YamlNode root, String text, String origin) {

    /**
     * @param file the file to read
     * @return the parsed document
     * @throws InputException when the file is unreadable, empty or not valid YAML
     */
    public static YamlDocument read(Path file) throws InputException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(file.toString(), null, "cannot read file: " + e.getMessage());
        }
        return parse(text, file.toString());
    }

    /**
     * @param text   the YAML text
     * @param origin the name to use in error messages (a path or "classpath:...")
     * @return the parsed document
     * @throws InputException when the text is empty or not valid YAML, naming line and column
     */
    public static YamlDocument parse(String text, String origin) throws InputException {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setAllowRecursiveKeys(false);
        options.setMaxAliasesForCollections(10);
        Node node;
        try {
            node = new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            var mark = e.getProblemMark();
            String where = mark == null ? origin : origin + ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1);
            throw new InputException(where, null, "not valid YAML: " + e.getProblem());
        } catch (RuntimeException e) {
            throw new InputException(origin, null, "not valid YAML: " + e.getMessage());
        }
        if (node == null) {
            throw new InputException(origin, null, "the file is empty");
        }
        return new YamlDocument(new YamlNode(node, origin, ""), text, origin);
    }

    /** @return the SHA-256 of the text, lower-case hex: ties a run to the exact file it used */
    public String sha256() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
