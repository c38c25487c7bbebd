package org.testbench.lab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;
import org.testbench.rigs.yaml.InputException;
import org.testbench.rigs.yaml.YamlNode;

/**
 * Reads the password of the lab's keystore from where lab.yaml says it lives: an environment
 * variable, or a file only its owner may read or write (chmod 600). Never the command line, where
 * every user of the machine sees it in the process list, and never lab.yaml itself. No message
 * names the password; the caller clears the array once the keystore is open.
 */
final class KeystorePassword {

    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private KeystorePassword() {
    }

    /**
     * @param node        the {@code password-env} value, for errors
     * @param environment the process environment
     * @return the password
     * @throws InputException when the variable is not set or empty
     */
    static char[] fromEnvironment(YamlNode node, Function<String, String> environment) throws InputException {
        String name = node.asText();
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw node.error("an environment variable name is letters, digits and '_', found '" + name + "'");
        }
        String value = environment.apply(name);
        if (value == null || value.isEmpty()) {
            throw node.error("environment variable " + name + " (the keystore's password) is "
                    + (value == null ? "not set" : "empty"));
        }
        return value.toCharArray();
    }

    /**
     * @param node the {@code password-file} value, for errors
     * @param file the file, resolved against lab.yaml's folder
     * @return the password: the file's first line
     * @throws InputException when the file is missing, empty, or open to other users
     */
    static char[] fromFile(YamlNode node, Path file) throws InputException {
        try {
            PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
            if (posix != null) {
                Set<PosixFilePermission> permissions = posix.readAttributes().permissions();
                if (permissions.stream().anyMatch(OTHERS::contains)) {
                    throw node.error("password file " + file + " is open to other users ("
                            + PosixFilePermissions.toString(permissions) + "); make it private with: chmod 600 " + file);
                }
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int end = text.indexOf('\n');
            String line = end < 0 ? text : text.substring(0, end);
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            if (line.isEmpty()) {
                throw node.error("password file " + file + " is empty; its first line is the keystore's password");
            }
            return line.toCharArray();
        } catch (NoSuchFileException e) {
            throw node.error("password file " + file + " does not exist");
        } catch (IOException e) {
            // an IOException names the file and the reason, never the content
            throw node.error("cannot read password file " + file + ": " + e);
        }
    }
}
